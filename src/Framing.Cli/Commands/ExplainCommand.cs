using System.CommandLine;
using System.Globalization;
using Framing.Analysis;

namespace Framing.Cli.Commands;

/// <summary><c>framing explain "a sentence"</c>: every rule, cue and model feature that fired, and the scores per tag.</summary>
internal static class ExplainCommand
{
    public static Command Create(ConsoleIO io)
    {
        var text = new Argument<string>("text") { Description = "A sentence or short passage (- for standard input)." };
        var analyzerOptions = new AnalyzerOptionsBinder();
        var cmd = new Command("explain", "Show every rule, cue and model feature behind the tags of a sentence.") { text };
        analyzerOptions.AddTo(cmd);
        cmd.SetAction(p => io.Guarded(() =>
        {
            var analyzer = FramingAnalyzer.Create(analyzerOptions.Bind(p));
            var input = p.GetValue(text)!;
            if (input == "-") input = Console.In.ReadToEnd();
            foreach (var e in analyzer.Explain(input))
            {
                var s = e.Sentence;
                io.Out.WriteLine($"sentence {s.Index}: {s.Text}");
                io.Out.WriteLine($"  tags: {(s.Tags == FramingTags.None ? "none" : string.Join(", ", s.Tags.Names()))}");
                if (s.Attribution is { } a)
                    io.Out.WriteLine($"  speaker: {a.Speaker.Name} ({a.Speaker.Type.ToString().ToLowerInvariant()}), cue \"{a.CueText}\", found {a.Speaker.Resolution.ToString().ToLowerInvariant()}{(a.Speaker.Via is null ? "" : ", via " + a.Speaker.Via)}");
                io.Out.WriteLine("  rules:");
                foreach (var r in e.Rules) io.Out.WriteLine($"    {r.RuleId,-36} {r.Signal,-20} w={r.Weight.ToString("0.00", CultureInfo.InvariantCulture)} \"{r.Text}\"  ({r.File})");
                io.Out.WriteLine("  decisions:");
                foreach (var d in s.Decisions)
                    io.Out.WriteLine($"    {d.Tag.ToName(),-20} {(d.Assigned ? "YES" : "no "),-4} score {d.Score:0.000} (rules {d.RuleScore:0.000}{(d.ModelScore is { } m ? $", model {m:0.000}" : "")}) threshold {d.Threshold:0.00}{(d.Note is null ? "" : "  — " + d.Note)}");
                if (e.Features.Count > 0)
                    io.Out.WriteLine("  model features: " + string.Join(", ", e.Features.Select(kv => $"{kv.Key}={kv.Value.ToString("0.###", CultureInfo.InvariantCulture)}")));
            }
            return ConsoleIO.Ok;
        }));
        return cmd;
    }
}
