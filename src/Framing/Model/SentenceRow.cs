namespace Framing.Model;

/// <summary>One sentence as ML.NET sees it: the dense features, the text, and a label per tag.</summary>
internal sealed class SentenceRow
{
    public float[] Dense { get; set; } = [];
    public string Text { get; set; } = "";
    public bool Allegation { get; set; }
    public bool Hedge { get; set; }
    public bool OfficialStatement { get; set; }
    public bool EyewitnessReport { get; set; }

    public static readonly string[] LabelColumns = [nameof(Allegation), nameof(Hedge), nameof(OfficialStatement), nameof(EyewitnessReport)];
}
