namespace Framing.Tests.Support;

/// <summary>Runs the real command line in-process with captured standard output and error.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Framing.Cli.Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}
