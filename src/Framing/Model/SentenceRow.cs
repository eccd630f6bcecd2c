using Framing.Text;

namespace Framing.Model;

/// <summary>One labeled sentence for training: its rule and context features, where it is, and a label per tag.</summary>
internal sealed class SentenceRow
{
    public required float[] Dense { get; init; }
    public required Document Doc { get; init; }
    public required Sentence Sentence { get; init; }
    public bool Allegation { get; init; }
    public bool Hedge { get; init; }
    public bool OfficialStatement { get; init; }
    public bool EyewitnessReport { get; init; }
}

/// <summary>One row as ML.NET's trainer sees it: the full feature vector and a label per tag.</summary>
internal sealed class TrainingRow
{
    public float[] Features { get; set; } = [];
    public bool Allegation { get; set; }
    public bool Hedge { get; set; }
    public bool OfficialStatement { get; set; }
    public bool EyewitnessReport { get; set; }

    public static readonly string[] LabelColumns = [nameof(Allegation), nameof(Hedge), nameof(OfficialStatement), nameof(EyewitnessReport)];
}
