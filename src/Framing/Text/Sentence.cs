namespace Framing.Text;

/// <summary>One sentence of a document (a headline or a line without a final stop counts as one).</summary>
/// <param name="Index">Position of the sentence in the document, from 0.</param>
/// <param name="Span">Where the sentence is in the original text (trimmed of surrounding whitespace).</param>
/// <param name="Paragraph">Index of the paragraph that holds the sentence.</param>
/// <param name="FirstToken">Index of the sentence's first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
/// <param name="IsHeadline">True for the first line of the article when it has no final stop.</param>
public sealed record Sentence(int Index, TextSpan Span, int Paragraph, int FirstToken, int TokenCount, bool IsHeadline);

/// <summary>A paragraph: a line or block of lines separated from the next by a line break.</summary>
/// <param name="Index">Position of the paragraph, from 0.</param>
/// <param name="Span">Where the paragraph is in the original text.</param>
public readonly record struct Paragraph(int Index, TextSpan Span);

/// <summary>A quotation: the text between a pair of quotation marks, marks included.</summary>
/// <param name="Span">Where the quotation is, from its opening to its closing mark (or the paragraph end when unclosed).</param>
/// <param name="Chain">Quotations that run over several paragraphs share one chain number.</param>
/// <param name="IsDouble">True for double quotation marks, false for single ones.</param>
/// <param name="IsClosed">False when the paragraph ended before a closing mark.</param>
public readonly record struct Quotation(TextSpan Span, int Chain, bool IsDouble, bool IsClosed);
