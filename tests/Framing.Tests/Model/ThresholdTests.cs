using Framing.Model;

namespace Framing.Tests.Model;

/// <summary>
/// The dev-curve threshold: a flat curve with two near-equal plateaus must not make the threshold jump from one to the
/// other when a few labels change (the eyewitness threshold did: 0.38 → 0.50 after two corpus sentences were relabelled).
/// </summary>
public class ThresholdTests
{
    // Three score groups of 100 positives each, at 0.30, 0.50 and 0.70, with 600 negatives at 0.30 and
    // negativesAtHalf at 0.50: thresholds in 0.31–0.50 keep the last two groups, 0.51–0.70 the last one, and at about
    // 300 negatives the two plateaus' F1 are equal (0.5 each).
    private static (float[] Score, bool[] Gold) TwoPlateaus(int negativesAtHalf)
    {
        var score = new List<float>();
        var gold = new List<bool>();
        foreach (var (at, positives, negatives) in new[] { (0.30f, 100, 600), (0.50f, 100, negativesAtHalf), (0.70f, 100, 0) })
        {
            for (int i = 0; i < positives; i++) { score.Add(at); gold.Add(true); }
            for (int i = 0; i < negatives; i++) { score.Add(at); gold.Add(false); }
        }
        return (score.ToArray(), gold.ToArray());
    }

    private static double SingleCurve((float[] Score, bool[] Gold) d) =>
        ModelTrainer.PlateauMiddle(d.Score, d.Gold, Enumerable.Repeat(1, d.Score.Length).ToArray(), 1.0);

    [Test]
    public void TwentyNegativesMoveTheSingleCurvesThresholdAcrossPlateausButNotTheResampledOne()
    {
        var fewer = TwoPlateaus(290);
        var more = TwoPlateaus(310);
        // The middle of one curve's near-best stretch jumps from the 0.31–0.50 plateau to the 0.51–0.70 one …
        Assert.That(SingleCurve(more) - SingleCurve(fewer), Is.GreaterThanOrEqualTo(0.10));
        // … the mean over resamples moves a little.
        double a = ModelTrainer.BestThreshold(fewer.Score, fewer.Gold, 1.0, seed: 7);
        double b = ModelTrainer.BestThreshold(more.Score, more.Gold, 1.0, seed: 7);
        Assert.That(Math.Abs(b - a), Is.LessThanOrEqualTo(0.05), $"{a} → {b}");
        Assert.That(a, Is.InRange(0.40, 0.60));
    }

    [Test]
    public void TheSameDataAndSeedGiveTheSameThreshold()
    {
        var d = TwoPlateaus(300);
        Assert.That(ModelTrainer.BestThreshold(d.Score, d.Gold, 0.7, seed: 3), Is.EqualTo(ModelTrainer.BestThreshold(d.Score, d.Gold, 0.7, seed: 3)));
    }

    [Test]
    public void ASeparableTagGetsAThresholdInTheGap()
    {
        // Positives score 0.80, negatives 0.20: every threshold between them is perfect; the middle of the gap is chosen.
        var score = Enumerable.Repeat(0.80f, 50).Concat(Enumerable.Repeat(0.20f, 200)).ToArray();
        var gold = Enumerable.Repeat(true, 50).Concat(Enumerable.Repeat(false, 200)).ToArray();
        Assert.That(ModelTrainer.BestThreshold(score, gold, 1.0, seed: 1), Is.InRange(0.45, 0.55));
    }
}
