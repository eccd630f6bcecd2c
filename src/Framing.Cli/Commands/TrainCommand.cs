using System.Globalization;
using System.CommandLine;
using System.Text.Json;
using Framing.Evaluation;
using Framing.Model;

namespace Framing.Cli.Commands;

/// <summary><c>framing train DATA --out model.zip</c>: train the classifier on labeled data.</summary>
internal static class TrainCommand
{
    public static Command Create(ConsoleIO io)
    {
        var data = new Argument<string>("data") { Description = "Labeled training data: JSONL (text or span shape) or TSV." };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Labeled dev data to choose thresholds (default: hold out 15% of the training articles)." };
        var test = new Option<string?>("--test") { Description = "Labeled test data to score into the model's metadata." };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var cv = new Option<int>("--cv") { Description = "Report K-fold cross-validation by article.", DefaultValueFactory = _ => 0 };
        var trees = new Option<string>("--trees") { Description = "Trees per tag (a,h,o,e) or one number for all.", DefaultValueFactory = _ => new TrainerOptions().Trees.ToString(CultureInfo.InvariantCulture) };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => new TrainerOptions().Leaves };
        var features = new Option<string>("--features") { Description = "all (rules, speakers, context and n-grams), structural (no n-grams) or text (n-grams only).", DefaultValueFactory = _ => "all" };
        features.AcceptOnlyFromAmong("all", "structural", "text");
        var blend = new Option<string>("--blend") { Description = "Weight of the model against the rules per tag (allegation,hedge,official_statement,eyewitness_report), 0..1; one number for all.", DefaultValueFactory = _ => string.Join(",", new TrainerOptions().BlendWeights) };
        var beta = new Option<string>("--threshold-beta") { Description = "β of the F-measure maximised when choosing thresholds on dev data, per tag (a,h,o,e) or one for all; above 1 favours recall.", DefaultValueFactory = _ => "1" };
        var keep = new Option<string>("--keep-rules") { Description = "Per tag (a,h,o,e) or one for all: 1 keeps every sentence the tag's rules fire on (the model only adds), 0 lets the model overrule the rules.", DefaultValueFactory = _ => "0" };
        var ignore = new Option<string>("--ignore-signals") { Description = "Per tag (a,h,o,e), the signals whose cue counts and rule scores its trees may not read: four lists, signals joined by '+', '-' for none.", DefaultValueFactory = _ => string.Join(",", new TrainerOptions().IgnoredSignals.Select(l => l.Count == 0 ? "-" : string.Join("+", l))) };
        var ngrams = new Option<int>("--max-ngrams") { Description = "Most word n-grams the text featurizer keeps.", DefaultValueFactory = _ => new TrainerOptions().MaxNgrams };
        var rules = new Option<string?>("--rules") { Description = "Folder of rule files to featurize with (default: the embedded rules)." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing output file." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var cmd = new Command("train", "Train the classifier on labeled data and write a model file.") { data, output, dev, test, seed, cv, trees, leaves, features, blend, keep, beta, ignore, ngrams, rules, force, format };
        cmd.SetAction(p => io.Guarded(() =>
        {
            var outPath = p.GetValue(output)!;
            if (File.Exists(outPath) && !p.GetValue(force))
            {
                io.Error.WriteLine($"{outPath}: error FR0508: output file exists: choose another name or pass --force to overwrite it");
                return ConsoleIO.BadInput;
            }
            // Per-tag numbers: one for all tags, or four in taxonomy order.
            var treeCounts = ParseWeights(p.GetValue(trees)!);
            var blendWeights = ParseWeights(p.GetValue(blend)!);
            var betas = ParseWeights(p.GetValue(beta)!);
            var keepRules = ParseWeights(p.GetValue(keep)!);
            var ignored = ParseSignalLists(p.GetValue(ignore)!);
            string? problem =
                treeCounts is null || treeCounts.Any(n => n < 1 || n > 100_000 || n != Math.Floor(n)) ? $"--trees '{p.GetValue(trees)}': give whole numbers from 1 to 100000"
                : blendWeights is null || blendWeights.Any(w => w is < 0 or > 1) ? $"--blend '{p.GetValue(blend)}': give weights from 0 to 1"
                : betas is null || betas.Any(b => b <= 0) ? $"--threshold-beta '{p.GetValue(beta)}': give positive numbers"
                : keepRules is null || keepRules.Any(k => k is not (0 or 1)) ? $"--keep-rules '{p.GetValue(keep)}': give 0 or 1"
                : null;
            string? message = problem is not null ? $"{problem}, one for all tags or four (allegation,hedge,official_statement,eyewitness_report)"
                : ignored is null ? $"--ignore-signals '{p.GetValue(ignore)}': give four lists (allegation,hedge,official_statement,eyewitness_report) of signal names joined by '+', '-' for none; the signals are {string.Join(", ", Framing.Rules.SignalNames.All)}"
                : null;
            if (message is not null)
            {
                io.Error.WriteLine($"framing train: error FR0511: {message}");
                return ConsoleIO.BadInput;
            }
            var train = LabeledDataReader.ReadArticles(p.GetValue(data)!);
            var devData = p.GetValue(dev) is { } d ? LabeledDataReader.ReadArticles(d) : null;
            var testData = p.GetValue(test) is { } t ? LabeledDataReader.ReadArticles(t) : null;
            var options = new TrainerOptions
            {
                Seed = p.GetValue(seed), CrossValidationFolds = p.GetValue(cv), Leaves = p.GetValue(leaves),
                Trees = (int)treeCounts!.Max(), TreesPerTag = treeCounts!.Distinct().Count() == 1 ? null : treeCounts!.Select(n => (int)n).ToArray(),
                Features = p.GetValue(features) switch { "structural" => FeatureSet.Structural, "text" => FeatureSet.TextOnly, _ => FeatureSet.All },
                RulesDirectory = p.GetValue(rules), BlendWeights = blendWeights!, KeepRules = keepRules!.Select(k => k == 1).ToArray(), ThresholdBetas = betas!, MaxNgrams = p.GetValue(ngrams),
                IgnoredSignals = ignored!,
            };
            var report = new FramingTrainer().Train(train, options, devData, testData, new SyncProgress(io.Error));
            report.SaveTo(outPath, overwrite: p.GetValue(force));
            var m = report.Manifest;
            if (p.GetValue(format) == "json")
            {
                io.Out.WriteLine(JsonSerializer.Serialize(new { model = outPath, seconds = Math.Round(report.Elapsed.TotalSeconds, 1), manifest = m, cross_validation = report.CrossValidation }, TagModelJson.Options));
                return ConsoleIO.Ok;
            }
            io.Out.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024:N0} KiB) in {report.Elapsed.TotalSeconds:0.0} s; {m.TrainingSentences} training sentences");
            io.Out.WriteLine($"{"tag",-20} {"threshold",9} {"dev P",7} {"dev R",7} {"dev F1",7}{(m.TestMetrics.Count > 0 ? $" {"test P",7} {"test R",7} {"test F1",7}" : "")}");
            for (int i = 0; i < 4; i++)
            {
                var name = m.Labels[i];
                var dm = m.DevMetrics[name];
                var line = $"{name,-20} {m.Thresholds[i],9:0.00} {dm.Precision,7:0.000} {dm.Recall,7:0.000} {dm.F1,7:0.000}";
                if (m.TestMetrics.TryGetValue(name, out var tm)) line += $" {tm.Precision,7:0.000} {tm.Recall,7:0.000} {tm.F1,7:0.000}";
                io.Out.WriteLine(line);
            }
            if (report.CrossValidation is { } c)
                io.Out.WriteLine("cross-validation F1 (threshold 0.5): " + string.Join(", ", c.Select(kv => $"{kv.Key} {kv.Value.F1:0.000}")));
            return ConsoleIO.Ok;
        }));
        return cmd;
    }

    /// <summary>One number (for every tag) or four, comma-separated; null when the text is not that.</summary>
    private static double[]? ParseWeights(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i])) return null;
        return values.Length switch { 1 => [values[0], values[0], values[0], values[0]], 4 => values, _ => null };
    }

    /// <summary>Four comma-separated lists of signal names joined by '+' ('-' for none); null when the text is not that.</summary>
    private static string[][]? ParseSignalLists(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4) return null;
        var lists = new string[4][];
        for (int t = 0; t < 4; t++)
        {
            lists[t] = parts[t] is "-" or "" ? [] : parts[t].Split('+', StringSplitOptions.TrimEntries);
            if (lists[t].Any(name => !Framing.Rules.SignalNames.TryParse(name, out _))) return null;
        }
        return lists;
    }

    /// <summary>Reports progress synchronously on standard error (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(TextWriter w) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress x) => w.WriteLine($"  [{x.Done}/{x.Total}] {x.Stage}");
    }
}

internal static class TagModelJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
