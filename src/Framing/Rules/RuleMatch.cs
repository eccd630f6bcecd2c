using Framing.Text;

namespace Framing.Rules;

/// <summary>One match of one rule in a sentence.</summary>
/// <param name="Rule">The rule that matched.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="FirstToken">Index of the first matched token in the document.</param>
/// <param name="TokenCount">Number of tokens the match covers (gaps included).</param>
/// <param name="Span">The matched text's span in the original text.</param>
public sealed record RuleMatch(Rule Rule, int Sentence, int FirstToken, int TokenCount, TextSpan Span)
{
    /// <summary>Index one past the last matched token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
