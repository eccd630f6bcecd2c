using Framing.Analysis;

namespace Framing.Tests.Analysis;

/// <summary>The profile's keyed shares and counts behave as read-only dictionaries keyed by tag and source-type names.</summary>
public class ProfileMapTests
{
    private const string Article = """
        Council accused of hiding flood report

        The opposition accused the council of hiding a flood report from residents.
        "We saw the water come over the wall at midnight," said Maria Lopez, who lives on Mill Lane.
        The mayor said the report would be published next week.
        """;

    [Test]
    public void SharesAndCountsAreKeyedByName()
    {
        var p = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true }).Analyze(Article).Profile;
        Assert.That(p.TagShares.Keys, Is.EqualTo(new[] { "allegation", "hedge", "official_statement", "eyewitness_report" }));
        Assert.That(p.TagShares["allegation"], Is.EqualTo(2.0 / p.SentenceCount).Within(1e-9));
        Assert.That(p.TagShares.TryGetValue("rumour", out _), Is.False);
        Assert.That(p.TagShares.ContainsKey("Allegation"), Is.False, "keys are ordinal");
        Assert.Throws<KeyNotFoundException>(() => _ = p.TagShares["rumour"]);
        Assert.That(p.SourcingShares.Values.Sum(), Is.EqualTo(1.0).Within(1e-9));
        Assert.That(p.SourcingShares["official"], Is.GreaterThan(0));
        var mayor = p.Sources.Single(s => s.Name.Contains("mayor", StringComparison.OrdinalIgnoreCase));
        Assert.That(mayor.TagCounts["official_statement"], Is.EqualTo(1));
        Assert.That(mayor.TagCounts.Count, Is.EqualTo(4));
        Assert.That(mayor.TagCounts.Where(kv => kv.Value > 0).Select(kv => kv.Key), Is.EqualTo(new[] { "official_statement" }));
        // Results are immutable: neither the shared key list nor a map's values can be cast back to an array and changed.
        Assert.That(p.TagShares.Keys, Is.Not.InstanceOf<string[]>());
        Assert.That(p.TagShares.Values, Is.Not.InstanceOf<double[]>());
        Assert.That(mayor.TagCounts.Values, Is.Not.InstanceOf<int[]>());
    }
}
