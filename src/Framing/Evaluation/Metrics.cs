using Framing.Analysis;

namespace Framing.Evaluation;

/// <summary>Precision, recall and F1 for one tag.</summary>
/// <param name="Tag">The tag.</param>
/// <param name="TruePositives">Predicted and gold.</param>
/// <param name="FalsePositives">Predicted, not gold.</param>
/// <param name="FalseNegatives">Gold, not predicted.</param>
public sealed record TagMetrics(FramingTag Tag, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    /// <summary>TP / (TP + FN); 0 when there is no gold positive.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Gold positives.</summary>
    public int Support => TruePositives + FalseNegatives;
}

/// <summary>Per-tag metrics plus micro and macro F1, and speaker accuracy where speakers are labeled.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tags">Per-tag metrics in taxonomy order.</param>
/// <param name="SpeakerTotal">Labeled sentences with a gold speaker.</param>
/// <param name="SpeakerCorrect">Of those, sentences whose predicted speaker name matches.</param>
/// <param name="SourceTypeCorrect">Of those, sentences whose predicted source type matches.</param>
public sealed record EvaluationReport(int Sentences, IReadOnlyList<TagMetrics> Tags, int SpeakerTotal = 0, int SpeakerCorrect = 0, int SourceTypeCorrect = 0)
{
    /// <summary>F1 over all tag decisions pooled.</summary>
    public double MicroF1
    {
        get
        {
            int tp = Tags.Sum(t => t.TruePositives), fp = Tags.Sum(t => t.FalsePositives), fn = Tags.Sum(t => t.FalseNegatives);
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /// <summary>Mean of the per-tag F1 over tags with gold positives.</summary>
    public double MacroF1 => Tags.Where(t => t.Support > 0).Select(t => t.F1).DefaultIfEmpty(0).Average();

    /// <summary>The metrics of one tag.</summary>
    public TagMetrics this[FramingTag tag] => Tags[(int)tag];

    /// <summary>Builds a report from gold and predicted tag sets.</summary>
    public static EvaluationReport From(IReadOnlyList<(FramingTags Gold, FramingTags Predicted)> pairs, int speakerTotal = 0, int speakerCorrect = 0, int typeCorrect = 0)
    {
        var tags = FramingTagNames.All.Select(t =>
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (g, p) in pairs)
            {
                bool gi = g.Has(t), pi = p.Has(t);
                if (gi && pi) tp++; else if (pi) fp++; else if (gi) fn++;
            }
            return new TagMetrics(t, tp, fp, fn);
        }).ToArray();
        return new EvaluationReport(pairs.Count, tags, speakerTotal, speakerCorrect, typeCorrect);
    }
}
