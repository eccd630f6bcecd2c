using System.Security.Cryptography;
using System.Text;
using Framing.Analysis;
using Framing.Evaluation;
using Framing.Features;
using Framing.Rules;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms.Text;

namespace Framing.Model;

/// <summary>Featurized labeled sentences, ready for ML.NET.</summary>
internal sealed record FeaturizedArticle(string Id, SentenceRow[] Rows, float[][] RuleScores);

/// <summary>The ML.NET side of training: one seeded, calibrated binary FastTree per tag over the sentence rows.</summary>
internal static class ModelTrainer
{
    public static FeaturizedArticle Featurize(CompiledRules rules, LabeledArticle article)
    {
        var state = ArticleState.Build(rules, article.Document);
        var dense = SentenceFeaturizer.Featurize(state);
        var rows = new SentenceRow[dense.Length];
        var ruleScores = new float[dense.Length][];
        for (int i = 0; i < rows.Length; i++)
        {
            var s = article.Document.Sentences[i];
            var tags = article.Sentences[i].Tags;
            rows[i] = new SentenceRow
            {
                Dense = dense[i], Text = article.Document.Text.Substring(s.Span.Start, s.Span.Length),
                Allegation = tags.Has(FramingTag.Allegation), Hedge = tags.Has(FramingTag.Hedge),
                OfficialStatement = tags.Has(FramingTag.OfficialStatement), EyewitnessReport = tags.Has(FramingTag.EyewitnessReport),
            };
            ruleScores[i] = state.RuleScores[i].Select(x => (float)x.Score).ToArray();
        }
        return new FeaturizedArticle(article.Id, rows, ruleScores);
    }

    /// <summary>final = w × model + (1 − w) × rules, per sentence and tag.</summary>
    public static float[][] Blend(float[][] model, IReadOnlyList<float[]> rules, IReadOnlyList<double> w)
    {
        var result = new float[model.Length][];
        for (int i = 0; i < model.Length; i++)
        {
            result[i] = new float[4];
            for (int t = 0; t < 4; t++) result[i][t] = (float)(w[t] * model[i][t] + (1 - w[t]) * rules[i][t]);
        }
        return result;
    }

    public sealed record Fitted(MLContext Ml, DataViewSchema InputSchema, ITransformer? Text, DataViewSchema? TextSchema, ITransformer[] Tags);

    public static Fitted Fit(IReadOnlyList<SentenceRow> rows, TrainerOptions o, IProgress<TrainingProgress>? progress, CancellationToken ct)
    {
        var ml = new MLContext(seed: o.Seed);
        var schema = TagModel.RowSchema;
        IDataView data = ml.Data.LoadFromEnumerable(rows, schema);
        ITransformer? text = null;
        DataViewSchema? textSchema = null;
        string features;
        if (o.Features == FeatureSet.Structural)
        {
            features = nameof(SentenceRow.Dense);
        }
        else
        {
            var textOptions = new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false, KeepPunctuations = false, KeepNumbers = false,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, MaximumNgramsCount = [o.MaxNgrams] },
                CharFeatureExtractor = null,
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            };
            var pipe = ml.Transforms.Text.FeaturizeText("TextFeatures", textOptions, nameof(SentenceRow.Text))
                .Append(o.Features == FeatureSet.TextOnly
                    ? (IEstimator<ITransformer>)ml.Transforms.CopyColumns("Features", "TextFeatures")
                    : ml.Transforms.Concatenate("Features", nameof(SentenceRow.Dense), "TextFeatures"));
            text = pipe.Fit(data);
            data = ml.Data.Cache(text.Transform(data));
            textSchema = data.Schema;
            features = "Features";
        }
        var tags = new ITransformer[4];
        for (int t = 0; t < 4; t++)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report(new TrainingProgress($"training {FramingTagNames.All[t].ToName()}", t, 4));
            var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = SentenceRow.LabelColumns[t],
                FeatureColumnName = features,
                NumberOfTrees = o.Trees,
                NumberOfLeaves = o.Leaves,
                MinimumExampleCountPerLeaf = o.MinimumExamplesPerLeaf,
                LearningRate = o.LearningRate,
                NumberOfThreads = 1,
                Seed = o.Seed,
            });
            tags[t] = trainer.Fit(data);
        }
        progress?.Report(new TrainingProgress("done", 4, 4));
        return new Fitted(ml, ml.Data.LoadFromEnumerable(Array.Empty<SentenceRow>(), schema).Schema, text, textSchema, tags);
    }

    /// <summary>Probabilities [row][tag] from fitted transformers.</summary>
    public static float[][] Score(Fitted f, IReadOnlyList<SentenceRow> rows) => TagModel.ScoreBatch(f.Ml, f.Text, f.Tags, rows);

    /// <summary>The threshold in [0.05, 0.95] that maximises F1 for one tag.</summary>
    public static double BestThreshold(float[][] probs, IReadOnlyList<SentenceRow> rows, int tag, double beta = 1.0)
    {
        double best = 0.5, bestF1 = -1;
        for (int step = 5; step <= 95; step++)
        {
            double th = step / 100.0;
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                bool gold = Label(rows[i], tag), pred = probs[i][tag] >= th;
                if (gold && pred) tp++; else if (pred) fp++; else if (gold) fn++;
            }
            double b2 = beta * beta;
            double f1 = tp == 0 ? 0 : (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);
            if (f1 > bestF1 + 1e-12) { bestF1 = f1; best = th; }
        }
        return best;
    }

    public static bool Label(SentenceRow r, int tag) => tag switch
    {
        0 => r.Allegation,
        1 => r.Hedge,
        2 => r.OfficialStatement,
        _ => r.EyewitnessReport,
    };

    public static Dictionary<string, ManifestMetrics> Metrics(float[][] probs, IReadOnlyList<SentenceRow> rows, double[] thresholds)
    {
        var pairs = rows.Select((r, i) =>
        {
            var gold = FramingTags.None; var pred = FramingTags.None;
            for (int t = 0; t < 4; t++)
            {
                if (Label(r, t)) gold |= FramingTagNames.All[t].ToFlag();
                if (probs[i][t] >= thresholds[t]) pred |= FramingTagNames.All[t].ToFlag();
            }
            return (gold, pred);
        }).ToList();
        var report = EvaluationReport.From(pairs);
        return report.Tags.ToDictionary(m => m.Tag.ToName(), m => new ManifestMetrics(Math.Round(m.Precision, 4), Math.Round(m.Recall, 4), Math.Round(m.F1, 4), m.Support));
    }

    public static string Hash(IEnumerable<LabeledArticle> articles)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var a in articles)
            foreach (var s in a.Sentences)
                sha.AppendData(Encoding.UTF8.GetBytes($"{a.Id}\t{s.Text}\t{(int)s.Tags}\n"));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
