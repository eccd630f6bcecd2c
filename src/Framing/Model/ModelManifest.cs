namespace Framing.Model;

/// <summary>Which features a model reads.</summary>
public enum FeatureSet
{
    /// <summary>Rule, attribution and context features plus text n-grams (the hybrid; the default).</summary>
    All,
    /// <summary>Rule, attribution and context features only.</summary>
    Structural,
    /// <summary>Text n-grams only ("model alone", for comparison).</summary>
    TextOnly,
}

/// <summary>Per-tag evaluation figures stored with a model.</summary>
/// <param name="Precision">Precision.</param>
/// <param name="Recall">Recall.</param>
/// <param name="F1">F1.</param>
/// <param name="Support">Gold positives.</param>
public sealed record ManifestMetrics(double Precision, double Recall, double F1, int Support);

/// <summary>
/// Metadata stored in a model file beside the n-gram vocabulary and the trees: format version, label set, thresholds,
/// the hashes of the rules and feature schema it was trained with, the training data's hash, and its metrics.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The model file format this library reads and writes.</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>Format version of the file.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;
    /// <summary>Tag names, in the order of <see cref="Thresholds"/>.</summary>
    public required string[] Labels { get; init; }
    /// <summary>Per-tag probability thresholds, chosen on the dev split to maximise F1.</summary>
    public required double[] Thresholds { get; init; }
    /// <summary>Per-tag weight w of the model in the final score w × model + (1 − w) × rules.</summary>
    public double[] BlendWeights { get; init; } = [1, 1, 1, 1];
    /// <summary>
    /// Per tag, true when every sentence the rules tag keeps the tag whatever the model says (the model only adds
    /// sentences). Files written before this field read as all false.
    /// </summary>
    public bool[]? KeepRules { get; init; } = [false, false, false, false];

    /// <summary>True when tag <paramref name="tag"/> (taxonomy order) keeps every sentence its rules fire on.</summary>
    public bool KeepsRules(int tag) => KeepRules is { } k && k[tag];
    /// <summary>SHA-256 of the rule files the features were computed with.</summary>
    public required string RulesHash { get; init; }
    /// <summary>SHA-256 of the feature slot names.</summary>
    public required string FeatureSchemaHash { get; init; }
    /// <summary>SHA-256 of the training data.</summary>
    public required string TrainingDataHash { get; init; }
    /// <summary>Features used.</summary>
    public FeatureSet Features { get; init; } = FeatureSet.All;
    /// <summary>Random seed.</summary>
    public int Seed { get; init; }
    /// <summary>Trees per tag model.</summary>
    public int Trees { get; init; }
    /// <summary>Trees for each tag in taxonomy order, when they differ (null: <see cref="Trees"/> for all).</summary>
    public int[]? TreesPerTag { get; init; }
    /// <summary>
    /// Per tag in taxonomy order, the signals whose features its trees were kept from (null in manifests written before
    /// the thirteenth session: none).
    /// </summary>
    public string[][]? IgnoredSignals { get; init; }
    /// <summary>Leaves per tree.</summary>
    public int Leaves { get; init; }
    /// <summary>Minimum sentences per leaf.</summary>
    public int MinimumExamplesPerLeaf { get; init; }
    /// <summary>Most word n-grams kept by the text featurizer.</summary>
    public int MaxNgrams { get; init; } = 3000;
    /// <summary>Learning rate.</summary>
    public double LearningRate { get; init; }
    /// <summary>Per-tag β of the F-measure maximised when choosing thresholds.</summary>
    public double[] ThresholdBetas { get; init; } = [1, 1, 1, 1];
    /// <summary>Training sentences.</summary>
    public int TrainingSentences { get; init; }
    /// <summary>Metrics on the split used to choose thresholds (tag name → figures).</summary>
    public Dictionary<string, ManifestMetrics> DevMetrics { get; init; } = [];
    /// <summary>Metrics on a held-out test split when one was given (tag name → figures).</summary>
    public Dictionary<string, ManifestMetrics> TestMetrics { get; init; } = [];
    /// <summary>When the model was trained (UTC, ISO 8601); not part of any hash.</summary>
    public string? TrainedAt { get; init; }
}
