using Framing.Analysis;
using Framing.Evaluation;
using Framing.Reporting;
using Framing.Tests.Support;
using Framing.Text;

namespace Framing.Tests.Analysis;

/// <summary>
/// <see cref="FramingAnalyzer.Analyze(string, System.Threading.CancellationToken)"/> rents its token array and its
/// per-token and per-sentence scratch arrays and gives them back after each article, and its sentences cut their text
/// on first read. None of that may change a result: a rented array is longer than the article and still holds the
/// previous article's values.
/// </summary>
public class PooledAnalysisTests
{
    private static readonly Lazy<IReadOnlyList<string>> Articles = new(() =>
        LabeledDataReader.ReadArticles(Repo.Path_("corpus", "dev.jsonl")).Select(a => a.Document.Text).ToList());

    private static string Json(ArticleAnalysis a)
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(stream, a, compact: true);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The articles longest first, each followed by the shortest left: every rented array holds a longer article's leftovers.</summary>
    private static IEnumerable<string> LongThenShort()
    {
        var bySize = Articles.Value.OrderByDescending(t => t.Length).ToList();
        for (int i = 0, j = bySize.Count - 1; i <= j; i++, j--)
        {
            yield return bySize[i];
            if (j > i) yield return bySize[j];
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public void RentedArraysGiveWhatFreshOnesGive(bool rulesOnly)
    {
        var analyzer = rulesOnly ? FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true }) : FramingAnalyzer.CreateDefault();
        int compared = 0, differ = 0;
        foreach (var text in LongThenShort())
        {
            var pooled = Json(analyzer.Analyze(text));
            var fresh = Json(analyzer.AnalyzeDocument(Document.Parse(text)));
            if (pooled != fresh) differ++;
            compared++;
        }
        Assert.That(compared, Is.GreaterThan(50));
        Assert.That(differ, Is.Zero, $"{differ} of {compared} articles analyzed differently with rented arrays");
    }

    [Test]
    public void ASentenceTextIsItsSpanOfTheArticleWhetherReadOrNot()
    {
        var text = "The minister said the figures were wrong.\nCritics allegedly hid the report, witnesses said.";
        var analysis = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true }).Analyze(text);
        var again = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true }).Analyze(text);
        // A copy given its text is equal to the sentence whose text has not been read yet: equality compares the
        // text's value either way.
        var unread = analysis.Sentences[0];
        var eager = unread with { Text = "The minister said the figures were wrong." };
        Assert.That(eager, Is.EqualTo(unread));
        Assert.That(eager.GetHashCode(), Is.EqualTo(unread.GetHashCode()));
        Assert.That(unread with { Text = "Something else." }, Is.Not.EqualTo(unread));
        Assert.That(analysis.Sentences.Select(s => s.Text), Is.EqualTo(new[]
        {
            "The minister said the figures were wrong.",
            "Critics allegedly hid the report, witnesses said.",
        }));
        Assert.That(again.Sentences[1].Text, Is.EqualTo(text[(text.IndexOf('\n') + 1)..]));
    }
}
