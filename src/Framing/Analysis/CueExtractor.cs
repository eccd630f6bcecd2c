using Framing.Attribution;
using Framing.Rules;
using Framing.Text;

namespace Framing.Analysis;

/// <summary>Collects the framing cues that are not tags: loaded language, intensifiers, factive verbs, labels, scare quotes.</summary>
internal static class CueExtractor
{
    public static IReadOnlyList<FramingCue> Extract(ArticleContext ctx, Sentence sentence, bool attributed)
    {
        List<FramingCue>? cues = null;
        foreach (var m in ctx.MatchesOf(sentence.Index))
        {
            if (m.Rule.Signal is Signal.LoadedLanguage or Signal.Intensifier or Signal.FactiveVerb or Signal.Label)
                (cues ??= []).Add(new FramingCue(SignalNames.ToName(m.Rule.Signal), m.Span, ctx.Doc.Text.Substring(m.Span.Start, m.Span.Length), m.Rule.Id));
        }
        // Scare quotes: a closed quotation of one to three words inside the sentence, not the sentence's quoted speech.
        foreach (var q in ctx.QuotationsOf(sentence.Index))
        {
            if (!q.IsClosed || !sentence.Span.Contains(q.Span)) continue;
            // Count the words inside, from the first token after the opening mark, stopping at four: linear in the
            // quotation's length, not the sentence's, however many quotations the sentence holds.
            var tokens = ctx.Doc.TokensOf(sentence);
            int lo = 0, hi = tokens.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (tokens[mid].Span.Start <= q.Span.Start) lo = mid + 1; else hi = mid;
            }
            int words = 0;
            for (int t = lo; t < tokens.Length && tokens[t].Span.End < q.Span.End && words <= 3; t++)
                if (tokens[t].Kind is TokenKind.Word or TokenKind.Number) words++;
            if (words is >= 1 and <= 3 && q.Span.Start > sentence.Span.Start)
                (cues ??= []).Add(new FramingCue("scare_quote", q.Span, ctx.Doc.Text.Substring(q.Span.Start, q.Span.Length), "quotation"));
        }
        if (cues is null) return [];
        cues.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return cues;
    }
}
