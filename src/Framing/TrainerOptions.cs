using Framing.Model;

namespace Framing;

/// <summary>How to train a model.</summary>
public sealed record TrainerOptions
{
    /// <summary>Random seed: the same seed and data give the same model and scores.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Trees per tag (every tag, unless <see cref="TreesPerTag"/> is set).</summary>
    public int Trees { get; init; } = 150;
    /// <summary>
    /// Trees for each tag in taxonomy order (allegation, hedge, official_statement, eyewitness_report), or null for
    /// <see cref="Trees"/> everywhere. A tag the model decides needs more trees than one it only reports a score for.
    /// </summary>
    public IReadOnlyList<int>? TreesPerTag { get; init; }

    /// <summary>The number of trees for one tag (its index in taxonomy order).</summary>
    public int TreesFor(int tag) => TreesPerTag is { } perTag ? perTag[tag] : Trees;
    /// <summary>
    /// Per tag (taxonomy order), the signals whose cue counts and rule scores its trees may not read. By default the
    /// eyewitness_report model does not read allegation's: an accusation says nothing of whether an account is
    /// first-hand, and without them the eyewitness model no longer moves when allegation rules change.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> IgnoredSignals { get; init; } = [[], [], [], ["allegation"]];

    /// <summary>The signals one tag's trees may not read (its index in taxonomy order).</summary>
    public IReadOnlyList<string> IgnoredSignalsFor(int tag) => IgnoredSignals.Count > tag ? IgnoredSignals[tag] : [];

    /// <summary>Leaves per tree.</summary>
    public int Leaves { get; init; } = 8;
    /// <summary>Minimum sentences per leaf.</summary>
    public int MinimumExamplesPerLeaf { get; init; } = 8;
    /// <summary>Learning rate.</summary>
    public double LearningRate { get; init; } = 0.08;
    /// <summary>Most word n-grams kept by the text featurizer (the most frequent in training).</summary>
    public int MaxNgrams { get; init; } = 3000;
    /// <summary>Which features the model reads.</summary>
    public FeatureSet Features { get; init; } = FeatureSet.All;
    /// <summary>
    /// Per tag (taxonomy order), how much the model's probability counts against the rules' score:
    /// final = w × model + (1 − w) × rules. Thresholds are chosen on dev data for the blended score,
    /// except that a tag with w = 0 is decided by the rules alone at their fixed threshold of 0.5.
    /// </summary>
    public IReadOnlyList<double> BlendWeights { get; init; } = [0.5, 0.5, 0.5, 0.5];
    /// <summary>
    /// Per tag (taxonomy order), true to keep every sentence the tag's rules fire on (rule score ≥ 0.5), so the model
    /// can add sentences but not remove them. Thresholds are chosen on dev data with this in place.
    /// </summary>
    public IReadOnlyList<bool> KeepRules { get; init; } = [false, false, false, false];
    /// <summary>
    /// Per tag (taxonomy order), β of the F-measure maximised when choosing the tag's threshold on dev data:
    /// 1 balances precision and recall, above 1 favours recall, below 1 precision.
    /// </summary>
    public IReadOnlyList<double> ThresholdBetas { get; init; } = [1, 1, 1, 1];
    /// <summary>With no dev data, the share of training articles held out to choose thresholds.</summary>
    public double DevShare { get; init; } = 0.15;
    /// <summary>Cross-validation folds (by article) to report; 0 for none.</summary>
    public int CrossValidationFolds { get; init; }
    /// <summary>The options a model was trained with, read back from its manifest (to retrain it exactly).</summary>
    public static TrainerOptions From(Model.ModelManifest m) => new()
    {
        Seed = m.Seed, Trees = m.Trees, TreesPerTag = m.TreesPerTag, Leaves = m.Leaves, MinimumExamplesPerLeaf = m.MinimumExamplesPerLeaf,
        LearningRate = m.LearningRate, Features = m.Features, MaxNgrams = m.MaxNgrams, BlendWeights = m.BlendWeights, KeepRules = m.KeepRules ?? [false, false, false, false], ThresholdBetas = m.ThresholdBetas,
        IgnoredSignals = m.IgnoredSignals ?? [[], [], [], []], // an older manifest: its model read every feature
    };

    /// <summary>A folder of rule files to featurize with (null: the embedded rules). The model then only loads with those rules.</summary>
    public string? RulesDirectory { get; init; }
}
