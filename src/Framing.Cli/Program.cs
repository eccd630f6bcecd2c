using System.CommandLine;
using System.Text;
using Framing.Cli.Commands;

namespace Framing.Cli;

/// <summary>The <c>framing</c> command line: parses arguments and hands each command to the library.</summary>
public static class Program
{
    /// <summary>Entry point. Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 bad input, 4 rule examples failed.</summary>
    public static int Main(string[] args)
    {
        if (!Console.IsOutputRedirected) return Run(args, Console.Out, Console.Error);
        // Console.Out writes through a 256-byte buffer and flushes after every call: a 100 MB JSONL output took 400,000
        // write system calls. Redirected output goes through one 64 KB buffer instead; commands still flush where a
        // stream reader downstream needs a whole record (after each JSONL article), and at the end.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        try { return Run(args, stdout, Console.Error); }
        finally { stdout.Flush(); }
    }

    /// <summary>Runs the command line with the given writers (used by tests in-process).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Framing: tag news sentences as allegation, hedge, official statement and eyewitness report, with evidence, speakers and a framing profile.");
        var io = new ConsoleIO(stdout, stderr);
        root.Subcommands.Add(AnalyzeCommand.Create(io));
        root.Subcommands.Add(RulesCommand.Create(io));
        root.Subcommands.Add(EvaluateCommand.Create(io));
        root.Subcommands.Add(TrainCommand.Create(io));
        root.Subcommands.Add(ExplainCommand.Create(io));
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return root.Parse(args).Invoke(config);
    }
}
