using Framing.Text;

namespace Framing.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        Document.Parse(text).Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();

    [TestCase("Mr. Smith went to Washington. He arrived on Monday.", 2)]
    [TestCase("Maj. Gen. Igor Konashenkov said the strike was precise. Nobody was hurt.", 2)]
    [TestCase("Several Democrats, including Sens. Ana Ruiz and Tom Hale, backed the bill. It passed on Friday.", 2)]
    [TestCase("The deal was signed on Dec. 8 in Geneva. Talks resume in March.", 2)]
    [TestCase("He lives at No. 10 Downing Street. The door is black.", 2)]
    [TestCase("St. Mary's church was damaged. Services moved to the hall.", 2)]
    [TestCase("The U.S. embassy was closed. Staff were sent home.", 2)]
    [TestCase("The coalition is U.S.-led and large. It has 60 members.", 2)]
    [TestCase("George W. Bush spoke first. J. K. Rowling spoke later.", 2)]
    [TestCase("This comes as national security adviser H.R. McMaster flew to Seoul. Talks resume on Monday.", 2)]
    [TestCase("Growth slowed to 3.5% in the quarter. Inflation rose to 2.1 percent.", 2)]
    [TestCase("Tickets cost £1,400 each. Only 12 were sold.", 2)]
    [TestCase("They waited... and waited. Nobody came.", 2)]
    [TestCase("It was over… The crowd left quietly.", 2)]
    [TestCase("\"We will make it stronger,\" he said. The vote is on Friday.", 2)]
    [TestCase("\"Is it over?\" she asked. Nobody answered.", 2)]
    [TestCase("\"Why now?\" Jones asked. Nobody answered.", 2)]
    [TestCase("\"We are done.\" Smith said on Monday. Nobody answered.", 2)]
    [TestCase("\"They will be held.\" Labour MP Ann Reed said she opposed the plans. Nobody answered.", 3)]
    [TestCase("\"They will be held.\" Ann Reed said that the plans were flawed. Nobody answered.", 3)]
    [TestCase("\"We were ready.\" Then the shelling began.", 2)]
    [TestCase("She said: \"We will cooperate fully.\" She added: \"Our staff acted in good faith.\"", 2)]
    [TestCase("\"I will gladly cooperate.\" The senator concluded: \"The truth matters more.\"", 2)]
    [TestCase("He said the city fell (at least in part). Officials denied it.", 2)]
    [TestCase("Shares in Acme Inc. rose 4%. The Acme Inc. board met later.", 2)]
    [TestCase("The meeting ended at 5 p.m. The report is due next week.", 2)]
    [TestCase("Palmyra — a UNESCO site — was retaken. Few were surprised.", 2)]
    [TestCase("\"It was hit in June. … I have no explanation,\" he said. Nobody answered.", 3)]
    [TestCase("\"Call us now. ... Someone knows who did this,\" the mayor said.", 2)]
    [TestCase("GREELEY, Colo. (AP) — A grain silo collapsed on Monday. No one was hurt.", 2)]
    [TestCase("The trucker, from Macon, Ga., told deputies he had not slept. He was cited.", 2)]
    [TestCase("A nurse from Yakima, Wash. Tuesday said the ward was full. It reopened later.", 2)]
    [TestCase("Two of the nurses had been ill. Doctors said the ward would reopen.", 2)]
    [TestCase("The choir sang at Mass. Parishioners stayed for tea.", 2)]
    public void SplitsNewsSentences(string text, int expected)
    {
        Assert.That(Split(text), Has.Length.EqualTo(expected), string.Join(" | ", Split(text)));
    }

    [Test]
    public void ARunWithoutASentenceEndIsCutAtSpacesBelowTheLimit()
    {
        // A list or hostile input: 56,000 characters with no terminator become sentences of at most MaxSentenceLength
        // characters, each cut at a space, together holding every word once and in order.
        string text = string.Concat(Enumerable.Repeat("the committee met again and ", 2_000));
        var parts = Split(text);
        Assert.That(parts.Length, Is.GreaterThanOrEqualTo(text.Length / SentenceSplitter.MaxSentenceLength));
        Assert.That(parts.All(p => p.Length <= SentenceSplitter.MaxSentenceLength), Is.True);
        Assert.That(parts[..^1].All(p => p.Length > SentenceSplitter.MaxSentenceLength - 40), Is.True, "cut at the last space before the limit");
        Assert.That(string.Join(" ", parts), Is.EqualTo(text.TrimEnd()));
        // A news sentence far longer than any in the corpus or real news (120 words) stays whole.
        string longSentence = string.Concat(Enumerable.Repeat("and the minister said the figures were wrong ", 60)).TrimEnd() + ".";
        Assert.That(Split(longSentence), Has.Length.EqualTo(1));
    }

    [Test]
    public void ARunWithNoSpaceIsCutAtTheLimitButNeverInsideACharacter()
    {
        // 12,000 characters without a space, a character outside the BMP (two UTF-16 units) straddling each limit.
        string text = string.Concat(Enumerable.Repeat("a\U0001F600", 4_000));
        var doc = Document.Parse(text);
        Assert.That(doc.Sentences.Count, Is.GreaterThan(1));
        foreach (var s in doc.Sentences)
        {
            Assert.That(s.Span.Length, Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength));
            Assert.That(char.IsLowSurrogate(text[s.Span.Start]), Is.False, $"a sentence starts inside a character at {s.Span.Start}");
        }
        Assert.That(doc.Sentences.Sum(s => s.Span.Length), Is.EqualTo(text.Length));
    }

    [Test]
    public void QuoteFollowedByAttributionIsOneSentence()
    {
        var s = Split("\"I hope I'm wrong,\" Lavrov added, however. The ministry declined to comment.");
        Assert.That(s[0], Is.EqualTo("\"I hope I'm wrong,\" Lavrov added, however."));
    }

    [Test]
    public void QuoteEndingInFullStopEndsTheSentence()
    {
        var s = Split("She said: \"We will not move.\" The police arrived an hour later.");
        Assert.That(s, Is.EqualTo(new[] { "She said: \"We will not move.\"", "The police arrived an hour later." }));
    }

    [Test]
    public void HeadlineWithoutStopIsItsOwnSentence()
    {
        var doc = Document.Parse("Islamic State Recaptures Palmyra\n\nThe group attacked on Saturday. Residents fled.");
        Assert.That(doc.Sentences, Has.Count.EqualTo(3));
        Assert.That(doc.Sentences[0].IsHeadline, Is.True);
        Assert.That(doc.Sentences[1].IsHeadline, Is.False);
    }

    [Test]
    public void BylineIsItsOwnSentence()
    {
        var s = Split("By Jane Okafor\nLAGOS (Reuters) - Flooding cut the city's main road on Tuesday. Traffic was diverted.");
        Assert.That(s[0], Is.EqualTo("By Jane Okafor"));
        Assert.That(s, Has.Length.EqualTo(3));
    }

    [Test]
    public void BracketedInsertionInsideAQuoteDoesNotSplit()
    {
        var s = Split("\"[Russian Foreign Minister Sergey] Lavrov said the fighters came from Mosul.\" The claim was disputed.");
        Assert.That(s, Has.Length.EqualTo(2));
        Assert.That(s[0], Does.StartWith("\"[Russian Foreign Minister Sergey] Lavrov"));
    }

    [Test]
    public void SpansPointIntoTheOriginalStringWithCrlfAndNbsp()
    {
        var text = "\uFEFFFirst line\u00A0here.\r\nSecond\u2009line. Third one!\r\n";
        var doc = Document.Parse(text);
        Assert.That(doc.Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)),
            Is.EqualTo(new[] { "First line\u00A0here.", "Second\u2009line.", "Third one!" }));
    }

    [Test]
    public void TokensCarryApostrophesAndHyphens()
    {
        var text = "I'm sure Palmyra's so-called 90s look isn't U.S.-led.";
        var doc = Document.Parse(text);
        var tokens = doc.Tokens.Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToArray();
        Assert.That(tokens, Is.EqualTo(new[] { "I'm", "sure", "Palmyra's", "so-called", "90s", "look", "isn't", "U.S.-led", "." }));
    }

    [Test]
    public void AnAmpersandBetweenCapitalsIsPartOfTheName()
    {
        var text = "AT&T and M&S rose; Smith & Wesson fell.";
        var tokens = Document.Parse(text).Tokens.Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToArray();
        Assert.That(tokens, Is.EqualTo(new[] { "AT&T", "and", "M&S", "rose", ";", "Smith", "&", "Wesson", "fell", "." }));
    }
}
