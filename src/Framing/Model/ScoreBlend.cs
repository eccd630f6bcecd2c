namespace Framing.Model;

/// <summary>
/// How a tag's final score is made from the model's probability and the rule score, in training (to choose thresholds)
/// and in analysis alike: w × model + (1 − w) × rules. An allegation needs a cue: where no allegation rule fired, the
/// score is 0 whatever the model says. The model weighs weak cues in their context, but on real news its guesses in
/// sentences without any cue were mostly wrong (measured: realnews-dev allegation F1 0.65 → 0.47–0.50 ungated).
/// <para>A tag whose rules are kept (<see cref="ModelManifest.KeepRules"/>) scores 1 wherever its rules fire (score ≥ 0.5):
/// the model only adds sentences. On real news the official_statement rules are precise (realnews-dev precision 0.95)
/// while the model's vetoes of them were mostly wrong.</para>
/// </summary>
internal static class ScoreBlend
{
    public static double Of(int tag, double weight, double model, double rule, bool keepRules = false) =>
        keepRules && rule >= 0.5 ? 1
        : tag == 0 && rule <= 0 ? 0 : weight * model + (1 - weight) * rule;
}
