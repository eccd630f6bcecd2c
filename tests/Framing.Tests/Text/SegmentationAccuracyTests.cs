using System.Text.Json;
using Framing.Tests.Support;
using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>Sentence segmentation on a labelled set of project-written tricky paragraphs (Data/segmentation.jsonl).</summary>
public class SegmentationAccuracyTests
{
    [Test]
    public void SegmentsTrickyParagraphs()
    {
        int total = 0, exact = 0, goldBoundaries = 0, foundBoundaries = 0, correctBoundaries = 0;
        var failures = new List<string>();
        foreach (var line in File.ReadLines(Repo.Data("segmentation.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()!;
            var gold = json.RootElement.GetProperty("sentences").EnumerateArray().Select(e => e.GetString()!).ToArray();
            var got = Document.Parse(text).Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();
            total++;
            if (got.SequenceEqual(gold)) exact++; else failures.Add(string.Join(" | ", got));
            var g = Ends(gold); var p = Ends(got);
            goldBoundaries += g.Count; foundBoundaries += p.Count; correctBoundaries += g.Intersect(p).Count();
        }
        double accuracy = (double)exact / total;
        double f1 = 2.0 * correctBoundaries / (goldBoundaries + foundBoundaries);
        TestContext.Out.WriteLine($"segmentation: {exact}/{total} paragraphs exact ({accuracy:P1}); boundary F1 {f1:0.000}");
        foreach (var f in failures) TestContext.Out.WriteLine("  wrong: " + f);
        Assert.That(accuracy, Is.GreaterThanOrEqualTo(0.9));
    }

    private static HashSet<int> Ends(string[] sentences)
    {
        var set = new HashSet<int>();
        int pos = 0;
        foreach (var s in sentences) { pos += s.Length; set.Add(pos); pos++; }
        return set;
    }
}
