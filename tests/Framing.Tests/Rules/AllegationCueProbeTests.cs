using System.Text.Json;
using Framing.Analysis;

namespace Framing.Tests.Rules;

/// <summary>
/// The allegation cue families against 90 project-written sentences that use their words both innocently ("claimed the
/// bronze medal", "evidence suggesting two soil bacteria were linked to higher yields", "if that is not dedication, I
/// don't know what is", "a crisis drill") and as real charges (Data/allegation-cue-probe.jsonl, written for this test;
/// the families were tightened against it, so it is a development set and guards against regressions). A cue family
/// that fires on its innocent senses makes false allegations in real news, where those senses are common.
/// </summary>
public class AllegationCueProbeTests
{
    private sealed record Probe(string Text, string Expected, int Group);

    private static readonly Lazy<List<(Probe Probe, bool Tagged)>> Results = new(() =>
    {
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return File.ReadLines(Framing.Tests.Support.Repo.Data("allegation-cue-probe.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<Probe>(l, options)!)
            .Select(p => (p, analyzer.Analyze(p.Text).Sentences.Any(s => s.Tags.Has(FramingTag.Allegation))))
            .ToList();
    });

    [Test]
    public void InnocentUsesRarelyFire()
    {
        var innocent = Results.Value.Where(r => r.Probe.Expected == "none").ToList();
        var fired = innocent.Where(r => r.Tagged).Select(r => r.Probe.Text).ToList();
        TestContext.Out.WriteLine($"{fired.Count} of {innocent.Count} innocent uses tagged allegation:\n" + string.Join("\n", fired));
        Assert.That(innocent, Has.Count.EqualTo(60));
        Assert.That(fired.Count, Is.LessThanOrEqualTo(9), "at most 15% of innocent uses may fire");
    }

    [Test]
    public void RealChargesFire()
    {
        var charges = Results.Value.Where(r => r.Probe.Expected == "allegation").ToList();
        var missed = charges.Where(r => !r.Tagged).Select(r => r.Probe.Text).ToList();
        TestContext.Out.WriteLine($"{missed.Count} of {charges.Count} charges missed:\n" + string.Join("\n", missed));
        Assert.That(charges, Has.Count.EqualTo(30));
        Assert.That(missed.Count, Is.LessThanOrEqualTo(6), "at least 80% of the charges must fire");
    }

    [Test]
    public void EveryCueGroupHasInnocentAndChargedUses()
    {
        foreach (var g in Results.Value.GroupBy(r => r.Probe.Group))
        {
            Assert.That(g.Count(r => r.Probe.Expected == "none"), Is.GreaterThanOrEqualTo(4), $"group {g.Key}");
            Assert.That(g.Count(r => r.Probe.Expected == "allegation"), Is.GreaterThanOrEqualTo(3), $"group {g.Key}");
        }
    }
}
