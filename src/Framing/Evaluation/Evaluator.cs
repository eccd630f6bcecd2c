using Framing.Analysis;
using Framing.Attribution;
using Framing.Internal;

namespace Framing.Evaluation;

/// <summary>Scores an analyzer against labeled articles.</summary>
public static class Evaluator
{
    /// <summary>
    /// Analyzes each article and compares tags. For span data the article file is re-segmented by the
    /// analyzer and each labeled sentence is matched to the analyzed sentence that overlaps it most; for
    /// text data the labeled sentences are the analyzer's sentences.
    /// </summary>
    public static (EvaluationReport Report, IReadOnlyList<ScoredSentence> Sentences) Evaluate(FramingAnalyzer analyzer, IEnumerable<LabeledArticle> articles)
    {
        Guard.NotNull(analyzer);
        var pairs = new List<(FramingTags, FramingTags)>();
        var scored = new List<ScoredSentence>();
        int spTotal = 0, spOk = 0, typeOk = 0;
        foreach (var article in articles)
        {
            if (article.SourceText is { } text)
            {
                var result = analyzer.Analyze(text);
                foreach (var gold in article.Sentences)
                {
                    var span = gold.Span!.Value;
                    SentenceAnalysis? best = null;
                    int bestOverlap = 0;
                    foreach (var s in result.Sentences)
                    {
                        int overlap = Math.Min(s.Span.End, span.End) - Math.Max(s.Span.Start, span.Start);
                        if (overlap > bestOverlap) { bestOverlap = overlap; best = s; }
                    }
                    var predicted = best?.Tags ?? FramingTags.None;
                    pairs.Add((gold.Tags, predicted));
                    scored.Add(new ScoredSentence(gold, predicted, best));
                }
            }
            else
            {
                var result = analyzer.AnalyzeDocument(article.Document);
                for (int i = 0; i < article.Sentences.Count; i++)
                {
                    var gold = article.Sentences[i];
                    var s = result.Sentences[i];
                    pairs.Add((gold.Tags, s.Tags));
                    scored.Add(new ScoredSentence(gold, s.Tags, s));
                    if (gold.Speaker is not null && gold.SourceType is { } gt)
                    {
                        spTotal++;
                        if (s.Attribution is { } a)
                        {
                            if (SameSpeaker(gold.Speaker, a.Speaker)) spOk++;
                            if (a.Speaker.Type == gt) typeOk++;
                        }
                    }
                }
            }
        }
        return (EvaluationReport.From(pairs, spTotal, spOk, typeOk), scored);
    }

    /// <summary>True when the predicted speaker names the gold speaker: same name, or one's last word in the other.</summary>
    public static bool SameSpeaker(string gold, Speaker predicted)
    {
        static string Norm(string s) => s.Trim().TrimStart('@').Replace("the ", "", StringComparison.OrdinalIgnoreCase).Replace("The ", "").ToLowerInvariant();
        var g = Norm(gold);
        foreach (var cand in new[] { predicted.Name, predicted.Text })
        {
            var p = Norm(cand);
            if (p.Length == 0) continue;
            if (g == p) return true;
            var pl = p.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            var gl = g.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            if (pl.Length > 2 && g.Split(' ').Contains(pl)) return true;
            if (gl.Length > 2 && p.Split(' ').Contains(gl)) return true;
        }
        return false;
    }
}

/// <summary>One labeled sentence with what the analyzer predicted for it.</summary>
/// <param name="Gold">The labeled sentence.</param>
/// <param name="Predicted">Predicted tags.</param>
/// <param name="Analysis">The analyzed sentence matched to it, if any.</param>
public sealed record ScoredSentence(LabeledSentence Gold, FramingTags Predicted, SentenceAnalysis? Analysis);
