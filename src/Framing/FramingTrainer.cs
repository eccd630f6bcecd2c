using Framing.Analysis;
using Framing.Evaluation;
using Framing.Internal;
using Framing.Model;
using Framing.Rules;

namespace Framing;

/// <summary>Progress of a training run.</summary>
/// <param name="Stage">What is happening.</param>
/// <param name="Done">Steps done.</param>
/// <param name="Total">Steps in all.</param>
public sealed record TrainingProgress(string Stage, int Done, int Total);

/// <summary>The result of training: the model's manifest (thresholds, metrics, hashes) and the model itself, to save.</summary>
public sealed class TrainingReport
{
    private readonly ModelTrainer.Fitted _fitted;

    internal TrainingReport(ModelManifest manifest, ModelTrainer.Fitted fitted, IReadOnlyDictionary<string, ManifestMetrics>? crossValidation, TimeSpan elapsed)
    {
        Manifest = manifest;
        _fitted = fitted;
        CrossValidation = crossValidation;
        Elapsed = elapsed;
    }

    /// <summary>Thresholds, hashes and dev/test metrics; stored in the model file.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Mean per-tag metrics over the cross-validation folds, when asked for.</summary>
    public IReadOnlyDictionary<string, ManifestMetrics>? CrossValidation { get; }

    /// <summary>Wall-clock training time.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Writes the model file atomically (temporary file, then rename). Refuses to overwrite unless asked.</summary>
    public void SaveTo(string path, bool overwrite = false) =>
        TagModel.Save(Guard.NotNull(path), Manifest, _fitted.Scorer, overwrite);
}

/// <summary>
/// Trains the classifier: featurizes labeled articles with the rules stage (cues, speakers, context), fits one
/// seeded binary FastTree per tag, and picks each tag's threshold on dev data to maximise F1.
/// </summary>
public sealed class FramingTrainer
{
    /// <summary>Checks the per-tag options before any work: a bad one must not surface as an index error after training.</summary>
    private static void Validate(TrainerOptions options)
    {
        if (options.Trees < 1) throw new ArgumentException("Trees must be at least 1", nameof(options));
        if (options.TreesPerTag is { } perTag && (perTag.Count != 4 || perTag.Any(n => n < 1)))
            throw new ArgumentException("TreesPerTag needs four positive numbers (allegation, hedge, official_statement, eyewitness_report)", nameof(options));
        if (options.ThresholdBetas.Count != 4 || options.ThresholdBetas.Any(b => b <= 0))
            throw new ArgumentException("ThresholdBetas needs four positive numbers (allegation, hedge, official_statement, eyewitness_report)", nameof(options));
        if (options.IgnoredSignals.Count != 4)
            throw new ArgumentException("IgnoredSignals needs four lists (allegation, hedge, official_statement, eyewitness_report)", nameof(options));
        foreach (var name in options.IgnoredSignals.SelectMany(s => s))
            if (!SignalNames.TryParse(name, out _))
                throw new ArgumentException($"IgnoredSignals: '{name}' is no signal; use one of {string.Join(", ", SignalNames.All)}", nameof(options));
        if (options.KeepRules.Count != 4)
            throw new ArgumentException("KeepRules needs four flags (allegation, hedge, official_statement, eyewitness_report)", nameof(options));
        if (options.BlendWeights.Count != 4 || options.BlendWeights.Any(w => w is < 0 or > 1))
            throw new ArgumentException("BlendWeights needs four weights from 0 to 1 (allegation, hedge, official_statement, eyewitness_report)", nameof(options));
    }

