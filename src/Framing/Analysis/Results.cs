using Framing.Attribution;
using Framing.Rules;
using Framing.Text;

namespace Framing.Analysis;

/// <summary>A piece of evidence: a rule's match (a cue span) or the sentence's attribution.</summary>
/// <param name="Source">The rule id, or <c>attribution:&lt;type&gt;</c> / <c>quotation:&lt;type&gt;</c> for speaker evidence (<c>attribution:prosecution-case</c> for a prosecutor stating the case at a trial).</param>
/// <param name="Signal">What the evidence signals.</param>
/// <param name="Span">The cue's span in the original text.</param>
/// <param name="Text">The cue's text.</param>
/// <param name="Weight">How much the evidence counts (the rule's weight).</param>
public sealed record Evidence(string Source, Signal Signal, TextSpan Span, string Text, double Weight);

/// <summary>The decision for one tag of one sentence, with its evidence and scores.</summary>
/// <param name="Tag">The tag.</param>
/// <param name="Assigned">True when the sentence carries the tag.</param>
/// <param name="Score">The final score in [0, 1] (model probability when a model is used, else the rule score).</param>
/// <param name="RuleScore">The rules' combined score in [0, 1].</param>
/// <param name="ModelScore">The model's calibrated probability, or null in rules-only mode.</param>
/// <param name="Threshold">The threshold the score was compared with.</param>
/// <param name="Evidence">Cues and attribution that support the tag.</param>
/// <param name="Note">Why rules and model or speaker disagree, when they do.</param>
public sealed record TagDecision(FramingTag Tag, bool Assigned, double Score, double RuleScore, double? ModelScore,
    double Threshold, IReadOnlyList<Evidence> Evidence, string? Note);

/// <summary>A framing cue that is not a tag: loaded language, intensifier, factive verb, label or scare quote.</summary>
/// <param name="Kind">loaded_language, intensifier, factive_verb, label or scare_quote.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Text">Its text.</param>
/// <param name="Source">The rule id, or <c>quotation</c> for scare quotes.</param>
public sealed record FramingCue(string Kind, TextSpan Span, string Text, string Source);

/// <summary>The analysis of one sentence.</summary>
/// <param name="Index">Position in the article, from 0.</param>
/// <param name="Span">Where the sentence is in the original text.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Paragraph">Index of its paragraph.</param>
/// <param name="IsHeadline">True for the headline.</param>
/// <param name="Tags">The tags assigned.</param>
/// <param name="Decisions">One decision per tag, assigned or not, in taxonomy order.</param>
/// <param name="Attribution">Who speaks, when the sentence is attributed.</param>
/// <param name="Cues">Framing cues in the sentence.</param>
public sealed record SentenceAnalysis(int Index, TextSpan Span, string Text, int Paragraph, bool IsHeadline,
    FramingTags Tags, IReadOnlyList<TagDecision> Decisions, SentenceAttribution? Attribution, IReadOnlyList<FramingCue> Cues)
{
    // The analyzer's sentences cut their text out of the article's on first read: most callers of a large run read the
    // tags and the evidence, and a copy of every sentence was a fifth of the bytes rules-only analysis allocated.
    private string? _text = Text;
    private readonly string? _articleText;

    /// <summary>A sentence whose <see cref="Text"/> is <paramref name="articleText"/> at <paramref name="Span"/>, cut on first read.</summary>
    internal SentenceAnalysis(string articleText, int Index, TextSpan Span, int Paragraph, bool IsHeadline,
        FramingTags Tags, IReadOnlyList<TagDecision> Decisions, SentenceAttribution? Attribution, IReadOnlyList<FramingCue> Cues)
        : this(Index, Span, null!, Paragraph, IsHeadline, Tags, Decisions, Attribution, Cues) => _articleText = articleText;

    /// <summary>The sentence.</summary>
    public string Text
    {
        get => _text ??= _articleText?.Substring(Span.Start, Span.Length) ?? "";
        init => _text = value;
    }

    /// <summary>The sentence's characters, without cutting a string out of the article when none has been cut yet.</summary>
    internal ReadOnlySpan<char> TextChars => _text is null && _articleText is { } a ? a.AsSpan(Span.Start, Span.Length) : Text.AsSpan();

    /// <summary>The decision for one tag.</summary>
    public TagDecision this[FramingTag tag] => Decisions[(int)tag];

    /// <summary>Equal when every member is (<see cref="Text"/> by its value, whether or not it has been read yet).</summary>
    public bool Equals(SentenceAnalysis? other) =>
        other is not null && (ReferenceEquals(this, other) || (Index == other.Index && Span == other.Span && Paragraph == other.Paragraph
            && IsHeadline == other.IsHeadline && Tags == other.Tags && Equals(Decisions, other.Decisions)
            && Equals(Attribution, other.Attribution) && Equals(Cues, other.Cues) && Text == other.Text));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Index, Span, Paragraph, IsHeadline, Tags, Text);
}

/// <summary>The analysis of an article: its sentences, quotations and framing profile.</summary>
/// <param name="Text">The original text.</param>
/// <param name="Sentences">Every sentence, in order.</param>
/// <param name="Quotations">Quotation spans.</param>
/// <param name="Profile">The article's framing profile.</param>
/// <param name="Mode"><c>rules</c> or <c>rules+model</c>.</param>
public sealed record ArticleAnalysis(string Text, IReadOnlyList<SentenceAnalysis> Sentences, IReadOnlyList<Quotation> Quotations,
    FramingProfile Profile, string Mode);
