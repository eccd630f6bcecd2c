namespace Framing.Text;

/// <summary>
/// Finds sentence boundaries inside one paragraph of news text. A boundary is a run of terminators
/// (. ! ? …), optionally followed by closing quotes or brackets, then space and a likely sentence start.
/// Abbreviations, initials, decimals and quotes followed by their attribution do not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    public static void Split(string text, TextSpan paragraph, int paragraphIndex, List<(TextSpan, int)> output)
    {
        int start = paragraph.Start, end = paragraph.End;
        int sentenceStart = start;
        int i = start;
        while (i < end)
        {
            int at = text.AsSpan(i, end - i).IndexOfAny(CharClass.Terminators);
            if (at < 0) break;
            i += at;
            int termStart = i;
            while (i < end && (CharClass.Terminators.Contains(text[i]))) i++;
            bool closedQuote = false;
            while (i < end && CharClass.Closers.Contains(text[i]))
            {
                if (text[i] != ')' && text[i] != ']' && text[i] != '}') closedQuote = true;
                i++;
            }
            int clusterEnd = i;
            if (clusterEnd >= end) break;
            if (!CharClass.IsSpace(text[clusterEnd])) continue;
            int k = SkipSpaces(text, clusterEnd, end);
            if (k >= end) break;
            // "… in February. … I have no explanation": an ellipsis standing alone between two sentences marks words left
            // out of a quotation; it closes the first sentence instead of making one of its own.
            int ellipsisEnd = EllipsisEnd(text, k, end);
            if (ellipsisEnd > k && (ellipsisEnd >= end || CharClass.IsSpace(text[ellipsisEnd])))
            {
                clusterEnd = ellipsisEnd;
                k = SkipSpaces(text, ellipsisEnd, end);
                if (k >= end) break;
            }
            if (!IsBoundary(text, termStart, clusterEnd - termStart, closedQuote, k, end)) continue;
            Add(text, sentenceStart, clusterEnd, paragraphIndex, output);
            sentenceStart = k;
            i = k;
        }
        Add(text, sentenceStart, end, paragraphIndex, output);
    }

    /// <summary>The first position from <paramref name="i"/> that is not a space, or <paramref name="end"/>.</summary>
    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && CharClass.IsSpace(text[i])) i++;
        return i;
    }

    /// <summary>The end of <c>[start, end)</c> with its trailing spaces dropped.</summary>
    private static int TrimSpacesEnd(string text, int start, int end)
    {
        while (end > start && CharClass.IsSpace(text[end - 1])) end--;
        return end;
    }

    /// <summary>The end of an ellipsis ("…", "...", "…." ) starting at <paramref name="i"/>, or <paramref name="i"/> when none starts there.</summary>
    private static int EllipsisEnd(string text, int i, int end)
    {
        int e = i;
        if (e < end && text[e] == '…') e++;
        else if (e + 2 < end && text[e] == '.' && text[e + 1] == '.' && text[e + 2] == '.') e += 3;
        else return i;
        while (e < end && text[e] is '.' or '…') e++;
        return e;
    }

    /// <summary>
    /// The longest sentence, in characters: a longer run with no sentence end is cut at its last space before the limit
    /// (or at the limit when it has none). No sentence of the corpus, realnews-dev or the blind rounds comes near it (the
    /// longest, 120 words, has 781 characters); text with no terminator for thousands of characters is a list, a table or
    /// hostile input, and bounding each sentence keeps every per-sentence step of the analysis in the caches: one
    /// "sentence" of 10 M characters took ×13–14 the time of one of 1 M.
    /// </summary>
    public const int MaxSentenceLength = 5_000;

    private static void Add(string text, int start, int end, int paragraph, List<(TextSpan, int)> output)
    {
        start = SkipSpaces(text, start, end);
        end = TrimSpacesEnd(text, start, end);
        while (end - start > MaxSentenceLength)
        {
            int cut = start + MaxSentenceLength;
            int space = text.AsSpan(start + 1, MaxSentenceLength - 1).LastIndexOfAny(' ', '\t');
            if (space >= 0) cut = start + 1 + space;
            else if (char.IsLowSurrogate(text[cut])) cut--; // never between the halves of a character
            int pieceEnd = TrimSpacesEnd(text, start, cut);
            if (pieceEnd > start) output.Add((TextSpan.FromBounds(start, pieceEnd), paragraph));
            start = SkipSpaces(text, cut, end);
        }
        if (end > start) output.Add((TextSpan.FromBounds(start, end), paragraph));
    }

    private static bool IsBoundary(string text, int termStart, int clusterLength, bool closedQuote, int next, int end)
    {
        char n = text[next];
        if (char.IsLower(n) || n is ',' or ';' or ':' or ')' or ']' or '%' || CharClass.IsDash(n)) return false;

        char term = text[termStart];
        int runLength = 1;
        while (termStart + runLength < end && CharClass.Terminators.Contains(text[termStart + runLength])) runLength++;
        if (term == '.' && runLength == 1 && !closedQuote)
        {
            var word = WordBefore(text, termStart);
            if (word.Length > 0)
            {
                if (Abbreviations.Titles.Contains(word)) return false;
                if (char.IsDigit(n) && Abbreviations.BeforeNumbers.Contains(word)) return false;
                // An initial: J. K. Rowling, George W. Bush; initials written together: H.R. McMaster, J.K. Rowling (the
                // ambiguous ones, U.S. and U.N., stay below).
                if (word.Length == 1 && char.IsUpper(word[0]) && char.IsUpper(n)) return false;
                if (IsJoinedInitials(word) && char.IsUpper(n) && !Abbreviations.Ambiguous.Contains(word)) return false;
                if ((Abbreviations.Ambiguous.Contains(word) || (Abbreviations.States.Contains(word) && AfterPlaceName(text, termStart - word.Length)))
                    && !Abbreviations.SentenceOpeners.Contains(WordAt(text, next, end)))
                    return false;
            }
        }
        // "Why now?" Jones asked. / "We are done." Smith said.  The quote's attribution follows.
        if (closedQuote && AttributionFollows(text, next, end)) return false;
        return true;
    }

    /// <summary>Single capitals joined by dots, the last dot left off: "H.R", "J.K".</summary>
    private static bool IsJoinedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0) return false;
        for (int i = 0; i < word.Length; i++)
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.') return false;
        return true;
    }

    /// <summary>True when ", " and a capitalised word come before <paramref name="start"/>: "Macon, Ga.", not "at Mass.".</summary>
    private static bool AfterPlaceName(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && CharClass.IsSpace(text[i])) i--;
        if (i < 1 || text[i] != ',') return false;
        i--;
        while (i >= 0 && CharClass.IsSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && (CharClass.IsLetter(text[i]) || text[i] is '-' or '.' or '\'')) i--;
        return end > i + 1 && char.IsUpper(text[i + 1]);
    }

    /// <summary>The word right before a full stop, with inner dots (U.S) kept.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        int s = dot;
        while (s > 0 && (CharClass.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 2 >= 0 && CharClass.IsLetter(text[s - 2])))) s--;
        return text.AsSpan(s, dot - s);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start, int end)
    {
        int e = start;
        while (e < end && CharClass.IsLetter(text[e])) e++;
        return text.AsSpan(start, e - start);
    }

    /// <summary>
    /// True when up to four capitalised or pronoun words then a speech verb follow ("Why now?" Jones asked.), and the
    /// clause is only the quote's tag. When the verb goes on into reported speech of its own ("… detained." Tory MP
    /// Alan Reed said he opposed the plans.), that is a new sentence with its own claim.
    /// </summary>
    private static bool AttributionFollows(string text, int start, int end)
    {
        int i = start;
        for (int w = 0; w < 5 && i < end; w++)
        {
            int s = i;
            while (i < end && IsWordPart(text[i])) i++;
            if (i == s) return false;
            var word = text.AsSpan(s, i - s).TrimEnd('.');
            i = SkipSpaces(text, i, end);
            // "… fully." She added: "Our staff acted in good faith.": a verb that opens a quotation of its own with a colon
            // is a new sentence, not the last quote's tag.
            if (Abbreviations.SpeechAfterQuote.Contains(word)) return !StartsReportedSpeech(text, i, end) && (i >= end || text[i] != ':');
        }
        return false;
    }

    private static bool IsWordPart(char c) => CharClass.IsLetter(c) || c is '.' or '\'' or '’' or '-';

    /// <summary>Words that open a reported clause right after a speech verb: "said he opposed", "said that".</summary>
    private static readonly WordSet ClauseOpeners = new WordSet(
        StringComparer.OrdinalIgnoreCase, "he", "she", "they", "it", "we", "i", "that", "there");

    /// <summary>True when the text after a speech verb is a reported clause: an opener word, or six or more words before the next terminator.</summary>
    private static bool StartsReportedSpeech(string text, int i, int end)
    {
        int s = i;
        while (i < end && IsWordPart(text[i])) i++;
        if (i > s && ClauseOpeners.Contains(text.AsSpan(s, i - s))) return true;
        int words = i > s ? 1 : 0;
        for (; i < end && !CharClass.Terminators.Contains(text[i]) && text[i] != ','; i++)
            if (CharClass.IsSpace(text[i - 1]) && CharClass.IsLetter(text[i]) && ++words >= 6) return true;
        return false;
    }
}
