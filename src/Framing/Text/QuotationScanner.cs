namespace Framing.Text;

/// <summary>
/// Finds quotations paragraph by paragraph. A double quotation left open at the end of a paragraph is
/// closed there; when the next paragraph opens with a quotation mark (the news convention for a quote
/// that runs on), the two share a chain number. An unclosed mark never spans past its paragraph.
/// Apostrophes (I'm, Palmyra's, '90s, students') are told apart from single quotation marks.
/// </summary>
internal static class QuotationScanner
{
    public static Quotation[] Scan(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        using var result = new PooledBuffer<Quotation>(16);
        int chain = -1;
        bool runsOn = false, runsOnSingle = false;
        foreach (var p in paragraphs)
        {
            int open = -1, openSingle = -1;
            int paraChain = -1;
            bool continuing = runsOn && p.Span.Length > 0 && IsDoubleOpener(text, p.Span.Start, p.Span);
            bool continuingSingle = runsOnSingle && p.Span.Length > 0 && CharClass.SingleQuotes.Contains(text[p.Span.Start]);
            runsOn = runsOnSingle = false;
            for (int i = p.Span.Start; i < p.Span.End; i++)
            {
                // Only quotation marks and apostrophes matter here: jump to the next one.
                int skip = text.AsSpan(i, p.Span.End - i).IndexOfAny(CharClass.QuoteMarks);
                if (skip < 0) break;
                i += skip;
                char c = text[i];
                if (CharClass.DoubleQuotes.Contains(c))
                {
                    if (open < 0)
                    {
                        if (c is '”' or '»' && !(i == p.Span.Start)) continue; // a stray closer
                        open = i;
                        paraChain = continuing && i == p.Span.Start ? chain : ++chain;
                        openSingle = -1;
                    }
                    else if (c is '“' or '„' or '«' && i > open + 1 && (i == 0 || CharClass.IsSpace(text[i - 1])))
                    {
                        // A second opener before any closer: the first quote was left open.
                        result.Add(new Quotation(TextSpan.FromBounds(open, TrimEnd(text, open, i)), paraChain, true, false));
                        open = i;
                        paraChain = ++chain;
                    }
                    else
                    {
                        result.Add(new Quotation(TextSpan.FromBounds(open, i + 1), paraChain, true, true));
                        open = -1;
                        openSingle = -1;
                    }
                }
                else if (open >= 0 && c == '\'' && i + 1 < p.Span.End && text[i + 1] == '\''
                         && !(i + 2 < p.Span.End && CharClass.IsWordChar(text[i + 2])))
                {
                    // Two apostrophes typed for a closing double mark: "She said 'call me',''  Mr Anderson said."
                    result.Add(new Quotation(TextSpan.FromBounds(open, i + 2), paraChain, true, true));
                    open = -1;
                    openSingle = -1;
                    i++;
                }
                else if (CharClass.SingleQuotes.Contains(c))
                {
                    bool prevWord = i > p.Span.Start && CharClass.IsWordChar(text[i - 1]);
                    bool nextWord = i + 1 < p.Span.End && CharClass.IsWordChar(text[i + 1]);
                    if (prevWord && nextWord) continue;                        // I'm, Palmyra's
                    if (!prevWord && nextWord && i + 1 < p.Span.End && char.IsDigit(text[i + 1])
                        && i + 3 < p.Span.End && text[i + 3] is 's') continue;   // '90s
                    if (openSingle < 0)
                    {
                        if (!prevWord && nextWord && c != '’') openSingle = i;
                        else if (!prevWord && nextWord && c == '’' && (i == p.Span.Start || CharClass.IsSpace(text[i - 1]) || CharClass.DoubleQuotes.Contains(text[i - 1]))) openSingle = i;
                    }
                    else if (!nextWord)
                    {
                        int singleChain = open >= 0 ? paraChain : continuingSingle && openSingle == p.Span.Start ? chain : ++chain;
                        result.Add(new Quotation(TextSpan.FromBounds(openSingle, i + 1), singleChain, false, true));
                        continuingSingle = false;
                        openSingle = -1;
                    }
                }
            }
            // British style: a single quote that opens the paragraph or a sentence in it and runs on past the
            // paragraph's end; when the next paragraph opens with a single quote, the quote continues there.
            if (open < 0 && openSingle >= 0 && (openSingle == p.Span.Start || StartsSentence(text, openSingle, p.Span)))
            {
                int singleChain = continuingSingle && openSingle == p.Span.Start ? chain : ++chain;
                result.Add(new Quotation(TextSpan.FromBounds(openSingle, p.Span.End), singleChain, false, false));
                openSingle = -1;
                runsOnSingle = true;
            }
            if (open >= 0)
            {
                result.Add(new Quotation(TextSpan.FromBounds(open, p.Span.End), paraChain, true, false));
                runsOn = true;
            }
        }
        // Quotations are found in order, except a quote closed inside a longer one or left open: sort only then.
        SortByStart(result.AsSpan());
        return result.ToArray();
    }

    /// <summary>
    /// Sorts quotations by start. They come nearly sorted (a quotation is out of place only behind the ones closed
    /// inside it), so each is moved back by insertion: linear in the count when nesting is shallow, as it is even in
    /// a stream of quotation marks. Past a budget of moves (deep nesting) it falls back to a full sort.
    /// </summary>
    internal static void SortByStart(Span<Quotation> found)
    {
        long budget = 8L * found.Length + 64;
        for (int i = 1; i < found.Length; i++)
        {
            var q = found[i];
            int j = i - 1;
            if (found[j].Span.Start <= q.Span.Start) continue;
            while (j >= 0 && found[j].Span.Start > q.Span.Start)
            {
                if (--budget < 0)
                {
                    found[j + 1] = q; // the hole the moves left: the span is a permutation again
                    found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
                    return;
                }
                found[j + 1] = found[j];
                j--;
            }
            found[j + 1] = q;
        }
    }

    /// <summary>True when the mark at <paramref name="i"/> follows sentence-final punctuation and a space ("… Columbus. 'I said").</summary>
    private static bool StartsSentence(string text, int i, TextSpan p)
    {
        int j = i - 1;
        if (j < p.Start || !CharClass.IsSpace(text[j])) return false;
        while (j > p.Start && CharClass.IsSpace(text[j])) j--;
        return text[j] is '.' or '!' or '?' or ':' || CharClass.SingleQuotes.Contains(text[j]) && j > p.Start && text[j - 1] is '.' or '!' or '?' or ',';
    }

    private static bool IsDoubleOpener(string text, int i, TextSpan p) =>
        i < p.End && CharClass.DoubleQuotes.Contains(text[i]) && text[i] is not '”' and not '»';

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start + 1 && CharClass.IsSpace(text[end - 1])) end--;
        return end;
    }
}
