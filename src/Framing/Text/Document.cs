namespace Framing.Text;

/// <summary>
/// An article split into paragraphs, sentences, tokens and quotations. Every unit holds a span into
/// <see cref="Text"/>, which is the caller's string, unchanged.
/// </summary>
public sealed class Document
{
    internal Document(string text, Paragraph[] paragraphs, Sentence[] sentences, Token[] tokens, Quotation[] quotations)
        : this(text, paragraphs, sentences, tokens, tokens.Length, quotations, pooledTokens: false) { }

    /// <summary>
    /// A document whose first <paramref name="tokenCount"/> tokens of <paramref name="tokens"/> are its own; with
    /// <paramref name="pooledTokens"/> the array was rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/>
    /// and <see cref="ReleaseTokens"/> gives it back.
    /// </summary>
    internal Document(string text, Paragraph[] paragraphs, Sentence[] sentences, Token[] tokens, int tokenCount, Quotation[] quotations, bool pooledTokens)
    {
        Text = text;
        Paragraphs = ParagraphArray = paragraphs;
        Sentences = SentenceArray = sentences;
        TokenArray = tokens;
        TokenCount = tokenCount;
        _pooledTokens = pooledTokens;
        Quotations = QuotationArray = quotations;
    }

    private bool _pooledTokens;

    /// <summary>
    /// Returns a rented token array to the pool (the analyzer's own documents only, once their analysis is built, which
    /// keeps no token); the document has no tokens afterwards. Does nothing for a document that owns its array.
    /// </summary>
    internal void ReleaseTokens()
    {
        if (!_pooledTokens) return;
        _pooledTokens = false;
        var tokens = TokenArray;
        TokenArray = [];
        TokenCount = 0;
        System.Buffers.ArrayPool<Token>.Shared.Return(tokens);
    }

    // The same lists as arrays, for the pipeline's own loops: indexing an array through IReadOnlyList<T> is an
    // interface call per element (about 3% of rules-only analysis in a perf profile).
    internal Paragraph[] ParagraphArray { get; }
    internal Sentence[] SentenceArray { get; }
    // The tokens, for the pipeline's loops: the first TokenCount elements of TokenArray (a rented array is longer).
    internal Token[] TokenArray { get; private set; }
    internal int TokenCount { get; private set; }
    internal ReadOnlySpan<Token> TokenSpan => TokenArray.AsSpan(0, TokenCount);
    internal Quotation[] QuotationArray { get; }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>Paragraphs in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Sentences in order; they never overlap.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>All tokens of all sentences, in order.</summary>
    public IReadOnlyList<Token> Tokens => TokenCount == TokenArray.Length ? TokenArray : new ArraySegment<Token>(TokenArray, 0, TokenCount);

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
