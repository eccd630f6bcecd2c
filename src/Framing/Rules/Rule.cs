using System.Text.RegularExpressions;

namespace Framing.Rules;

/// <summary>Where a match must lie relative to quotations.</summary>
public enum QuoteCondition
{
    /// <summary>Anywhere.</summary>
    Any,
    /// <summary>Inside a quotation.</summary>
    Inside,
    /// <summary>Outside every quotation.</summary>
    Outside,
}

/// <summary>A proximity condition: another cue of <paramref name="Kind"/> within <paramref name="Within"/> tokens.</summary>
/// <param name="Kind">The signal of the other cue.</param>
/// <param name="Within">Maximum distance in tokens, either side.</param>
/// <param name="Present">True for <c>near</c>, false for <c>not_near</c>.</param>
public sealed record NearCondition(Signal Kind, int Within, bool Present);

/// <summary>A rule's example sentence and whether the rule must match it.</summary>
/// <param name="Text">The example.</param>
/// <param name="MustMatch">True for <c>match</c>, false for <c>no_match</c>.</param>
/// <param name="Line">Line of the example in its file.</param>
public sealed record RuleExample(string Text, bool MustMatch, int Line);

/// <summary>One validated rule loaded from a YAML file.</summary>
public sealed record Rule
{
    /// <summary>Unique id such as <c>hedge.appear-to</c>.</summary>
    public required string Id { get; init; }
    /// <summary>What a match signals.</summary>
    public required Signal Signal { get; init; }
    /// <summary>Strength in (0, 1]; tag scores combine weights as independent evidence.</summary>
    public double Weight { get; init; } = 0.8;
    /// <summary>Phrase patterns (see rules/README.md for the syntax).</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];
    /// <summary>Regular expressions, compiled non-backtracking.</summary>
    public IReadOnlyList<Regex> Regexes { get; init; } = [];
    /// <summary>The source patterns of <see cref="Regexes"/>, in the same order.</summary>
    public IReadOnlyList<string> RegexPatterns { get; init; } = [];
    /// <summary>
    /// Words (normalised) of which a sentence must contain at least one for <see cref="Regexes"/> to run on it;
    /// empty: the regexes run on every sentence. A prefilter only: it must hold for every text the regexes match.
    /// </summary>
    public IReadOnlyList<string> RegexRequires { get; init; } = [];
    /// <summary>Phrases that cancel an overlapping match of this rule.</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];
    /// <summary>Quotation condition.</summary>
    public QuoteCondition Quote { get; init; } = QuoteCondition.Any;
    /// <summary>Null: either; true: only negated matches; false: only matches that are not negated.</summary>
    public bool? Negated { get; init; }
    /// <summary>Proximity conditions, all of which must hold.</summary>
    public IReadOnlyList<NearCondition> Near { get; init; } = [];
    /// <summary>Examples that must or must not match.</summary>
    public IReadOnlyList<RuleExample> Examples { get; init; } = [];
    /// <summary>The file the rule came from.</summary>
    public required string File { get; init; }
    /// <summary>The line of the rule's id.</summary>
    public int Line { get; init; }
}
