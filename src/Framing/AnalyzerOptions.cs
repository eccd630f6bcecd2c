namespace Framing;

/// <summary>How to build a <see cref="FramingAnalyzer"/>.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>A folder of <c>*.yaml</c> rule files; null for the embedded defaults.</summary>
    public string? RulesDirectory { get; init; }

    /// <summary>
    /// A rule set to use as it is, for example one read with <see cref="Rules.RuleSet.LoadCompiled"/>; when set it
    /// takes the place of <see cref="RulesDirectory"/> and the embedded rules.
    /// </summary>
    public Rules.RuleSet? Rules { get; init; }

    /// <summary>With <see cref="RulesDirectory"/>: add the folder's rules to the defaults instead of replacing them.</summary>
    public bool ExtendDefaultRules { get; init; }

    /// <summary>A model file made by <c>framing train</c>; null for the embedded default model.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Rules only: no model, tags come from rules and attribution alone.</summary>
    public bool RulesOnly { get; init; }
}
