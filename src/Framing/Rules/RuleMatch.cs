using Framing.Text;

namespace Framing.Rules;

/// <summary>
/// One match of one rule in a sentence. A value, not an object: an article's matches live in one array, so a long
/// input's hundreds of thousands of them are not objects the garbage collector must promote one by one (as a class,
/// one "sentence" of 10 M characters took ×13.7–13.9 the time of one of 1 M; as a struct, ×11.4).
/// </summary>
/// <param name="Rule">The rule that matched.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="FirstToken">Index of the first matched token in the document.</param>
/// <param name="TokenCount">Number of tokens the match covers (gaps included).</param>
/// <param name="Span">The matched text's span in the original text.</param>
public readonly record struct RuleMatch(Rule Rule, int Sentence, int FirstToken, int TokenCount, TextSpan Span)
{
    /// <summary>Index one past the last matched token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
