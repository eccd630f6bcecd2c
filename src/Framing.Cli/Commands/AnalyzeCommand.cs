using System.CommandLine;
using System.Text;
using System.Text.Json;
using Framing.Analysis;
using Framing.Reporting;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing analyze INPUT...</c>: tag articles from files, directories, JSONL batches or standard input,
/// in readable, JSON, JSONL (streamed), CSV or HTML form.
/// </summary>
internal static class AnalyzeCommand
{
    public const int PartialFailure = 5;

    public static Command Create(ConsoleIO io)
    {
        var inputs = new Argument<string[]>("input") { Description = "Files (.txt .md .html .jsonl), directories (searched recursively), or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output: text, json, jsonl (one article per line, streamed), csv (one row per sentence) or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "csv", "html");
        var glob = new Option<string>("--glob") { Description = "File patterns for directories, comma-separated.", DefaultValueFactory = _ => "*.txt,*.md,*.html,*.htm,*.jsonl" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (for html with several articles: a folder) instead of standard output." };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Articles analyzed at once.", DefaultValueFactory = _ => 1 };
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces for unexpected errors." };
        var analyzerOptions = new AnalyzerOptionsBinder();
        var cmd = new Command("analyze", "Tag every sentence of articles, with evidence, speakers and the framing profile.") { inputs, format, glob, output, parallel, verbose };
        analyzerOptions.AddTo(cmd);
        cmd.SetAction(p => io.Guarded(() =>
        {
            var analyzer = FramingAnalyzer.Create(analyzerOptions.Bind(p));
            var fmt = p.GetValue(format)!;
            var globs = p.GetValue(glob)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var names = p.GetValue(inputs)!;
            var source = ArticleSource.Enumerate(names, globs, Console.In);
            int degree = Math.Clamp(p.GetValue(parallel), 1, Environment.ProcessorCount * 4);
            var outPath = p.GetValue(output);
            bool many = names.Length > 1 || names.Any(Directory.Exists) || names.Any(n => n.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase));
            int ok = 0, skipped = 0;
            bool progress = !Console.IsErrorRedirected && ReferenceEquals(io.Error, Console.Error) && many;

            if (fmt == "html" && many)
            {
                var dir = outPath ?? "framing-report";
                Directory.CreateDirectory(dir);
                foreach (var (input, result, _) in Run(analyzer, source, degree, null))
                {
                    if (result is null) { Skip(io, input, ref skipped); continue; }
                    var file = Path.Combine(dir, SafeName(input.Id) + ".html");
                    AtomicFile.Write(file, w => HtmlReportWriter.Write(w, result, input.Id));
                    ok++;
                    if (progress) io.Error.Write($"\ranalyzed {ok}, skipped {skipped}");
                }
            }
            else
            {
                using var target = outPath is null ? null : new AtomicFile(outPath);
                var w = target?.Writer ?? io.Out;
                if (fmt == "csv") CsvReportWriter.WriteHeader(w);
                if (fmt == "json" && many) w.WriteLine("[");
                bool first = true;
                // JSON is rendered by the workers too: with --parallel, writing is then the only sequential step.
                Func<ArticleInput, ArticleAnalysis, string>? render = fmt switch
                {
                    "json" => (input, result) => Json(result, input.Id, compact: false),
                    "jsonl" => (input, result) => Json(result, input.Id, compact: true),
                    _ => null,
                };
                foreach (var (input, result, rendered) in Run(analyzer, source, degree, render))
                {
                    if (result is null) { Skip(io, input, ref skipped); continue; }
                    switch (fmt)
                    {
                        case "text":
                            if (many) w.WriteLine($"=== {input.Id}");
                            bool color = target is null && ReferenceEquals(io.Out, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                            TextReportWriter.Write(w, result, color);
                            break;
                        case "json":
                            if (many && !first) w.WriteLine(",");
                            w.Write(rendered);
                            if (!many) w.WriteLine();
                            break;
                        case "jsonl":
                            w.WriteLine(rendered);
                            break;
                        case "csv":
                            CsvReportWriter.Write(w, result, input.Id);
                            break;
                        case "html":
                            HtmlReportWriter.Write(w, result, input.Id);
                            break;
                    }
                    first = false;
                    ok++;
                    if (progress) io.Error.Write($"\ranalyzed {ok}, skipped {skipped}");
                    if (fmt == "jsonl") w.Flush();
                }
                if (fmt == "json" && many) w.WriteLine("\n]");
                w.Flush();
                target?.Commit();
            }
            if (progress) io.Error.WriteLine();
            if (many || skipped > 0) io.Error.WriteLine($"framing: analyzed {ok} article(s), skipped {skipped}.");
            return skipped == 0 ? ConsoleIO.Ok : ok == 0 ? ConsoleIO.BadInput : PartialFailure;
        }, p.GetValue(verbose)));
        return cmd;
    }

    private static void Skip(ConsoleIO io, ArticleInput input, ref int skipped)
    {
        skipped++;
        io.Error.WriteLine(input.Error ?? $"{input.Id}: skipped");
    }

    private static string Json(ArticleAnalysis result, string id, bool compact)
    {
        using var ms = new MemoryStream();
        JsonReportWriter.Write(ms, result, id, compact);
        return Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }

    private static string SafeName(string id)
    {
        var name = Path.GetFileNameWithoutExtension(id.Replace(':', '_'));
        foreach (var c in Path.GetInvalidFileNameChars()) name = name.Replace(c, '_');
        return name.Length == 0 ? "article" : name;
    }

    /// <summary>
    /// Analyzes (and, given <paramref name="render"/>, renders) on up to <paramref name="degree"/> threads, yielding in
    /// input order; memory stays bounded by the articles in flight.
    /// </summary>
    private static IEnumerable<(ArticleInput Input, ArticleAnalysis? Result, string? Rendered)> Run(FramingAnalyzer analyzer,
        IEnumerable<ArticleInput> source, int degree, Func<ArticleInput, ArticleAnalysis, string>? render)
    {
        (ArticleAnalysis?, string?) One(ArticleInput input)
        {
            if (input.Text is null) return (null, null);
            var result = analyzer.Analyze(input.Text);
            return (result, render?.Invoke(input, result));
        }
        if (degree <= 1)
        {
            foreach (var input in source)
            {
                var (result, rendered) = One(input);
                yield return (input, result, rendered);
            }
            yield break;
        }
        // A pipeline: this thread reads the inputs and (through the caller) writes the results, in input order, while
        // up to `degree` workers analyze and render; at most `degree * 4` articles are in flight, so memory stays flat
        // whatever the input's size. (Windows of 8 articles handed to Parallel.For left the workers idle while this
        // thread read and wrote, and waited for each window's slowest article: 2 workers ran ×1.1 faster than 1.)
        var workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var inFlight = new Queue<(ArticleInput Input, Task<(ArticleAnalysis?, string?)> Work)>(degree * 4);
        foreach (var input in source)
        {
            inFlight.Enqueue((input, Task.Factory.StartNew(() => One(input), CancellationToken.None, TaskCreationOptions.None, workers)));
            if (inFlight.Count >= degree * 4) yield return Oldest();
        }
        while (inFlight.Count > 0) yield return Oldest();

        // The oldest article in flight, once its worker is done with it.
        (ArticleInput, ArticleAnalysis?, string?) Oldest()
        {
            var (done, work) = inFlight.Dequeue();
            var (result, rendered) = work.GetAwaiter().GetResult();
            return (done, result, rendered);
        }
    }
}
