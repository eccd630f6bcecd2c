using CsCheck;
using Framing.Analysis;

namespace Framing.Tests.Text;

/// <summary>
/// Generated articles (CsCheck, with shrinking to the smallest failing input): news words and cue phrases mixed with
/// every kind of quotation mark, brackets, sentence ends, paragraph breaks, numbers, right-to-left text and direction
/// marks, combining marks, emoji, lone surrogates, control and zero-width characters. Whatever comes out, analysis
/// must not throw, and every span (sentence, evidence, cue, speaker, reporting cue, quotation) must be valid and in
/// order. A failure prints the seed that reproduces it.
/// </summary>
public class PropertyTests
{
    private static readonly FramingAnalyzer RulesOnly = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
    private static readonly FramingAnalyzer WithModel = FramingAnalyzer.CreateDefault();

    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.OneOf<string>("said", "told reporters", "according to", "accused", "allegedly", "may", "I saw", "we heard",
            "Minister", "Reuters", "the ministry", "Mr.", "U.S.", "she", "he", "it", "they", "witnesses",
            "so-called", "regime", "former", "who heads the", "in a statement", "a resident of the", "our correspondent saw"),
        Gen.OneOf<string>(" ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0"),
        Gen.OneOf<string>(".", "?", "!", ":", ";", ",", "…", "...", " — ", "-", "'s"),
        Gen.OneOf<string>("\"", "“", "”", "'", "‘", "’", "«", "»", "„"),
        Gen.OneOf<string>("(", ")", "[", "]", "{", "}"),
        Gen.Int[0, 100_000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf<string>("عربي", "עברית", "\u200F", "\u200E", "\u202E", "\u202C", "中文", "русский"),
        Gen.OneOf<string>("e\u0301", "\u0308", "😀", "👍🏽", "\uD800", "\uDC00", "\0", "\u0007", "\u001b", "\u0085", "\u2028", "\u200B", "\uFEFF"),
        Gen.Char.Select(c => c.ToString()),
        Gen.String[Gen.Char.AlphaNumeric, 1, 12]);

    private static readonly Gen<string> Article = Fragment.Array[0, 300].Select(string.Concat);

    [Test]
    public void AnyGeneratedArticleGivesValidOrderedSpans()
    {
        Article.Sample(text =>
        {
            Check(text, RulesOnly.Analyze(text));
            Check(text, WithModel.Analyze(text));
        }, iter: 1500);
    }

    [Test]
    public void AnalysisDoesNotDependOnWhatWasAnalyzedBefore()
    {
        // The analyzer keeps per-thread buffers: a second analysis of the same text, after another one, is identical.
        Gen.Select(Article, Article).Sample((a, b) =>
        {
            var first = RulesOnly.Analyze(a);
            RulesOnly.Analyze(b);
            var again = RulesOnly.Analyze(a);
            return first.Sentences.Select(s => (s.Span, s.Tags, s.Attribution?.Speaker.Name)).SequenceEqual(again.Sentences.Select(s => (s.Span, s.Tags, s.Attribution?.Speaker.Name)));
        }, iter: 500);
    }

    private static void Check(string text, ArticleAnalysis result)
    {
        int last = 0;
        foreach (var s in result.Sentences)
        {
            if (s.Span.Start < last || s.Span.End > text.Length || s.Span.Length <= 0) throw new InvalidOperationException($"sentence span {s.Span} after {last}");
            if (text.Substring(s.Span.Start, s.Span.Length) != s.Text) throw new InvalidOperationException("sentence text differs from its span");
            foreach (var d in s.Decisions)
                foreach (var e in d.Evidence)
                    if (e.Span.Start < 0 || e.Span.End > text.Length) throw new InvalidOperationException($"evidence span {e.Span}");
            int cue = -1;
            foreach (var c in s.Cues)
            {
                if (c.Span.Start < cue || c.Span.Start < 0 || c.Span.End > text.Length) throw new InvalidOperationException($"cue span {c.Span}");
                cue = c.Span.Start;
            }
            if (s.Attribution is { } a)
            {
                if (a.Cue.Start < 0 || a.Cue.End > text.Length) throw new InvalidOperationException($"reporting cue span {a.Cue}");
                if (a.Speaker.Span.Start < 0 || a.Speaker.Span.End > text.Length) throw new InvalidOperationException($"speaker span {a.Speaker.Span}");
                if (string.IsNullOrEmpty(a.Speaker.Name)) throw new InvalidOperationException("speaker without a name");
            }
            last = s.Span.End;
        }
        foreach (var q in result.Quotations)
            if (q.Span.Start < 0 || q.Span.End > text.Length || q.Span.Length <= 0) throw new InvalidOperationException($"quotation span {q.Span}");
        foreach (var source in result.Profile.Sources)
            foreach (int i in source.Sentences)
                if (i < 0 || i >= result.Sentences.Count) throw new InvalidOperationException($"profile sentence index {i}");
    }
}
