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
            int words = 0;
            for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var tok = ctx.Doc.Tokens[t];
                if (tok.Span.Start > q.Span.Start && tok.Span.End < q.Span.End && tok.Kind is TokenKind.Word or TokenKind.Number) words++;
            }
            if (words is >= 1 and <= 3 && q.Span.Start > sentence.Span.Start)
                (cues ??= []).Add(new FramingCue("scare_quote", q.Span, ctx.Doc.Text.Substring(q.Span.Start, q.Span.Length), "quotation"));
        }
        if (cues is null) return [];
        cues.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return cues;
    }
}
