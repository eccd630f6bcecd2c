using Framing.Analysis;
using Framing.Evaluation;
using Framing.Tests.Support;

namespace Framing.Tests.Analysis;

/// <summary>One analyzer shared by many threads gives exactly the results of sequential use.</summary>
public class ThreadSafetyTests
{
    private static readonly Lazy<IReadOnlyList<string>> Articles = new(() =>
        LabeledDataReader.ReadArticles(Repo.Path_("corpus", "train.jsonl")).Select(a => a.Document.Text).ToList());

    private static string Fingerprint(ArticleAnalysis a) =>
        string.Join("|", a.Sentences.Select(s => $"{s.Span.Start}:{(int)s.Tags}:{s.Attribution?.Speaker.Name}:{string.Join(",", s.Decisions.Select(d => d.Score.ToString("R")))}"));

    private static void SameUnderThreads(FramingAnalyzer analyzer, int threads, int perThread)
    {
        var texts = Articles.Value;
        var expected = texts.Select(t => Fingerprint(analyzer.Analyze(t))).ToArray();
        var failures = 0;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, th =>
        {
            for (int k = 0; k < perThread; k++)
            {
                int i = (th * 7919 + k * 31) % texts.Count;
                if (Fingerprint(analyzer.Analyze(texts[i])) != expected[i]) Interlocked.Increment(ref failures);
            }
        });
        Assert.That(failures, Is.Zero);
    }

    [Test]
    public void RulesOnlyEightThreadsTimesAThousandArticles() =>
        SameUnderThreads(FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true }), 8, 1000);

    [Test]
    public void WithTheModelEightThreads() => SameUnderThreads(FramingAnalyzer.CreateDefault(), 8, 40);

    [Test]
    public void AnalyzeManyStreamsInOrder()
    {
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
        var texts = Articles.Value.Take(30).ToList();
        var many = analyzer.AnalyzeMany(texts).Select(Fingerprint).ToList();
        Assert.That(many, Is.EqualTo(texts.Select(t => Fingerprint(analyzer.Analyze(t)))));
    }
}
