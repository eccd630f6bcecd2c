namespace Framing.Text;

/// <summary>
/// An article split into paragraphs, sentences, tokens and quotations. Every unit holds a span into
/// <see cref="Text"/>, which is the caller's string, unchanged.
/// </summary>
public sealed class Document
{
    internal Document(string text, Paragraph[] paragraphs, Sentence[] sentences, Token[] tokens, Quotation[] quotations)
    {
        Text = text;
        Paragraphs = ParagraphArray = paragraphs;
        Sentences = SentenceArray = sentences;
        Tokens = TokenArray = tokens;
        Quotations = QuotationArray = quotations;
    }

    // The same lists as arrays, for the pipeline's own loops: indexing an array through IReadOnlyList<T> is an
    // interface call per element (about 3% of rules-only analysis in a perf profile).
    internal Paragraph[] ParagraphArray { get; }
    internal Sentence[] SentenceArray { get; }
    internal Token[] TokenArray { get; }
    internal Quotation[] QuotationArray { get; }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>Paragraphs in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Sentences in order; they never overlap.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>All tokens of all sentences, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Quotations in order of their opening mark.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) =>
        TokenArray.AsSpan(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The text of a span.</summary>
    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    /// <summary>Splits <paramref name="text"/> into a document. Never throws on any string.</summary>
    public static Document Parse(string text) => DocumentBuilder.Build(text ?? string.Empty, null);

    /// <summary>
    /// Builds a document whose sentences are the given spans (for labeled data whose sentence cut is
    /// fixed). Spans must be in order and not overlap; paragraphs and quotations are found as usual.
    /// </summary>
    public static Document FromSentenceSpans(string text, IReadOnlyList<TextSpan> sentenceSpans) =>
        DocumentBuilder.Build(text ?? string.Empty, sentenceSpans);
}
