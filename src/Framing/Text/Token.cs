namespace Framing.Text;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes, hyphens or abbreviation dots (<c>don't</c>, <c>so-called</c>, <c>U.S.</c>).</summary>
    Word,
    /// <summary>Digits with separators, decimals or a percent sign (<c>1,400</c>, <c>3.5%</c>).</summary>
    Number,
    /// <summary>A double or single quotation mark used as a quote (not an apostrophe).</summary>
    Quote,
    /// <summary>Any other punctuation or symbol.</summary>
    Punctuation,
}

/// <summary>One token of a sentence: its span in the original text and its kind.</summary>
/// <param name="Span">Where the token is in the original text.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>A word whose first character is an upper-case letter, set by the tokenizer (speaker search asks this of
    /// most tokens it visits, so it is read here rather than from the text).</summary>
    internal bool IsCapitalized { get; init; }
}
