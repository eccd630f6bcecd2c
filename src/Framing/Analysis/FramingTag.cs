namespace Framing.Analysis;

/// <summary>One of the four sentence tags of the taxonomy.</summary>
public enum FramingTag
{
    /// <summary>An accusation or charge of wrongdoing not established as fact.</summary>
    Allegation,
    /// <summary>The main proposition is presented as uncertain, speculative or second-hand.</summary>
    Hedge,
    /// <summary>What an official source said, directly or in reported speech.</summary>
    OfficialStatement,
    /// <summary>A first-hand account from someone at the scene.</summary>
    EyewitnessReport,
}

/// <summary>A set of tags (the tags are independent: a sentence may carry several).</summary>
[Flags]
public enum FramingTags
{
    /// <summary>No tag.</summary>
    None = 0,
    /// <summary><see cref="FramingTag.Allegation"/>.</summary>
    Allegation = 1,
    /// <summary><see cref="FramingTag.Hedge"/>.</summary>
    Hedge = 2,
    /// <summary><see cref="FramingTag.OfficialStatement"/>.</summary>
    OfficialStatement = 4,
    /// <summary><see cref="FramingTag.EyewitnessReport"/>.</summary>
    EyewitnessReport = 8,
}

/// <summary>Tag names as written in labeled data and JSON (<c>official_statement</c>).</summary>
public static class FramingTagNames
{
    /// <summary>All four tags in taxonomy order.</summary>
    public static readonly IReadOnlyList<FramingTag> All = [FramingTag.Allegation, FramingTag.Hedge, FramingTag.OfficialStatement, FramingTag.EyewitnessReport];

    /// <summary>The snake_case name.</summary>
    public static string ToName(this FramingTag tag) => tag switch
    {
        FramingTag.Allegation => "allegation",
        FramingTag.Hedge => "hedge",
        FramingTag.OfficialStatement => "official_statement",
        _ => "eyewitness_report",
    };

    /// <summary>Parses a snake_case name.</summary>
    public static bool TryParse(string name, out FramingTag tag)
    {
        foreach (var t in All)
            if (t.ToName() == name) { tag = t; return true; }
        tag = default;
        return false;
    }

    /// <summary>The flag of one tag.</summary>
    public static FramingTags ToFlag(this FramingTag tag) => (FramingTags)(1 << (int)tag);

    /// <summary>True when the set holds the tag.</summary>
    public static bool Has(this FramingTags tags, FramingTag tag) => (tags & tag.ToFlag()) != 0;

    /// <summary>Names of the tags in a set, in taxonomy order.</summary>
    public static IReadOnlyList<string> Names(this FramingTags tags) => All.Where(t => tags.Has(t)).Select(ToName).ToArray();
}
