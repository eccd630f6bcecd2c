using Framing.Analysis;
using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>No input string makes the analyzer throw, and every span stays valid, ordered and in bounds.</summary>
public class RobustnessTests
{
    private static readonly FramingAnalyzer Analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
    private static readonly FramingAnalyzer WithModel = FramingAnalyzer.CreateDefault();

    /// <summary>Each input under a plain name: raw control characters and lone surrogates in test names break test reporting.</summary>
    private static IEnumerable<TestCaseData> HostileCases() =>
        HostileInputs().Select((text, i) => new TestCaseData(text).SetName($"NeverThrowsAndSpansAreValid(input {i:00}, {text.Length:N0} chars)"));

    private static IEnumerable<string> HostileInputs()
    {
        yield return "";
        yield return "   \r\n\r\n\t ";
        yield return "\"";
        yield return new string('"', 10_000);
        yield return string.Concat(Enumerable.Range(0, 100_000).Select(i => "“”\"'‘’"[i % 6] + (i % 7 == 0 ? "a " : ""))); // 100,000 mixed quotation marks
        yield return string.Concat(Enumerable.Repeat("word ", 2_000_000));         // 10 MB line without punctuation
        yield return string.Concat(Enumerable.Repeat("Ünïcödé-wörd ", 1000)) + new string('x', 100_000); // one 100,000-letter word
        yield return System.Text.Encoding.UTF8.GetString(RandomBytes(200_000));   // random bytes read as UTF-8
        yield return new string('(', 5000) + "text" + new string(')', 5000);
        yield return "\uD800 lone high surrogate \uDC00 lone low " + "\u202Eright-to-left\u202C عربي עברית 中文 русский";
        yield return string.Concat(Enumerable.Repeat("word ", 200_000));           // 1 MB line without punctuation
        yield return "Mr. Mr. Mr. U.S. U.S. ... … ?!?! \"'\"'\"' ’’’ “”“”";
        yield return "\0\u0001\u0002\u0007 control \u001b[31m chars \u0085 and \u2028 separators";
        var r = new Random(42);
        for (int i = 0; i < 50; i++)
        {
            var chars = new char[r.Next(1, 3000)];
            for (int j = 0; j < chars.Length; j++) chars[j] = (char)r.Next(0, 0x3000);
            yield return new string(chars);
        }
    }

    private static byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    [TestCaseSource(nameof(HostileCases))]
    public void NeverThrowsAndSpansAreValid(string text)
    {
        Check(text, Analyzer.Analyze(text));
        Check(text, WithModel.Analyze(text));
    }

    private static void Check(string text, ArticleAnalysis result)
    {
        int last = 0;
        foreach (var s in result.Sentences)
        {
            Assert.That(s.Span.Start, Is.GreaterThanOrEqualTo(last));
            Assert.That(s.Span.End, Is.LessThanOrEqualTo(text.Length));
            Assert.That(s.Span.Length, Is.GreaterThan(0));
            Assert.That(text.Substring(s.Span.Start, s.Span.Length), Is.EqualTo(s.Text));
            // Only whitespace lies between sentences.
            Assert.That(text[last..s.Span.Start].All(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF' || c == '\u200B'), Is.True);
            foreach (var d in s.Decisions)
                foreach (var e in d.Evidence)
                    Assert.That(e.Span.Start >= 0 && e.Span.End <= text.Length, Is.True);
            last = s.Span.End;
        }
        foreach (var q in result.Quotations) Assert.That(q.Span.Start >= 0 && q.Span.End <= text.Length && q.Span.Length > 0, Is.True);
    }

    [Test]
    public void SameInputGivesSameOutput()
    {
        var text = Support.Repo.SeedText;
        var a = Analyzer.Analyze(text);
        var b = Analyzer.Analyze(text);
        Assert.That(a.Sentences.Select(s => (s.Span, s.Tags)), Is.EqualTo(b.Sentences.Select(s => (s.Span, s.Tags))));
    }
}
