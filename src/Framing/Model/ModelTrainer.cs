using System.Security.Cryptography;
using System.Text;
using Framing.Analysis;
using Framing.Evaluation;
using Framing.Features;
using Framing.Rules;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Calibrators;

namespace Framing.Model;

/// <summary>Featurized labeled sentences of one article, with the rules' own scores.</summary>
internal sealed record FeaturizedArticle(string Id, SentenceRow[] Rows, float[][] RuleScores);

/// <summary>
/// The ML.NET side of training: one seeded, calibrated binary FastTree per tag over the sentence vectors. The
/// trained trees are then copied out into <see cref="TreeEnsemble"/>s, which is what models store and predict with.
/// </summary>
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
            var tags = article.Sentences[i].Tags;
            rows[i] = new SentenceRow
            {
                Dense = dense[i], Doc = article.Document, Sentence = article.Document.Sentences[i],
                Allegation = tags.Has(FramingTag.Allegation), Hedge = tags.Has(FramingTag.Hedge),
                OfficialStatement = tags.Has(FramingTag.OfficialStatement), EyewitnessReport = tags.Has(FramingTag.EyewitnessReport),
            };
            ruleScores[i] = [(float)state.RuleScore(i, 0).Score, (float)state.RuleScore(i, 1).Score, (float)state.RuleScore(i, 2).Score, (float)state.RuleScore(i, 3).Score];
        }
        return new FeaturizedArticle(article.Id, rows, ruleScores);
    }

    /// <summary>final = w × model + (1 − w) × rules, per sentence and tag (see <see cref="ScoreBlend"/>).</summary>
    public static float[][] Blend(float[][] model, IReadOnlyList<float[]> rules, IReadOnlyList<double> w, IReadOnlyList<bool> keepRules)
    {
        var result = new float[model.Length][];
        for (int i = 0; i < model.Length; i++)
        {
            result[i] = new float[4];
            for (int t = 0; t < 4; t++) result[i][t] = (float)ScoreBlend.Of(t, w[t], model[i][t], rules[i][t], keepRules[t]);
        }
        return result;
    }

    /// <summary>A fitted model: the scorer that predicts, plus ML.NET's own transformers (kept to prove the scorer equal to them).</summary>
    public sealed record Fitted(FeatureScorer Scorer, MLContext Ml, SchemaDefinition Schema, ITransformer[] MlTags);

    public static Fitted Fit(IReadOnlyList<SentenceRow> rows, TrainerOptions o, IProgress<TrainingProgress>? progress, CancellationToken ct)
    {
        var vocabulary = o.Features == FeatureSet.Structural
            ? NgramVocabulary.Empty
            : NgramVocabulary.Build(rows.Select(r => NgramVocabulary.NgramsOf(r.Doc, r.Sentence)), o.MaxNgrams);
        var layout = new FeatureScorer(o.Features != FeatureSet.TextOnly, vocabulary, null);
        var ml = new MLContext(seed: o.Seed);
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, layout.Width);
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(TrainingRows(layout, rows), schema));
        var mlTags = new ITransformer[4];
        var ensembles = new TreeEnsemble[4];
        for (int t = 0; t < 4; t++)
        {
            // A tag told to ignore some signals trains on rows where their slots are 0, so that its trees never split on
            // them (and its model does not move when those signals' rules change).
            var ignored = layout.UseDense ? SentenceFeaturizer.SlotsOf(o.IgnoredSignalsFor(t)) : [];
            var tagData = ignored.Length == 0 ? data
                : ml.Data.Cache(ml.Data.LoadFromEnumerable(TrainingRows(layout, rows, ignored), schema));
            ct.ThrowIfCancellationRequested();
            progress?.Report(new TrainingProgress($"training {FramingTagNames.All[t].ToName()}", t, 4));
            var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = TrainingRow.LabelColumns[t],
                FeatureColumnName = nameof(TrainingRow.Features),
                NumberOfTrees = o.TreesFor(t),
                NumberOfLeaves = o.Leaves,
                MinimumExampleCountPerLeaf = o.MinimumExamplesPerLeaf,
                LearningRate = o.LearningRate,
                NumberOfThreads = 1,
                Seed = o.Seed,
            });
            var fitted = trainer.Fit(tagData);
            mlTags[t] = fitted;
            ensembles[t] = Extract(fitted.Model, layout.Width);
        }
        progress?.Report(new TrainingProgress("done", 4, 4));
        return new Fitted(new FeatureScorer(layout.UseDense, vocabulary, ensembles), ml, schema, mlTags);
    }

    internal static IEnumerable<TrainingRow> TrainingRows(FeatureScorer layout, IReadOnlyList<SentenceRow> rows, int[]? zeroed = null) =>
        rows.Select(r => new TrainingRow
        {
            Features = Zeroed(layout.Vector(r.Dense, r.Doc, r.Sentence), zeroed),
            Allegation = r.Allegation, Hedge = r.Hedge, OfficialStatement = r.OfficialStatement, EyewitnessReport = r.EyewitnessReport,
        });

    private static float[] Zeroed(float[] vector, int[]? slots)
    {
        if (slots is not null) foreach (int k in slots) vector[k] = 0;
        return vector;
    }

    /// <summary>Copies FastTree's trees, tree weights, bias and Platt calibration out of ML.NET.</summary>
    private static TreeEnsemble Extract(CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> model, int width)
    {
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var trees = new List<TreeEnsemble.Tree>(ensemble.Trees.Count);
        for (int t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c)) throw new NotSupportedException("categorical splits are not used by Framing's features");
            trees.Add(new TreeEnsemble.Tree(tree.NumericalSplitFeatureIndexes.ToArray(), tree.NumericalSplitThresholds.ToArray(),
                tree.LeftChild.ToArray(), tree.RightChild.ToArray(), tree.LeafValues.ToArray(), ensemble.TreeWeights[t]));
        }
        return new TreeEnsemble(trees, ensemble.Bias, model.Calibrator.Slope, model.Calibrator.Offset, width);
    }

    /// <summary>Probabilities [row][tag] from the fitted model, article by article.</summary>
    public static float[][] Score(Fitted f, IReadOnlyList<SentenceRow> rows)
    {
        var result = new float[rows.Count][];
        for (int i = 0; i < rows.Count; i++)
            result[i] = f.Scorer.Score(rows[i].Doc, [rows[i].Sentence], rows[i].Dense, rows[i].Dense.Length)[0];
        return result;
    }

    /// <summary>How far below the best smoothed F-β a threshold may score and still count as on the plateau.</summary>
    public const double PlateauTolerance = 0.005;

    /// <summary>How many resamples of the dev rows the threshold averages over.</summary>
    public const int ThresholdResamples = 101;

    /// <summary>
    /// The threshold for one tag: the mean, over <see cref="ThresholdResamples"/> bootstrap resamples of the dev rows (a
    /// fixed seed, so retraining on the same data gives the same threshold), of the middle of the best stretch of each
    /// resample's F-β curve smoothed over ±0.03. A dev split of a thousand sentences gives a flat, noisy curve with
    /// near-equal plateaus (eyewitness_report: about 0.33–0.41 and 0.47–0.56), and the middle of one curve's near-best
    /// stretch jumps from one plateau to the other when two sentences change (0.38 → 0.50); the mean over resamples
    /// weighs the plateaus by how often each wins, so it moves a little when the data move a little.
    /// </summary>
    public static double BestThreshold(float[][] probs, IReadOnlyList<SentenceRow> rows, int tag, double beta = 1.0, int seed = 1)
    {
        int n = rows.Count;
        var gold = new bool[n];
        var score = new float[n];
        for (int i = 0; i < n; i++) { gold[i] = Label(rows[i], tag); score[i] = probs[i][tag]; }
        return BestThreshold(score, gold, beta, seed * 31 + tag);
    }

    /// <summary><see cref="BestThreshold(float[][], IReadOnlyList{SentenceRow}, int, double, int)"/> over one tag's scores and labels.</summary>
    internal static double BestThreshold(float[] score, bool[] gold, double beta, int seed)
    {
        int n = score.Length;
        if (n == 0) return 0.5;
        var rnd = new Random(seed);
        var weight = new int[n];
        double sum = 0;
        for (int r = 0; r < ThresholdResamples; r++)
        {
            Array.Clear(weight);
            for (int k = 0; k < n; k++) weight[rnd.Next(n)]++;
            sum += PlateauMiddle(score, gold, weight, beta);
        }
        return Math.Round(sum / ThresholdResamples, 2);
    }

    /// <summary>
    /// The middle of the thresholds in [0.05, 0.95] whose F-β, smoothed over ±0.03, lies within
    /// <see cref="PlateauTolerance"/> of the best, for rows counted <paramref name="weight"/> times each.
    /// </summary>
    internal static double PlateauMiddle(float[] score, bool[] gold, int[] weight, double beta)
    {
        const int From = 5, To = 95, Half = 3;
        // Positives and negatives per hundredth of score, so each threshold's counts are running sums, not a pass over the rows.
        var pos = new int[101];
        var neg = new int[101];
        int totalPos = 0;
        for (int i = 0; i < score.Length; i++)
        {
            if (weight[i] == 0) continue;
            // The highest hundredth the score reaches, as "score >= step / 100.0" decides it (float rounding kept).
            int bin = Math.Clamp((int)Math.Floor(score[i] * 100.0), 0, 100);
            if (bin < 100 && score[i] >= (bin + 1) / 100.0) bin++;
            else if (bin > 0 && score[i] < bin / 100.0) bin--;
            if (gold[i]) { pos[bin] += weight[i]; totalPos += weight[i]; } else neg[bin] += weight[i];
        }
        var f = new double[To + 1];
        double b2 = beta * beta;
        int tp = 0, fp = 0;
        for (int bin = 100; bin >= From; bin--)
        {
            tp += pos[bin]; fp += neg[bin];
            if (bin > To) continue;
            int fn = totalPos - tp;
            f[bin] = tp == 0 ? 0 : (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);
        }
        var smooth = new double[To + 1];
        double bestF = -1;
        for (int step = From; step <= To; step++)
        {
            int lo = Math.Max(From, step - Half), hi = Math.Min(To, step + Half);
            double mean = 0;
            for (int k = lo; k <= hi; k++) mean += f[k];
            smooth[step] = mean / (hi - lo + 1);
            bestF = Math.Max(bestF, smooth[step]);
        }
        var near = Enumerable.Range(From, To - From + 1).Where(step => smooth[step] >= bestF - PlateauTolerance).ToList();
        return near.Count == 0 ? 0.5 : near[near.Count / 2] / 100.0;
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
