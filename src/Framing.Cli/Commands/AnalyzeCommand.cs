using System.CommandLine;
using Framing.Reporting;

namespace Framing.Cli.Commands;

/// <summary><c>framing analyze FILE|-</c>: tag an article and print the readable view or JSON.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(ConsoleIO io)
    {
        var input = new Argument<string>("input") { Description = "Article file (.txt), or - for standard input." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var analyzerOptions = new AnalyzerOptionsBinder();
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces for unexpected errors." };
        var cmd = new Command("analyze", "Tag every sentence of an article, with evidence, speakers and the framing profile.")
        {
            input, format, verbose,
        };
        analyzerOptions.AddTo(cmd);
        cmd.SetAction(p => io.Guarded(() =>
        {
            var analyzer = FramingAnalyzer.Create(analyzerOptions.Bind(p));
            var path = p.GetValue(input)!;
            var text = path == "-" ? Console.In.ReadToEnd() : ArticleFile.Read(path);
            var result = analyzer.Analyze(text);
            if (p.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                if (ReferenceEquals(io.Out, Console.Out)) JsonReportWriter.Write(stdout, result);
                else
                {
                    using var ms = new MemoryStream();
                    JsonReportWriter.Write(ms, result);
                    io.Out.Write(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
                }
                io.Out.WriteLine();
            }
            else
            {
                bool color = ReferenceEquals(io.Out, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                TextReportWriter.Write(io.Out, result, color);
            }
            return ConsoleIO.Ok;
        }, p.GetValue(verbose)));
        return cmd;
    }
}
