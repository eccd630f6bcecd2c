using Framing.Text;

namespace Framing.Rules;

/// <summary>The outcome of one rule example.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Example">The example.</param>
/// <param name="Passed">True when the rule matched exactly when it must.</param>
/// <param name="Matches">What the rule matched in the example.</param>
public sealed record RuleExampleResult(Rule Rule, RuleExample Example, bool Passed, IReadOnlyList<string> Matches)
{
    /// <summary>A stable name for the example: <c>rule-id@file:line</c>.</summary>
    public string Name => $"{Rule.Id}@{Rule.File}:{Example.Line}";

    /// <summary>A compiler-style line for a failure.</summary>
    public override string ToString() => Passed
        ? $"ok   {Name}"
        : $"{Rule.File}:{Example.Line}:1: error FR0201: rule '{Rule.Id}' {(Example.MustMatch ? "did not match" : "matched " + string.Join(", ", Matches.Select(m => $"'{m}'")) + " in")} its {(Example.MustMatch ? "match" : "no_match")} example \"{Example.Text}\"";
}

/// <summary>Runs every rule's in-file examples against the whole compiled rule set (so conditions on other cues apply).</summary>
public static class RuleExampleRunner
{
    /// <summary>Runs all examples of <paramref name="rules"/>.</summary>
    public static IReadOnlyList<RuleExampleResult> Run(RuleSet rules)
    {
        var compiled = new CompiledRules(rules);
        var results = new List<RuleExampleResult>();
        foreach (var rule in rules.Rules)
        {
            foreach (var ex in rule.Examples)
            {
                var doc = Document.Parse(ex.Text);
                var matched = compiled.Match(doc).Where(m => m.Rule.Id == rule.Id).Select(m => ex.Text.Substring(m.Span.Start, m.Span.Length)).ToList();
                results.Add(new RuleExampleResult(rule, ex, matched.Count > 0 == ex.MustMatch, matched));
            }
        }
        return results;
    }
}
