using Framing.Rules;

namespace Framing.Tests.Rules;

/// <summary>Every match / no_match example written in the shipped rule files, one test case each.</summary>
public class ShippedRuleExampleTests
{
    private static readonly Lazy<IReadOnlyList<RuleExampleResult>> Results = new(() => RuleExampleRunner.Run(RuleSet.Default));

    public static IEnumerable<TestCaseData> Examples() =>
        Results.Value.Select((r, i) => new TestCaseData(i).SetName(r.Name.Replace('.', '_')));

    [TestCaseSource(nameof(Examples))]
    public void ExampleHolds(int index)
    {
        var r = Results.Value[index];
        Assert.That(r.Passed, Is.True, r.ToString());
    }

    [Test]
    public void ShippedRulesAreSubstantial()
    {
        var rules = RuleSet.Default.Rules;
        int Phrases(Signal s) => rules.Where(r => r.Signal == s).Sum(r => r.Phrases.Count);
        Assert.That(Phrases(Signal.Hedge), Is.GreaterThanOrEqualTo(300));
        Assert.That(Phrases(Signal.Allegation), Is.GreaterThanOrEqualTo(150));
        Assert.That(Phrases(Signal.OfficialSource), Is.GreaterThanOrEqualTo(300));
        Assert.That(Phrases(Signal.MediaOutlet), Is.GreaterThanOrEqualTo(80));
    }
}
