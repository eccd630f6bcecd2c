using Framing.Attribution;
using Framing.Rules;
using Framing.Text;

namespace Framing.Analysis;

/// <summary>Collects the framing cues that are not tags: loaded language, intensifiers, factive verbs, labels, scare quotes.</summary>
internal static class CueExtractor
{
    /// <summary>
    /// The most scare quotes one sentence reports. Prose has a handful ("words such as 'reform', 'freedom' and
    /// 'security'"); a run of thousands is not prose but a stream of quotation marks, and listing each would make the
    /// results, not the analysis, the cost of such input.
    /// </summary>
    internal const int MaxScareQuotesPerSentence = 64;

    public static IReadOnlyList<FramingCue> Extract(ArticleContext ctx, Sentence sentence, bool attributed)
    {
        List<FramingCue>? cues = null;
        foreach (ref readonly var m in ctx.MatchesOf(sentence.Index))
        {
            if (m.Rule.Signal is Signal.LoadedLanguage or Signal.Intensifier or Signal.FactiveVerb or Signal.Label)
                (cues ??= []).Add(new FramingCue(SignalNames.ToName(m.Rule.Signal), m.Span, ShortStrings.Of(ctx.Doc.Text, m.Span.Start, m.Span.Length), m.Rule.Id));
        }
        // Scare quotes: a closed quotation of one to three words inside the sentence, not the sentence's quoted speech.
        // Quotations come in start order, so the first token after each opening mark is found by moving forward, and
        // the words inside are counted only up to four: linear in the sentence, however many quotations it holds.
        List<FramingCue>? scare = null;
        var tokens = ctx.Doc.TokensOf(sentence);
        int first = 0;
        var quotes = ctx.QuotationsOf(sentence.Index);
        foreach (var q in quotes)
        {
            if (scare?.Count == MaxScareQuotesPerSentence) break;
            if (!q.IsClosed || !sentence.Span.Contains(q.Span)) continue;
            while (first < tokens.Length && tokens[first].Span.Start <= q.Span.Start) first++;
            int words = 0;
            for (int t = first; t < tokens.Length && tokens[t].Span.End < q.Span.End && words <= 3; t++)
                if (tokens[t].Kind is TokenKind.Word or TokenKind.Number) words++;
            if (words is >= 1 and <= 3 && q.Span.Start > sentence.Span.Start)
                (scare ??= new List<FramingCue>(Math.Min(quotes.Length, MaxScareQuotesPerSentence))).Add(new FramingCue("scare_quote", q.Span, ShortStrings.Of(ctx.Doc.Text, q.Span.Start, q.Span.Length), "quotation"));
        }
        return Merge(cues, scare);
    }

    /// <summary>Two lists already in start order, merged (rule cues first at an equal start).</summary>
    private static IReadOnlyList<FramingCue> Merge(List<FramingCue>? a, List<FramingCue>? b)
    {
        if (a is null || b is null) return (IReadOnlyList<FramingCue>?)a ?? (IReadOnlyList<FramingCue>?)b ?? [];
        var merged = new List<FramingCue>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
            merged.Add(j >= b.Count || (i < a.Count && a[i].Span.Start <= b[j].Span.Start) ? a[i++] : b[j++]);
        return merged;
    }
}
