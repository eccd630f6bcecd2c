using Framing;
using Framing.Analysis;
using Framing.Rules;
using SharpFuzz;

namespace Framing.Fuzz;

/// <summary>
/// afl-fuzz targets (see tools/fuzz.sh). Each reads one input and reports to afl only what must never happen: an
/// exception other than the documented input errors, or a result whose spans are invalid. Targets:
/// <c>text</c> (articles through the rules-only and the shipped analyzer), <c>rules</c> (a YAML rule file),
/// <c>labels</c> (a labeled-data file), <c>model</c> (a model file).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var target = args.Length > 0 ? args[0] : "text";
        switch (target)
        {
            case "text":
                // Instrumented code may run only inside Run, which sets up afl's coverage map: the analyzers are made on
                // the first input and kept for the rest.
                FramingAnalyzer? rulesOnly = null, withModel = null;
                Fuzzer.OutOfProcess.Run(text =>
                {
                    rulesOnly ??= FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
                    withModel ??= FramingAnalyzer.CreateDefault();
                    Check(text, rulesOnly.Analyze(text));
                    Check(text, withModel.Analyze(text));
                });
                return 0;
            case "rules":
                Fuzzer.OutOfProcess.Run(yaml =>
                {
                    try { RuleSet.FromYaml([new("fuzz.yaml", yaml)]); }
                    catch (RuleSetException) { }
                });
                return 0;
            case "labels":
                Fuzzer.OutOfProcess.Run(stream => ThroughFile(stream, ".jsonl", path => Framing.Evaluation.LabeledDataReader.ReadArticles(path)));
                return 0;
            case "model":
                Fuzzer.OutOfProcess.Run(stream => ThroughFile(stream, ".zip", path => FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = path }).Analyze("The minister said the bridge may reopen.")));
                return 0;
            default:
                Console.Error.WriteLine($"unknown target '{target}': use text, rules, labels or model");
                return 2;
        }
    }

    /// <summary>Readers that take a path get the input as a file; the documented input errors are not crashes.</summary>
    private static void ThroughFile(Stream input, string extension, Action<string> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"framing-fuzz-{Environment.ProcessId}{extension}");
        using (var file = File.Create(path)) input.CopyTo(file);
        try { read(path); }
        catch (FramingInputException) { }
        catch (RuleSetException) { }
        finally { File.Delete(path); }
    }

    private static void Check(string text, ArticleAnalysis result)
    {
        int last = 0;
        foreach (var s in result.Sentences)
        {
            if (s.Span.Start < last || s.Span.End > text.Length || s.Span.Length <= 0) throw new InvalidOperationException($"sentence span {s.Span} after {last}");
            foreach (var d in s.Decisions)
                foreach (var e in d.Evidence)
                    if (e.Span.Start < 0 || e.Span.End > text.Length) throw new InvalidOperationException($"evidence span {e.Span}");
            if (s.Attribution is { } a && (a.Speaker.Span.Start < 0 || a.Speaker.Span.End > text.Length))
                throw new InvalidOperationException($"speaker span {a.Speaker.Span}");
            last = s.Span.End;
        }
    }
}
