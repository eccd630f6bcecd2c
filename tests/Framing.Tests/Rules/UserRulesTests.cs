using Framing.Analysis;
using Framing.Rules;

namespace Framing.Tests.Rules;

/// <summary>A user's rule folder replaces or extends the embedded rules.</summary>
public class UserRulesTests
{
    private const string Custom = "rules:\n  - id: custom.rumour-mill\n    signals: hedge\n    weight: 0.9\n    phrases: [\"the rumour mill\"]\n";

    [Test]
    public void ExtendingAddsRulesAndKeepsTheDefaults()
    {
        var dir = Directory.CreateTempSubdirectory("framing-user-rules-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "custom.yaml"), Custom);
            var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesDirectory = dir.FullName, ExtendDefaultRules = true, RulesOnly = true });
            Assert.That(analyzer.Rules.Rules.Count, Is.EqualTo(RuleSet.Default.Rules.Count + 1));
            var s = analyzer.Analyze("According to the rumour mill, the coach will go. The minister said the plan may fail.").Sentences;
            Assert.That(s[0][FramingTag.Hedge].Evidence.Select(e => e.Source), Does.Contain("custom.rumour-mill"));
            Assert.That(s[1].Tags.Has(FramingTag.OfficialStatement), Is.True, "default rules still apply");
            Assert.That(analyzer.Rules.Hash, Is.Not.EqualTo(RuleSet.Default.Hash));
        }
        finally { dir.Delete(true); }
    }

    [Test]
    public void ReplacingUsesOnlyTheFolderAndAFileWithADefaultNameReplacesIt()
    {
        var dir = Directory.CreateTempSubdirectory("framing-user-rules-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "hedge.yaml"), Custom);
            var only = RuleSet.Load(dir.FullName);
            Assert.That(only.Rules.Select(r => r.Id), Is.EqualTo(new[] { "custom.rumour-mill" }));
            var extended = RuleSet.Load(dir.FullName, extendDefaults: true);
            Assert.That(extended.Rules.Any(r => r.Id.StartsWith("hedge.", StringComparison.Ordinal)), Is.False, "the user's hedge.yaml replaced the default one");
            Assert.That(extended.Rules.Any(r => r.Id.StartsWith("allegation.", StringComparison.Ordinal)), Is.True);
        }
        finally { dir.Delete(true); }
    }

    [Test]
    public void MissingOrEmptyFolderIsAClearError()
    {
        var e = Assert.Throws<RuleSetException>(() => RuleSet.Load("/no/such/folder"))!;
        Assert.That(e.Diagnostics[0].Code, Is.EqualTo("FR0001"));
        var dir = Directory.CreateTempSubdirectory("framing-user-rules-");
        try { Assert.That(Assert.Throws<RuleSetException>(() => RuleSet.Load(dir.FullName))!.Diagnostics[0].Message, Does.Contain("no *.yaml")); }
        finally { dir.Delete(true); }
    }
}
