using System.Text.Json;
using System.Text.RegularExpressions;
using Framing.Rules;
using Framing.Tests.Support;

namespace Framing.Tests.Rules;

/// <summary>Rule regexes: which engine a pattern's shape allows, the punctuation prefilter, and refused constructs.</summary>
public class RuleRegexTests
{
    [TestCase(@"\b(about|around|some)\s+[£$€]?\d", true)]
    [TestCase(@"^(report|reports|exclusive)\s*:", true)]
    [TestCase(@"(?-i:\b(WHO|UN|US)\b)", true)]
    [TestCase(@"(?<word>claims?)\s+that", true)]
    [TestCase(@"\b(why|how)\b[^?]{0,80}\b(hid|lied)\b[^?]*\?", false)] // unbounded class repeat
    [TestCase(@"\b(why|how)\b[^?]{0,80}\b(hid|lied)\b[^?]{0,300}\?", false)] // 81 × 301 paths
    [TestCase(@"a.*b", false)]
    [TestCase(@"(ab){2,5}", false)]                 // repeated group
    [TestCase(@"\s+said", false)]                   // starts inside every whitespace run
    [TestCase(@"said\s+\s+that", false)]            // two unbounded repeats over the same run
    [TestCase(@"said\s{2,}that", true)]
    [TestCase(@"said[ ]+that", false)]
    public void EngineFollowsTheShape(string pattern, bool interpreter)
    {
        Assert.That(RegexShape.Of(pattern).BoundedBacktracking, Is.EqualTo(interpreter));
        var regex = RuleRegex.Create(pattern);
        Assert.That(regex.Options.HasFlag(RegexOptions.NonBacktracking), Is.EqualTo(!interpreter));
    }

    [TestCase(@"^(report|exclusive)\s*:", ':')]
    [TestCase(@"\b(why|how)\b[^?]*\?", '?')]
    [TestCase(@"\b(why|how)\b[^?]*\??", null)]     // optional: not required
    [TestCase(@"a:|b", null)]                      // top-level alternative without it
    [TestCase(@"(a:|b)c", null)]                   // inside a group
    [TestCase(@"[:;]x", null)]                     // inside a class
    [TestCase(@"\d\.\d", '.')]
    public void RequiredPunctuation(string pattern, char? expected) =>
        Assert.That(RegexShape.Of(pattern).RequiredChar, Is.EqualTo(expected));

    [TestCase(@"claim(?=s)")]
    [TestCase(@"(?<!not )claim")]
    [TestCase(@"(?>claim)s")]
    [TestCase(@"(claim)\1")]
    public void BacktrackingOnlyConstructsAreRefusedWhateverTheEngine(string pattern)
    {
        var yaml = $"rules:\n  - id: a\n    signals: hedge\n    regex: ['{pattern}']\n";
        var e = Assert.Throws<RuleSetException>(() => RuleSet.FromYaml([new("bad.yaml", yaml)]))!;
        Assert.That(e.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "FR0109" }), e.Message);
    }

    [Test]
    public void ShippedRegexesFindWhatTheNonBacktrackingEngineFinds()
    {
        var texts = File.ReadLines(Repo.Path_("corpus", "test.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Append(Repo.SeedText).ToList();
        var patterns = RuleSet.Default.Rules.SelectMany(r => r.RegexPatterns).ToList();
        Assert.That(patterns.Count(p => RegexShape.Of(p).BoundedBacktracking), Is.GreaterThanOrEqualTo(3), "the shipped regexes should mostly be cheap to build");
        int matches = 0;
        foreach (var p in patterns)
        {
            var chosen = RuleRegex.Create(p);
            var reference = new Regex(p, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            foreach (var t in texts)
            {
                var a = chosen.Matches(t).Select(m => (m.Index, m.Length)).ToList();
                Assert.That(a, Is.EqualTo(reference.Matches(t).Select(m => (m.Index, m.Length)).ToList()), p);
                matches += a.Count;
            }
        }
        Assert.That(matches, Is.GreaterThan(20), "the comparison should cover real matches");
    }
}
