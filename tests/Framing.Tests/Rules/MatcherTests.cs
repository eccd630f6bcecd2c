using Framing.Rules;
using Framing.Text;

namespace Framing.Tests.Rules;

/// <summary>The phrase syntax and context conditions, on small rule sets.</summary>
public class MatcherTests
{
    private static string[] Matches(string yaml, string text, string? id = null)
    {
        var rules = new CompiledRules(RuleSet.FromYaml([new("t.yaml", yaml)]));
        var doc = Document.Parse(text);
        return rules.Match(doc).Where(m => id is null || m.Rule.Id == id).Select(m => text.Substring(m.Span.Start, m.Span.Length)).ToArray();
    }

    private const string Header = "rules:\n  - id: r\n    signals: hedge\n";

    [TestCase(3)]
    [TestCase(130)]
    public void ASentenceOfManyMatchesKeepsThemInOrderWithTheirExceptions(int repeats)
    {
        // Above 256 matches in a sentence, matches are ordered by counting instead of by comparison: the same result,
        // in reading order, each phrase at its longest, each exception honoured. (130 repeats: 390 matches in 4,556
        // characters, one sentence below SentenceSplitter.MaxSentenceLength.)
        const string yaml = "rules:\n  - id: a\n    signals: allegation\n    phrases: [accused, 'accused them']\n    except: ['accused nobody']\n" +
                            "  - id: b\n    signals: hedge\n    phrases: [them, nobody]\n";
        var text = string.Concat(Enumerable.Repeat("he accused them and accused nobody ", repeats)) + "today.";
        var expected = Enumerable.Range(0, repeats).SelectMany(_ => new[] { "accused them", "them", "nobody" });
        Assert.That(Matches(yaml, text), Is.EqualTo(expected));
    }

    [Test]
    public void AHedgeWordCapitalisedInsideASentenceIsAName()
    {
        // "Brian May", "May Gurney" and the month after "and" are names; the modal and a sentence-opening "Maybe" are cues.
        var yaml = Header + "    phrases: [may, maybe]\n";
        const string text = "It may rain later, and Brian May played on. The subcontractor, May Gurney, was fined between February and May. "
                          + "Maybe the firm will appeal.";
        Assert.That(Matches(yaml, text), Is.EqualTo(new[] { "may", "Maybe" }));
    }

    [Test]
    public void InflectionsWithoutListingForms()
    {
        var yaml = Header + "    phrases: [say~, accusation~, deny~, stop~]\n";
        Assert.That(Matches(yaml, "She says, he said, they are saying; accusations were denied and denies it; it stopped."),
            Is.EqualTo(new[] { "says", "said", "saying", "accusations", "denied", "denies", "stopped" }));
    }

    [Test]
    public void GroupsOptionalTokensAndGaps()
    {
        var yaml = Header + "    phrases: ['appear(s|ed) to', 'independently? verified', 'according to ... accounts']\n";
        Assert.That(Matches(yaml, "It appears to work. It appeared to fail. It was verified. It was independently verified. According to several local accounts, it fell."),
            Is.EqualTo(new[] { "appears to", "appeared to", "verified", "independently verified", "According to several local accounts" }));
    }

    [Test]
    public void AGapFindsItsWordAtAnyDistanceWithinTheGapAndGoesOnFromTheFirstThatCompletesThePhrase()
    {
        // Alternatives that start with a gap are looked up by the word after it. In "Nobody knew why, or knew the
        // truth" the first "knew" cannot reach "truth" within its gap, so the phrase goes on from the second.
        var yaml = Header + "    phrases: ['nobody ...2 believes', 'nobody ... knew ... truth', 'nobody ...1 conspir*', 'nobody ...3 knew that']\n";
        Assert.That(Matches(yaml, "Nobody really believes it. Nobody in the village believes it. Nobody knew why, or knew the truth. Nobody ever conspired."),
            Is.EqualTo(new[] { "Nobody really believes", "Nobody knew why, or knew the truth", "Nobody ever conspired" }));
    }

    [Test]
    public void APrefixPatternStillMatchesWordsThatAlsoStartAnExactPhrase()
    {
        // "estimated" is both an exact key (rule a) and under the prefix estimat* (rule b): each rule must match it.
        const string yaml = "rules:\n  - id: a\n    signals: attribution_verb\n    phrases: [estimated, \"estimated that the\"]\n" +
                            "  - id: b\n    signals: hedge\n    phrases: ['estimat*', 'conspir* to']\n";
        const string text = "Analysts estimated that the cost rose. An estimate followed. They conspired to hide it.";
        Assert.That(Matches(yaml, text, "a"), Is.EqualTo(new[] { "estimated that the" }));
        Assert.That(Matches(yaml, text, "b"), Is.EqualTo(new[] { "estimated", "estimate", "conspired to" }));
    }

