using Framing.Text;

namespace Framing.Attribution;

/// <summary>What kind of source a speaker is (see "Beyond the four tags" in the taxonomy).</summary>
public enum SourceType
{
    /// <summary>Unknown or an individual speaking for themselves.</summary>
    Other,
    /// <summary>Government, state body, politician in role, international body, organisation speaking formally.</summary>
    Official,
    /// <summary>A news outlet or agency on its own account.</summary>
    Media,
    /// <summary>An expert, analyst, researcher, monitor or NGO.</summary>
    Expert,
    /// <summary>A witness, resident, survivor or participant at the scene.</summary>
    Eyewitness,
    /// <summary>An unnamed or vague source ("sources say", "some fear", "critics").</summary>
    Anonymous,
}

/// <summary>How a sentence's speaker was found.</summary>
public enum SpeakerResolution
{
    /// <summary>Named in the sentence with its reporting cue.</summary>
    Explicit,
    /// <summary>A pronoun (he, she, they) resolved to an earlier speaker or mention.</summary>
    Pronoun,
    /// <summary>A surname or short name resolved to an earlier full mention.</summary>
    Alias,
    /// <summary>The sentence continues a quotation attributed in another sentence.</summary>
    QuotationContinued,
}

/// <summary>Who speaks in a sentence.</summary>
/// <param name="Text">The speaker as written in this sentence ("he", "Ford", "Defense Ministry spokesman Igor Konashenkov").</param>
/// <param name="Span">Where that text is, or an empty span at the sentence start for continued quotations.</param>
/// <param name="Name">The normalised name: the fullest mention in the article ("Igor Konashenkov", "the Russian Ministry of Defense").</param>
/// <param name="Role">The role or organisation given anywhere in the article, when any ("Defense Ministry spokesman").</param>
/// <param name="Type">The source type.</param>
/// <param name="Via">The outlet or source that relays the speaker in nested attribution ("The Associated Press"), else null.</param>
/// <param name="Resolution">How the speaker was found.</param>
public sealed record Speaker(string Text, TextSpan Span, string Name, string? Role, SourceType Type, string? Via, SpeakerResolution Resolution)
{
    /// <summary>
    /// True for someone who held an official role they no longer hold ("Former President Bill Clinton", "Tory
    /// ex-minister Douglas Hogg"). Such a speaker's <see cref="Type"/> is not official; the taxonomy's exception,
    /// "except about their own time in office", is judged per sentence (a quoted first-person account in the past tense).
    /// </summary>
    public bool FormerOfficial { get; init; }
}

/// <summary>The attribution of a sentence: its reporting cue and speaker.</summary>
/// <param name="Cue">The reporting cue's span ("said", "according to", "quotes ... saying"); for a continued quotation, the span of the cue in the sentence that carries it.</param>
/// <param name="CueText">The cue as written.</param>
/// <param name="Speaker">Who speaks.</param>
/// <param name="InQuotation">True when the sentence's words are (mostly) inside a quotation: direct speech.</param>
public sealed record SentenceAttribution(TextSpan Cue, string CueText, Speaker Speaker, bool InQuotation);
