using System.CommandLine;
using System.Text.Json;
using Framing.Analysis;
using Framing.Evaluation;

namespace Framing.Cli.Commands;

/// <summary><c>framing evaluate DATA</c>: per-tag precision, recall and F1 of the analyzer on labeled data.</summary>
internal static class EvaluateCommand
{
    public static Command Create(ConsoleIO io)
    {
        var data = new Argument<string>("data") { Description = "Labeled data: JSONL (text or span shape) or TSV." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var errors = new Option<bool>("--errors") { Description = "List every sentence whose tags differ from the labels." };
        var speakerErrors = new Option<bool>("--speaker-errors") { Description = "List every labeled speaker the analyzer names or types differently." };
        var analyzerOptions = new AnalyzerOptionsBinder();
        var cmd = new Command("evaluate", "Score the analyzer on labeled data: per-tag precision, recall, F1, micro and macro F1.") { data, format, errors, speakerErrors };
        analyzerOptions.AddTo(cmd);
        cmd.SetAction(p => io.Guarded(() =>
        {
            var analyzer = FramingAnalyzer.Create(analyzerOptions.Bind(p));
            var articles = LabeledDataReader.ReadArticles(p.GetValue(data)!);
            var (report, sentences) = Evaluator.Evaluate(analyzer, articles);
            if (p.GetValue(format) == "json") io.Out.WriteLine(ToJson(report, analyzer.HasModel ? "rules+model" : "rules"));
            else Print(io.Out, report, analyzer.HasModel ? "rules+model" : "rules");
            if (p.GetValue(errors))
            {
                foreach (var s in sentences.Where(s => s.Gold.Tags != s.Predicted))
                {
                    io.Out.WriteLine($"{s.Gold.Article}:{s.Gold.Line}\tgold={string.Join(",", s.Gold.Tags.Names())}\tpred={string.Join(",", s.Predicted.Names())}\t" +
                                     $"speaker={(s.Analysis?.Attribution is { } a ? a.Speaker.Name + "/" + a.Speaker.Type : "-")}\t{s.Gold.Text}");
                }
            }
            if (p.GetValue(speakerErrors))
            {
                foreach (var s in sentences.Where(s => s.Gold.Speaker is not null))
                {
                    var a = s.Analysis?.Attribution;
                    bool nameOk = a is not null && Evaluator.SameSpeaker(s.Gold.Speaker!, a.Speaker);
                    bool typeOk = a is not null && a.Speaker.Type == s.Gold.SourceType;
                    if (nameOk && typeOk) continue;
                    io.Out.WriteLine($"{s.Gold.Article}:{s.Gold.Line}\tgold={s.Gold.Speaker}/{s.Gold.SourceType}\tpred={(a is null ? "-" : a.Speaker.Name + "/" + a.Speaker.Type + "/" + a.Speaker.Resolution)}\t{s.Gold.Text}");
                }
            }
            return ConsoleIO.Ok;
        }));
        return cmd;
    }

    internal static void Print(TextWriter w, EvaluationReport r, string mode)
    {
        w.WriteLine($"{r.Sentences} sentences, mode {mode}");
        w.WriteLine($"{"tag",-20} {"P",6} {"R",6} {"F1",6} {"support",8}");
        foreach (var t in r.Tags) w.WriteLine($"{t.Tag.ToName(),-20} {t.Precision,6:0.000} {t.Recall,6:0.000} {t.F1,6:0.000} {t.Support,8}");
        w.WriteLine($"{"micro F1",-20} {"",6} {"",6} {r.MicroF1,6:0.000}");
        w.WriteLine($"{"macro F1",-20} {"",6} {"",6} {r.MacroF1,6:0.000}");
        if (r.SpeakerTotal > 0)
            w.WriteLine($"speakers: {r.SpeakerTotal} labeled; name correct {(double)r.SpeakerCorrect / r.SpeakerTotal:P1}; source type correct {(double)r.SourceTypeCorrect / r.SpeakerTotal:P1}");
    }

    internal static string ToJson(EvaluationReport r, string mode) => JsonSerializer.Serialize(new
    {
        mode,
        sentences = r.Sentences,
        tags = r.Tags.ToDictionary(t => t.Tag.ToName(), t => new { precision = Math.Round(t.Precision, 4), recall = Math.Round(t.Recall, 4), f1 = Math.Round(t.F1, 4), support = t.Support, tp = t.TruePositives, fp = t.FalsePositives, fn = t.FalseNegatives }),
        micro_f1 = Math.Round(r.MicroF1, 4),
        macro_f1 = Math.Round(r.MacroF1, 4),
        speakers = r.SpeakerTotal == 0 ? null : new { labeled = r.SpeakerTotal, name_correct = r.SpeakerCorrect, type_correct = r.SourceTypeCorrect },
    }, new JsonSerializerOptions { WriteIndented = true });
}
