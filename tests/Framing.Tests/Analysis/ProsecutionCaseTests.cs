using Framing.Analysis;

namespace Framing.Tests.Analysis;

/// <summary>
/// The prosecution's case at a trial is an allegation (taxonomy: a charge not established as fact), carried to the
/// prosecutor's later sentences by surname and pronoun; the defence, witnesses' own accounts, a prosecutor after the
/// verdict and prosecutors outside a trial are not. Project-written passages.
/// </summary>
public class ProsecutionCaseTests
{
    private const string CaseSource = "attribution:prosecution-case";

    private static readonly FramingAnalyzer Analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });

    private const string Trial = """
        Builder took £90,000 in deposits for extensions he never started, jury told

        A builder who advertised on village noticeboards took deposits from 23 households and never laid a brick, a jury at Truro Crown Court has heard.
        Kevin Trask, 49, of Penryn, denies 23 counts of fraud.
        Opening the case, prosecutor Lowenna Pascoe said Trask had moved each deposit into an online betting account within days.
        Ms Pascoe told jurors that he kept taking bookings after his van had been repossessed.
        She said he had sent several customers photographs of another firm's work.
        Retired teacher Morwenna Hext, 71, said she paid Trask £6,000 in March and never saw him again.
        Defending, Gideon Rowe said his client had been overwhelmed by debt and had always meant to finish the work.
        The trial continues.
        """;

    [Test]
    public void AProsecutorStatingTheCaseIsAnAllegationInEverySentenceTheyAreNamedOrReferredToIn()
    {
        var sentences = Analyzer.Analyze(Trial).Sentences;
        foreach (var start in new[] { "Opening the case", "Ms Pascoe told jurors", "She said he had sent" })
        {
            var s = sentences.Single(x => x.Text.StartsWith(start, StringComparison.Ordinal));
            Assert.That(s.Tags.Has(FramingTag.Allegation), Is.True, s.Text);
            Assert.That(s[FramingTag.Allegation].Evidence.Select(e => e.Source), Does.Contain(CaseSource), s.Text);
        }
    }

    [Test]
    public void TheDefenceAndAWitnessGiveNoProsecutionCaseEvidence()
    {
        var sentences = Analyzer.Analyze(Trial).Sentences;
        foreach (var start in new[] { "Defending, Gideon Rowe", "Retired teacher Morwenna Hext" })
        {
            var s = sentences.Single(x => x.Text.StartsWith(start, StringComparison.Ordinal));
            Assert.That(s[FramingTag.Allegation].Evidence.Select(e => e.Source), Does.Not.Contain(CaseSource), s.Text);
            Assert.That(s.Tags.Has(FramingTag.Allegation), Is.False, s.Text);
        }
    }

    [TestCase("A builder who advertised on village noticeboards took deposits from 23 households and never laid a brick, a jury at Truro Crown Court has heard.")]
    [TestCase("Kevin Trask, 49, of Penryn, denies 23 counts of fraud.")]
    public void TheCourtHearingAndADeniedNamedOffenceStateTheCharge(string text) =>
        Assert.That(Analyzer.Analyze(Trial).Sentences.Single(s => s.Text == text).Tags.Has(FramingTag.Allegation), Is.True);

    [Test]
    public void AProsecutorAfterTheVerdictOrOutsideATrialStatesNoCase()
    {
        const string verdict = """
            Builder jailed over deposits

            Kevin Trask was convicted on Friday after a four-week trial at Truro Crown Court.
            Speaking outside court, prosecutor Lowenna Pascoe said the verdict showed the jury had seen through his excuses.
            """;
        const string inquiry = """
            Prosecutors open inquiry into bridge collapse

            Prosecutors in the port city said they had opened an investigation and seized the contractor's inspection logs.
            """;
        foreach (var (text, start) in new[] { (verdict, "Speaking outside court"), (inquiry, "Prosecutors in the port city") })
        {
            var s = Analyzer.Analyze(text).Sentences.Single(x => x.Text.StartsWith(start, StringComparison.Ordinal));
            Assert.That(s[FramingTag.Allegation].Evidence.Select(e => e.Source), Does.Not.Contain(CaseSource), s.Text);
        }
    }
}
