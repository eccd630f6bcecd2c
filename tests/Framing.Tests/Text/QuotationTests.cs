using Framing.Text;

namespace Framing.Tests.Text;

public class QuotationTests
{
    private static string[] Quotes(string text) =>
        Document.Parse(text).Quotations.Select(q => text.Substring(q.Span.Start, q.Span.Length)).ToArray();

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(50)]
    public void QuotationsComeOutInStartOrderHoweverDeeplyTheyNest(int depth)
    {
        // Each group is an outer quotation found after the `depth` ones closed inside it, as the scanner finds them;
        // then the whole list reversed, which runs past the insertion budget and takes the full sort.
        var rng = new Random(depth + 1);
        var found = new List<Quotation>();
        int at = 0;
        for (int g = 0; g < 400; g++)
        {
            int outer = at, inner = Math.Min(depth, rng.Next(depth + 1));
            for (int k = 0; k < inner; k++) found.Add(new Quotation(new TextSpan(outer + 1 + 2 * k, 2), g, false, true));
            found.Add(new Quotation(new TextSpan(outer, 2 * inner + 2), g, true, true));
            at += 2 * inner + 3;
        }
        var expected = found.OrderBy(q => q.Span.Start).ToArray();
        var sorted = found.ToArray();
        QuotationScanner.SortByStart(sorted);
        Assert.That(sorted, Is.EqualTo(expected));
        var reversed = expected.Reverse().ToArray();
        QuotationScanner.SortByStart(reversed);
        Assert.That(reversed, Is.EqualTo(expected));
    }

    [Test]
    public void FindsStraightAndCurlyDoubleQuotes()
    {
        Assert.That(Quotes("He said \"no\" and she said “yes”."), Is.EqualTo(new[] { "\"no\"", "“yes”" }));
    }

    [TestCase("He spoke on BBC Radio 4's Today programme.", "4's")]
    [TestCase("She was on Channel 5’s news.", "5’s")]
    public void APossessiveAfterANumberStaysWithIt(string text, string token)
    {
        // A lone apostrophe token would be a quotation mark to the speaker stage, which stops a speaker phrase at one.
        var doc = Document.Parse(text);
        Assert.That(doc.Tokens.Any(t => t.Kind == TokenKind.Quote), Is.False, text);
        Assert.That(doc.Tokens.Select(t => text.Substring(t.Span.Start, t.Span.Length)), Does.Contain(token), text);
    }

    [Test]
    public void ApostrophesAreNotQuotes()
    {
        Assert.That(Quotes("I'm sure Palmyra's ruins from the '90s aren't lost, the students' union said."), Is.Empty);
    }

    [Test]
    public void SingleQuotedInnerQuoteIsFound()
    {
        var q = Quotes("\"He told me 'run', so I ran,\" she said.");
        Assert.That(q, Does.Contain("'run'"));
        Assert.That(q, Does.Contain("\"He told me 'run', so I ran,\""));
    }

    [Test]
    public void BritishSingleQuoteOpeningASentenceRunsOnIntoTheNextParagraph()
    {
        // Tabloid style: single quotes, a quote opened mid-paragraph left open, continued by a paragraph opening with '.
        var text = "'No,' she told a radio host. 'I said sorry at the time.\n\n'Most of the state sided with me.'\n\nThe hearing resumes on Monday.";
        var doc = Document.Parse(text);
        var quotes = doc.Quotations.Select(q => text.Substring(q.Span.Start, q.Span.Length)).ToArray();
        Assert.That(quotes, Is.EqualTo(new[] { "'No,'", "'I said sorry at the time.", "'Most of the state sided with me.'" }));
        Assert.That(doc.Quotations[2].Chain, Is.EqualTo(doc.Quotations[1].Chain), "the next paragraph continues the open quote");
        Assert.That(doc.Quotations[1].Chain, Is.Not.EqualTo(doc.Quotations[0].Chain));
        Assert.That(Quotes("The students' union and the teachers' union met. 'Nothing was agreed,' a steward said."), Is.EqualTo(new[] { "'Nothing was agreed,'" }));
    }

    [Test]
    public void TwoApostrophesCloseADoubleQuote()
    {
        // Typed on a plain keyboard: a straight double mark opened, two apostrophes closing it (blind real news).
        var text = "\"She said 'the office would like to talk to you','' Mr Anderson said. Nobody else spoke.";
        var quotes = Quotes(text);
        Assert.That(quotes, Does.Contain("\"She said 'the office would like to talk to you',''"));
        Assert.That(quotes, Does.Contain("'the office would like to talk to you'"));
        var doc = Document.Parse(text);
        int said = text.IndexOf("Anderson", StringComparison.Ordinal);
        Assert.That(doc.Quotations.Any(q => q.Span.Start <= said && said < q.Span.End), Is.False, "the speaker's words stay outside the quote");
        // With no double quote open, two apostrophes close nothing: "rock ''n'' roll" makes no double quotation.
        Assert.That(Document.Parse("They played rock ''n'' roll all night.").Quotations.Any(q => q.IsDouble), Is.False);
    }

    [Test]
    public void QuotationRunningOverParagraphsIsChained()
    {
        var text = "\"We were ready for the flood.\n\n\"Nobody came to help us.\"\n\nThe mayor declined to comment.";
        var doc = Document.Parse(text);
        Assert.That(doc.Quotations, Has.Count.EqualTo(2));
        Assert.That(doc.Quotations[0].IsClosed, Is.False);
        Assert.That(doc.Quotations[1].Chain, Is.EqualTo(doc.Quotations[0].Chain));
    }

    [Test]
    public void UnclosedQuoteNeverSwallowsTheNextParagraph()
    {
        var text = "He said \"this will never end.\n\nThe council met on Friday. It voted to close the library.";
        var doc = Document.Parse(text);
        Assert.That(doc.Quotations, Has.Count.EqualTo(1));
        Assert.That(doc.Quotations[0].Span.End, Is.LessThanOrEqualTo(text.IndexOf("\n\n", StringComparison.Ordinal)));
        Assert.That(doc.Sentences, Has.Count.EqualTo(3));
    }

    [Test]
    public void QuotationsComeInStartOrderAndInsideQuoteMarksNestedWordsOnly()
    {
        // The inner single quote closes before the outer double one: it is found first but must be listed second.
        var text = "Okafor said: \"They told us 'stay home' and left,\" and then she walked out.";
        var doc = Document.Parse(text);
        Assert.That(doc.Quotations.Select(q => q.Span.Start), Is.Ordered);
        var inside = Framing.Rules.CompiledRules.InsideQuote(doc);
        var quoted = doc.Tokens.Where((t, i) => inside[i]).Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToArray();
        Assert.That(string.Join(" ", quoted), Does.StartWith("They told us").And.Contain("stay home").And.Contain("left"));
        Assert.That(quoted, Does.Not.Contain("walked").And.Not.Contain("Okafor"));
    }

    [Test]
    public void LongArticleKeepsEveryTokenAndQuotation()
    {
        // 4,000 paragraphs grow the pooled token and quotation buffers many times over.
        var paragraph = "The mayor said \"we will rebuild the bridge\" on Monday, and residents called it 'overdue'.";
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 4000));
        var one = Document.Parse(paragraph);
        var doc = Document.Parse(text);
        Assert.That(doc.Tokens.Count, Is.EqualTo(one.Tokens.Count * 4000));
        Assert.That(doc.Quotations.Count, Is.EqualTo(one.Quotations.Count * 4000));
        Assert.That(doc.Tokens.Select(t => t.Span.Start), Is.Ordered.And.Unique);
        var inside = Framing.Rules.CompiledRules.InsideQuote(doc);
        Assert.That(inside.Count(b => b), Is.EqualTo(Framing.Rules.CompiledRules.InsideQuote(one).Count(b => b) * 4000));
    }
}
