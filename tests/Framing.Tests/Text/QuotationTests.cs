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
