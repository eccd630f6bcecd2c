namespace Framing.Analysis;

/// <summary>A rule match, for explanations.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Signal">What it signals (snake_case).</param>
/// <param name="Text">The matched text.</param>
/// <param name="Weight">The rule's weight.</param>
/// <param name="File">Where the rule is defined (file:line).</param>
public sealed record RuleHit(string RuleId, string Signal, string Text, double Weight, string File);

/// <summary>Everything behind one sentence's tags: rules that fired, model features that are non-zero, and the decisions.</summary>
/// <param name="Sentence">The analyzed sentence.</param>
/// <param name="Rules">Every rule match in the sentence.</param>
/// <param name="Features">The model's non-zero features (name → value); empty in rules-only mode.</param>
public sealed record SentenceExplanation(SentenceAnalysis Sentence, IReadOnlyList<RuleHit> Rules, IReadOnlyDictionary<string, float> Features);
