using Framing.Analysis;
using Framing.Attribution;
using Framing.Text;

namespace Framing.Evaluation;

/// <summary>One labeled sentence.</summary>
/// <param name="Article">The article it belongs to (an id, or the article file's path for span data).</param>
/// <param name="Text">The sentence text.</param>
/// <param name="Tags">Its gold tags.</param>
/// <param name="Paragraph">Paragraph number within the article, when known.</param>
/// <param name="Speaker">Gold speaker name, when labeled.</param>
/// <param name="SourceType">Gold source type, when labeled.</param>
/// <param name="Span">Character span in the article file (span data only).</param>
/// <param name="Line">Line in the labels file.</param>
public sealed record LabeledSentence(string Article, string Text, FramingTags Tags, int? Paragraph = null, string? Speaker = null,
    SourceType? SourceType = null, TextSpan? Span = null, int Line = 0);

/// <summary>An article of labeled sentences, as a document whose sentences are exactly the labeled ones.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Document">The article text, cut at the labeled sentences.</param>
/// <param name="Sentences">The labeled sentences, in document order (one per document sentence).</param>
/// <param name="SourceText">For span data: the full article file text (evaluation re-segments it); else null.</param>
public sealed record LabeledArticle(string Id, Document Document, IReadOnlyList<LabeledSentence> Sentences, string? SourceText);
