using Framing.Evaluation;
using Framing.Rules;

namespace Framing.Tests.Model;

/// <summary>Bad labeled data: an error naming the file, the line and what to fix.</summary>
public class LabeledDataTests
{
    private static FramingInputException Read(string content, string ext = ".jsonl")
    {
        var path = Path.Combine(Path.GetTempPath(), "framing-data-" + Guid.NewGuid().ToString("N") + ext);
        File.WriteAllText(path, content);
        try { return Assert.Throws<FramingInputException>(() => LabeledDataReader.ReadArticles(path))!; }
        finally { File.Delete(path); }
    }

    [TestCase("{\"article\":\"a\",\"text\":\"Fine.\",\"tags\":[]}\n{\"article\":\"a\",\"text\":\"Broken\",\"tags\":[}\n", "FR0409", 2)]
    [TestCase("{\"article\":\"a\",\"text\":\"Fine.\",\"tags\":[\"rumour\"]}\n", "FR0412", 1)]
    [TestCase("{\"article\":\"a\",\"text\":\"\",\"tags\":[]}\n", "FR0408", 1)]
    [TestCase("{\"article\":\"a\",\"text\":\"No tags key.\"}\n", "FR0410", 1)]
    [TestCase("{\"article\":\"a\",\"text\":\"x\",\"tags\":[],\"source_type\":\"pundit\"}\n", "FR0411", 1)]
    [TestCase("[1,2,3]\n", "FR0409", 1)]
    // A span offset written as a string once escaped as a System.Text.Json InvalidOperationException (found by fuzzing).
    [TestCase("{\"article\":\"a\",\"start\":0,\"end\":5,\"tags\":[]}\n{\"article\":\"a\",\"start\":7,\"end\":\"12\",\"tags\":[]}\n", "FR0406", 2)]
    [TestCase("", "FR0402", 0)]
    public void JsonlProblemsNameTheLine(string content, string code, int line)
    {
        var e = Read(content);
        Assert.That((e.Diagnostic.Code, e.Diagnostic.Line), Is.EqualTo((code, line)), e.Message);
    }

    [Test]
    public void AParagraphNumberWrittenAsTextIsIgnored()
    {
        var path = Path.Combine(Path.GetTempPath(), "framing-data-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, "{\"article\":\"a\",\"text\":\"The minister said so.\",\"tags\":[],\"para\":\"two\"}\n");
        try
        {
            var article = Framing.Evaluation.LabeledDataReader.ReadArticles(path).Single();
            Assert.That(article.Sentences.Single().Text, Is.EqualTo("The minister said so."));
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void TsvNeedsThreeColumns()
    {
        var e = Read("article\ttext\ttags\na1\tOnly two columns\n", ".tsv");
        Assert.That((e.Diagnostic.Code, e.Diagnostic.Line), Is.EqualTo(("FR0407", 2)));
    }

    [Test]
    public void TsvIsReadLikeJsonl()
    {
        var path = Path.Combine(Path.GetTempPath(), "framing-data-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, "article\ttext\ttags\na1\tThe minister said the plan may fail.\tofficial_statement,hedge\na1\tIt rained.\t\n");
        try
        {
            var articles = LabeledDataReader.ReadArticles(path);
            Assert.That(articles.Single().Sentences.Select(s => s.Tags.ToString()), Is.EqualTo(new[] { "Hedge, OfficialStatement", "None" }));
            Assert.That(articles.Single().Document.Sentences, Has.Count.EqualTo(2));
        }
        finally { File.Delete(path); }
    }
}
