using System.Text.Json;
using Framing.Analysis;

namespace Framing.Tests.Rules;

/// <summary>
/// The allegation cue families against project-written sentences that use their words both innocently and as real
/// charges (Data/allegation-cue-probe*.jsonl, written for these tests). The families were tightened against these
/// files, so they are development sets that guard against regressions, not unbiased estimates. A cue that fires on its
/// innocent senses ("sold out within four hours", "silenced the away fans", "the gene is implicated in regulating
/// sleep", "a shady corner of the garden") makes false allegations in sport, culture, science and business news, where
/// those senses are common.
/// </summary>
public class AllegationCueProbeTests
{
    private sealed record Probe(string Text, string Expected);

    /// <summary>File, innocent sentences, most innocent sentences that may fire, charges, fewest charges that must fire.</summary>
    public static IEnumerable<TestCaseData> Files()
    {
        // The fifth session's own families (claims, crimes, pointing information, idioms of blame): 60 innocent, 30 charged.
        yield return new TestCaseData("allegation-cue-probe.jsonl", 60, 9, 30, 24).SetName("NewFamilies");
        // Accusation verbs, charges, misconduct words and failure to act: 80 innocent, 30 charged.
        yield return new TestCaseData("allegation-cue-probe-accusations.jsonl", 80, 24, 30, 26).SetName("Accusations");
        // Implied misconduct, insinuation, intent, sarcasm and labels: 80 innocent, 30 charged.
        yield return new TestCaseData("allegation-cue-probe-insinuations.jsonl", 80, 17, 30, 26).SetName("Insinuations");
    }

    private static readonly RulesOnlyAnalyzer Analyzer = new();

    private sealed class RulesOnlyAnalyzer
    {
        private readonly FramingAnalyzer _analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
        public bool Alleges(string text) => _analyzer.Analyze(text).Sentences.Any(s => s.Tags.Has(FramingTag.Allegation));
    }

    private static List<Probe> Read(string file)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return File.ReadLines(Framing.Tests.Support.Repo.Data(file)).Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<Probe>(l, options)!).ToList();
    }

    [TestCaseSource(nameof(Files))]
    public void InnocentUsesRarelyFireAndChargesDo(string file, int innocentCount, int maxInnocentFired, int chargeCount, int minChargesFound)
    {
        var probes = Read(file);
        var innocent = probes.Where(p => p.Expected == "none").ToList();
        var charges = probes.Where(p => p.Expected == "allegation").ToList();
        Assert.That(innocent, Has.Count.EqualTo(innocentCount));
        Assert.That(charges, Has.Count.EqualTo(chargeCount));
        var fired = innocent.Where(p => Analyzer.Alleges(p.Text)).Select(p => p.Text).ToList();
        var missed = charges.Where(p => !Analyzer.Alleges(p.Text)).Select(p => p.Text).ToList();
        TestContext.Out.WriteLine($"{fired.Count} of {innocent.Count} innocent uses tagged:\n  " + string.Join("\n  ", fired));
        TestContext.Out.WriteLine($"{missed.Count} of {charges.Count} charges missed:\n  " + string.Join("\n  ", missed));
        Assert.That(fired.Count, Is.LessThanOrEqualTo(maxInnocentFired), "innocent uses tagged allegation");
        Assert.That(charges.Count - missed.Count, Is.GreaterThanOrEqualTo(minChargesFound), "charges found");
    }
}