    [Test]
    public void NumberKeyMatchesAnyNumberToken()
    {
        // "#num" stands for a number token, alone or in a group; a word that merely looks like a number does not count.
        var yaml = Header + "    phrases: ['on #num may', '(#num|several) people']\n";
        Assert.That(Matches(yaml, "It reopens on 9 May, not on Friday May. About 40 people came; several people left; many people stayed; nine people waited."),
            Is.EqualTo(new[] { "on 9 May", "40 people", "several people" }));
    }

    [Test]
    public void InflectionMarkOnOneAlternativeOfAGroup()
    {
        // "(hoping|hope~|hoped)": the "~" inflects its own alternative (it once made a two-token "hope ~" that never matched).
        var yaml = Header + "    phrases: ['(hoping|hope~) nobody notices']\n";
        Assert.That(Matches(yaml, "He hopes nobody notices. They hope nobody notices. She was hoping nobody notices. We hoped nobody notices."),
            Is.EqualTo(new[] { "hopes nobody notices", "hope nobody notices", "hoping nobody notices", "hoped nobody notices" }));
    }

    [Test]
    public void CaseAndTypographicQuotesAreNormalised()
    {
        var yaml = Header + "    phrases: [\"i hope i'm wrong\"]\n";
        Assert.That(Matches(yaml, "“I hope I’m wrong,” he said."), Is.EqualTo(new[] { "I hope I’m wrong" }));
    }

    [Test]
    public void APhraseStepsOverScareQuotesInsideItButNotOverOtherTokens()
    {
        // A quotation mark inside a phrase ("a "total falsification" of the vote") is stepped over; a phrase that names the
        // mark itself still needs it; a word in the mark's place breaks the phrase as before.
        const string yaml = "rules:\n  - id: a\n    signals: allegation\n    phrases: ['falsification of', 'blood on its hands']\n" +
                            "  - id: b\n    signals: hedge\n    phrases: ['too early to say', 'chance \"? that']\n";
        const string text = "He denounced the \"blatant falsification\" of the count. She said it had \"blood on its hands.\" "
                          + "It was \"too early\" to say. A falsification, of sorts. There is a \"chance\" that it holds.";
        Assert.That(Matches(yaml, text, "a"), Is.EqualTo(new[] { "falsification\" of", "blood on its hands" }));
        Assert.That(Matches(yaml, text, "b"), Is.EqualTo(new[] { "too early\" to say", "chance\" that" }));
    }

    [Test]
    public void NegatedConditionExcludesDidNotAccuse()
    {
        var yaml = "rules:\n  - id: neg\n    signals: negation\n    phrases: [not, never]\n  - id: acc\n    signals: allegation\n    phrases: [accuse~]\n    when: {negated: false}\n";
        Assert.That(Matches(yaml, "He did not accuse anyone. She accused the mayor. They didn't accuse him.", "acc"), Is.EqualTo(new[] { "accused" }));
    }

    [Test]
    public void QuoteConditionInsideAndOutside()
    {
        var yaml = "rules:\n  - id: in\n    signals: hedge\n    phrases: [may]\n    when: {quote: inside}\n  - id: out\n    signals: hedge\n    phrases: [may]\n    when: {quote: outside}\n";
        var rules = new CompiledRules(RuleSet.FromYaml([new("t.yaml", yaml)]));
        var text = "\"It may rain,\" she said, and it may.";
        var ms = rules.Match(Document.Parse(text));
        Assert.That(ms.Select(m => (m.Rule.Id, m.Span.Start)), Is.EqualTo(new[] { ("in", text.IndexOf("may", StringComparison.Ordinal)), ("out", text.LastIndexOf("may", StringComparison.Ordinal)) }));
    }

    [Test]
    public void NearConditionNeedsTheOtherCueKind()
    {
        var yaml = "rules:\n  - id: src\n    signals: official_source\n    phrases: [minister]\n  - id: warn\n    signals: hedge\n    phrases: [warned]\n    when: {near: [{kind: official_source, within: 3}]}\n";
        Assert.That(Matches(yaml, "The minister warned of delays. Much later in a long sentence the crowd warned us.", "warn"), Is.EqualTo(new[] { "warned" }));
    }

    [Test]
    public void ExceptionCancelsAnOverlappingMatch()
    {
        var yaml = Header + "    phrases: [could]\n    except: ['could help']\n";
        Assert.That(Matches(yaml, "It could help patients. It could rain."), Has.Length.EqualTo(1));
    }

    [Test]
    public void OverlappingMatchesOfDifferentRulesAreAllKept()
    {
        var yaml = "rules:\n  - id: a\n    signals: hedge\n    phrases: ['according to several accounts']\n  - id: b\n    signals: attribution_verb\n    phrases: ['according to']\n";
        Assert.That(Matches(yaml, "According to several accounts, it fell."), Is.EquivalentTo(new[] { "According to several accounts", "According to" }));
    }
}
