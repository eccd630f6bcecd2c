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
        // The linear engine runs without a timeout: one would also count its lazy construction, so that a loaded machine
        // missed matches an idle one finds. The interpreter keeps the timeout as a guard.
        Assert.That(regex.MatchTimeout, Is.EqualTo(interpreter ? RuleRegex.Timeout : Regex.InfiniteMatchTimeout));
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

/// <summary>The matcher's regexes move to compiled code after enough runs, finding the same matches.</summary>
public class TieredRegexTests
{
    [Test]
    public void MovesToCompiledCodeAfterThresholdRunsAndFindsTheSameMatches()
    {
        var rules = RuleSet.FromYaml([new("t.yaml", "rules:\n  - id: t\n    signals: hedge\n    regex: ['\\b(about|around)\\s+\\d']\n")]);
        var tiered = new TieredRegex(rules.Rules[0], 0);
        const string text = "Around 40 people, and about 12 more, were there; about half left.";
        var first = tiered.Get();
        Assert.That(first.Options.HasFlag(RegexOptions.Compiled), Is.False, "starts on the interpreter: cheap to build");
        var expected = first.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        for (int i = 1; i < TieredRegex.Threshold; i++) tiered.Get();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!tiered.Get().Options.HasFlag(RegexOptions.Compiled) && DateTime.UtcNow < deadline) Thread.Sleep(10);
        var later = tiered.Get();
        Assert.That(later.Options.HasFlag(RegexOptions.Compiled), Is.True, "compiled in the background after the threshold");
        Assert.That(later.Matches(text).Select(m => (m.Index, m.Length)).ToList(), Is.EqualTo(expected));
        Assert.That(expected, Has.Count.EqualTo(2));
    }

    [Test]
    public void NonBacktrackingPatternsAreNeverRecompiled() =>
        Assert.That(RuleRegex.CreateCompiled(@"\b(why|how)\b[^?]*\?"), Is.Null);
}

/// <summary>The matcher's token table: every key of the shipped vocabulary is found by span, nothing else is.</summary>
public class KeyTableTests
{
    [Test]
    public void FindsEveryShippedKeyAndNoOtherWord()
    {
        var keys = RuleSet.Default.PrecompiledTrie!.Keys;
        var table = new KeyTable(keys.Select((k, i) => KeyValuePair.Create(k, i)).ToList());
        for (int i = 0; i < keys.Length; i++) Assert.That(table.Find(keys[i].AsSpan()), Is.EqualTo(i), keys[i]);
        var known = keys.ToHashSet(StringComparer.Ordinal);
        foreach (var word in Repo.SeedText.Split(' ', '\n', ',', '.').Select(w => w.ToLowerInvariant()).Where(w => !known.Contains(w)))
            Assert.That(table.Find(word.AsSpan()), Is.EqualTo(-1), word);
        // The hash built one character at a time is the hash of the whole key (KeyIds relies on it for prefixes).
        uint h = KeyTable.Empty;
        foreach (char c in "according") h = KeyTable.Step(h, c);
        Assert.That(h, Is.EqualTo(KeyTable.Hash("according")));
    }

    [Test]
    public void RefusesDuplicateKeys() =>
        Assert.Throws<ArgumentException>(() => new KeyTable([KeyValuePair.Create("said", 0), KeyValuePair.Create("said", 1)]));

    // The trie's transition table packs a (node, key) pair into 32 bits when both halves fit in 31 together, as in the
    // shipped trie, and keeps 64-bit keys otherwise: both layouts find every key with its value and nothing else,
    // including keys whose halves lie beyond every stored one.
    [TestCase(1_000, 1_000)]
    [TestCase(1 << 20, 1 << 16)]
    public void LongTableFindsEveryKeyAndNothingElse(int nodes, int keys)
    {
        var rng = new Random(7);
        var stored = new HashSet<long>();
        while (stored.Count < 5_000) stored.Add((long)rng.Next(nodes) << 32 | (uint)rng.Next(keys));
        var keyArray = stored.ToArray();
        var table = new LongTable(keyArray, keyArray.Select((k, i) => i * 3).ToArray());
        for (int i = 0; i < keyArray.Length; i++)
        {
            Assert.That(table.TryGetValue(keyArray[i], out int value), Is.True);
            Assert.That(value, Is.EqualTo(i * 3));
        }
        foreach (long absent in new[] { (long)nodes << 32, (long)keys, (long)(nodes - 1) << 32 | (uint)(keys + 5), 0x7FFF_FFFF_FFFF_FFFFL })
            if (!stored.Contains(absent)) Assert.That(table.TryGetValue(absent, out _), Is.False, $"{absent:x}");
        for (int probe = 0; probe < 20_000; probe++)
        {
            long k = (long)rng.Next(nodes) << 32 | (uint)rng.Next(keys);
            Assert.That(table.TryGetValue(k, out _), Is.EqualTo(stored.Contains(k)));
        }
    }
}
