namespace Framing.Text;

/// <summary>Builds a <see cref="Document"/>: paragraphs, then sentences, then tokens, then quotations.</summary>
internal static class DocumentBuilder
{
    // The sentence cut is only read while the document is built: one list per thread, cleared for each document,
    // instead of a new list grown by doubling every time (3% of rules-only analysis's allocated bytes).
    [ThreadStatic] private static List<(TextSpan Span, int Paragraph)>? t_sentenceSpans;
    private const int MaxKeptSentenceSpans = 1 << 14;

    /// <summary>
    /// Splits <paramref name="text"/> (into <paramref name="fixedSentences"/> when given). With
    /// <paramref name="pooledTokens"/> the document keeps the rented token buffer instead of an exact-size copy, and
    /// its owner calls <see cref="Document.ReleaseTokens"/> when done with it.
    /// </summary>
    public static Document Build(string text, IReadOnlyList<TextSpan>? fixedSentences, bool pooledTokens = false)
    {
        var paragraphs = FindParagraphs(text);
        var sentenceSpans = t_sentenceSpans ??= [];
        sentenceSpans.Clear();
        if (fixedSentences is null)
        {
            foreach (var p in paragraphs) SentenceSplitter.Split(text, p.Span, p.Index, sentenceSpans);
        }
        else
        {
            int pi = 0;
            foreach (var s in fixedSentences)
            {
                while (pi < paragraphs.Length - 1 && paragraphs[pi].Span.End <= s.Start) pi++;
                sentenceSpans.Add((s, pi));
            }
        }

        // Tokens are gathered in a pooled buffer sized for about one token per five characters (at most a million to
        // start with: a huge text of few tokens must not rent a huge array), and copied once into the document's
        // exact-size array, or, with pooledTokens, handed over as they are.
        using var tokens = new PooledBuffer<Token>(Math.Min(text.Length / 5 + 16, 1 << 20));
        var sentences = new Sentence[sentenceSpans.Count];
        for (int i = 0; i < sentenceSpans.Count; i++)
        {
            var (span, para) = sentenceSpans[i];
            int first = tokens.Count;
            Tokenizer.Tokenize(text, span, tokens);
            bool headline = i == 0 && para == 0 && IsHeadlineLike(text, span, paragraphs);
            sentences[i] = new Sentence(i, span, para, first, tokens.Count - first, headline);
        }
        var quotes = QuotationScanner.Scan(text, paragraphs);
        if (sentenceSpans.Capacity > MaxKeptSentenceSpans) t_sentenceSpans = null; // a huge article's list is not kept
        if (!pooledTokens) return new Document(text, paragraphs, sentences, tokens.ToArray(), quotes);
        int count = tokens.Count;
        return new Document(text, paragraphs, sentences, tokens.Detach(), count, quotes, pooledTokens: true);
    }

    private static bool IsHeadlineLike(string text, TextSpan span, Paragraph[] paragraphs)
    {
        if (span.Length == 0 || paragraphs.Length < 2) return false;
        char last = text[span.End - 1];
        return !CharClass.Terminators.Contains(last) && !CharClass.Closers.Contains(last) && last != ':';
    }

    /// <summary>A paragraph is a non-empty line: news text puts one paragraph per line.</summary>
    private static Paragraph[] FindParagraphs(string text)
    {
        var list = new List<Paragraph>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (CharClass.IsLineBreak(text[i]) || CharClass.IsSpace(text[i]))) i++;
            if (i >= text.Length) break;
            int start = i;
            int lineEnd = text.AsSpan(i).IndexOfAny(CharClass.LineBreaks);
            i = lineEnd < 0 ? text.Length : i + lineEnd;
            int end = i;
            while (end > start && CharClass.IsSpace(text[end - 1])) end--;
            list.Add(new Paragraph(list.Count, TextSpan.FromBounds(start, end)));
        }
        return list.ToArray();
    }
}
