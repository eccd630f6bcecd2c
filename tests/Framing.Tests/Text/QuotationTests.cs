using Framing.Text;

namespace Framing.Tests.Text;

public class QuotationTests
{
    private static string[] Quotes(string text) =>
        Document.Parse(text).Quotations.Select(q => text.Substring(q.Span.Start, q.Span.Length)).ToArray();

    [Test]
    public void FindsStraightAndCurlyDoubleQuotes()
    {
        Assert.That(Quotes("He said \"no\" and she said “yes”."), Is.EqualTo(new[] { "\"no\"", "“yes”" }));
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
}