    /// <summary>Trains on labeled articles. <paramref name="dev"/> chooses thresholds (else a seeded share of
    /// <paramref name="train"/> is held out); <paramref name="test"/>, when given, is scored into the manifest.</summary>
    public TrainingReport Train(IReadOnlyList<LabeledArticle> train, TrainerOptions options, IReadOnlyList<LabeledArticle>? dev = null,
        IReadOnlyList<LabeledArticle>? test = null, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(train);
        Guard.NotNull(options);
        Validate(options);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ruleSet = options.RulesDirectory is null ? RuleSet.Default : RuleSet.Load(options.RulesDirectory);
        var rules = new CompiledRules(ruleSet);
        if (dev is null)
        {
            var rnd = new Random(options.Seed);
            var shuffled = train.OrderBy(a => a.Id, StringComparer.Ordinal).OrderBy(_ => rnd.Next()).ToList();
            int devCount = Math.Max(1, (int)Math.Round(shuffled.Count * options.DevShare));
            if (shuffled.Count < 2) throw new FramingInputException(new Diagnostic("training data", 0, 0, "FR0413", "need at least two articles to hold one out for thresholds (or give dev data)"));
            dev = shuffled.Take(devCount).ToList();
            train = shuffled.Skip(devCount).ToList();
        }
        progress?.Report(new TrainingProgress("featurizing", 0, 4));
        var trainRows = train.SelectMany(a => ModelTrainer.Featurize(rules, a).Rows).ToList();
        var devFeatures = dev.Select(a => ModelTrainer.Featurize(rules, a)).ToList();
        var devRows = devFeatures.SelectMany(a => a.Rows).ToList();
        var devRules = devFeatures.SelectMany(a => a.RuleScores).ToList();
        for (int t = 0; t < 4; t++)
            if (!trainRows.Any(r => ModelTrainer.Label(r, t)))
                throw new FramingInputException(new Diagnostic("training data", 0, 0, "FR0414", $"tag '{FramingTagNames.All[t].ToName()}' has no positive sentence in the training data: label some, or the model cannot learn it"));

        IReadOnlyDictionary<string, ManifestMetrics>? cv = options.CrossValidationFolds >= 2 ? CrossValidate(train.Concat(dev).ToList(), rules, options, cancellationToken) : null;

        var fitted = ModelTrainer.Fit(trainRows, options, progress, cancellationToken);
        var devProbs = ModelTrainer.Blend(ModelTrainer.Score(fitted, devRows), devRules, options.BlendWeights, options.KeepRules);
        var thresholds = Enumerable.Range(0, 4).Select(t => options.BlendWeights[t] == 0 ? 0.5 : ModelTrainer.BestThreshold(devProbs, devRows, t, options.ThresholdBetas[t], options.Seed)).ToArray();
        var manifest = new ModelManifest
        {
            Labels = FramingTagNames.All.Select(t => t.ToName()).ToArray(),
            Thresholds = thresholds,
            RulesHash = ruleSet.Hash,
            FeatureSchemaHash = Features.SentenceFeaturizer.SchemaHash,
            TrainingDataHash = ModelTrainer.Hash(train),
            Features = options.Features,
            BlendWeights = options.BlendWeights.ToArray(),
            KeepRules = options.KeepRules.ToArray(),
            Seed = options.Seed, Trees = options.Trees, TreesPerTag = options.TreesPerTag?.ToArray(), Leaves = options.Leaves,
            IgnoredSignals = options.IgnoredSignals.Select(s => s.ToArray()).ToArray(),
            MinimumExamplesPerLeaf = options.MinimumExamplesPerLeaf, LearningRate = options.LearningRate, MaxNgrams = options.MaxNgrams, ThresholdBetas = options.ThresholdBetas.ToArray(),
            TrainingSentences = trainRows.Count,
            TrainedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        };
        // The stored metrics come from the analyzer itself, with this model: the same decisions `framing evaluate`
        // makes, combiner vetoes included (a question is no hedge; a named non-official speaker is not official).
        var analyzer = FramingAnalyzer.Create(rules, new TagModel(manifest, fitted.Scorer));
        manifest = manifest with
        {
            DevMetrics = AnalyzedMetrics(analyzer, dev),
            TestMetrics = test is null ? [] : AnalyzedMetrics(analyzer, test),
        };
        return new TrainingReport(manifest, fitted, cv, clock.Elapsed);
    }

    private static Dictionary<string, ManifestMetrics> AnalyzedMetrics(FramingAnalyzer analyzer, IReadOnlyList<LabeledArticle> articles) =>
        Evaluator.Evaluate(analyzer, articles).Report.Tags.ToDictionary(m => m.Tag.ToName(),
            m => Stored(m.Precision, m.Recall, m.F1, m.Support));

    /// <summary>
    /// Figures as the manifest keeps them: six places, so that the three-place figures printed from them are the ones
    /// "framing evaluate" prints from the unrounded values (rounded to four, an F1 stored as 0.8315 printed 0.832 where
    /// evaluate printed 0.831).
    /// </summary>
    private static ManifestMetrics Stored(double precision, double recall, double f1, int support) =>
        new(Math.Round(precision, 6), Math.Round(recall, 6), Math.Round(f1, 6), support);

    private static Dictionary<string, ManifestMetrics> CrossValidate(IReadOnlyList<LabeledArticle> all, CompiledRules rules, TrainerOptions o, CancellationToken ct)
    {
        var rnd = new Random(o.Seed);
        var order = all.OrderBy(a => a.Id, StringComparer.Ordinal).OrderBy(_ => rnd.Next()).ToList();
        var featurized = order.Select(a => ModelTrainer.Featurize(rules, a)).ToList();
        var sums = new Dictionary<string, (double P, double R, double F, int S)>();
        int k = o.CrossValidationFolds;
        for (int fold = 0; fold < k; fold++)
        {
            var trainRows = featurized.Where((_, i) => i % k != fold).SelectMany(a => a.Rows).ToList();
            var testRows = featurized.Where((_, i) => i % k == fold).SelectMany(a => a.Rows).ToList();
            var f = ModelTrainer.Fit(trainRows, o, null, ct);
            var probs = ModelTrainer.Score(f, testRows);
            foreach (var (tag, m) in ModelTrainer.Metrics(probs, testRows, [0.5, 0.5, 0.5, 0.5]))
            {
                sums.TryGetValue(tag, out var acc);
                sums[tag] = (acc.P + m.Precision, acc.R + m.Recall, acc.F + m.F1, acc.S + m.Support);
            }
        }
        return sums.ToDictionary(kv => kv.Key, kv => Stored(kv.Value.P / k, kv.Value.R / k, kv.Value.F / k, kv.Value.S));
    }
}
