namespace Framing.Text;

/// <summary>
/// Splits a span of text into word, number, quote and punctuation tokens without allocating strings.
/// Apostrophes inside words (I'm, Palmyra's, 90s) stay in the word; so do inner hyphens (so-called)
/// and abbreviation dots (U.S.).
/// </summary>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of <c>text[span]</c> to <paramref name="output"/>.</summary>
    public static void Tokenize(string text, TextSpan span, PooledBuffer<Token> output)
    {
        int i = span.Start, end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (CharClass.IsSpace(c) || CharClass.IsLineBreak(c)) { i++; continue; }
            int start = i;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end);
                // 90s, 1990s, 3rd, 4,000-strong: a number glued to letters is a word.
                if (i < end && CharClass.IsLetter(text[i]))
                {
                    i = ScanWord(text, i, end);
                    output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Word));
                }
                else output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Number));
                continue;
            }
            if (CharClass.IsWordChar(c))
            {
                i = ScanWord(text, i, end);
                output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Word) { IsCapitalized = char.IsUpper(c) });
                continue;
            }
            // An apostrophe that starts a word form: '90s, 'em, 'til.
            if ((c == '\'' || c == '’') && i + 1 < end && char.IsDigit(text[i + 1]) && i + 3 < end && text[i + 3] == 's')
            {
                i = ScanWord(text, i + 1, end);
                output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Word));
                continue;
            }
            // "..." is one token.
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
                while (i < end && text[i] == '.') i++;
                output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Punctuation));
                continue;
            }
            bool quote = CharClass.DoubleQuotes.Contains(c) || CharClass.SingleQuotes.Contains(c);
            i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            output.Add(new Token(TextSpan.FromBounds(start, i), quote ? TokenKind.Quote : TokenKind.Punctuation));
        }
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if ((c == ',' || c == '.' || c == ':') && i + 1 < end && char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1])) { i++; continue; }
            if (c == '%') { i++; break; }
            // A possessive after a number stays with it ("Radio 4's Today programme"): a lone apostrophe would read as a
            // quotation mark and cut the phrase around it.
            if ((c == '\'' || c == '’') && i + 1 < end && text[i + 1] == 's' && (i + 2 >= end || !CharClass.IsWordChar(text[i + 2]))) { i += 2; break; }
            break;
        }
        return i;
    }

    private static bool IsDomainSuffix(string text, int start, int end, out int after)
    {
        int e = start;
        while (e < end && char.IsAsciiLetterLower(text[e])) e++;
        after = e;
        if (e < end && CharClass.IsWordChar(text[e])) return false;
        return (e - start) switch
        {
            2 => text.AsSpan(start, 2) is "uk" or "ru" or "io" or "co" or "tv" or "us",
            3 => text.AsSpan(start, 3) is "com" or "org" or "net" or "gov" or "edu",
            4 => text.AsSpan(start, 4) is "info",
            _ => false,
        };
    }

    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (CharClass.IsWordChar(c)) { i++; continue; }
            bool nextIsWord = i + 1 < end && CharClass.IsWordChar(text[i + 1]);
            // Inner apostrophe (don't, Palmyra's) or hyphen (so-called, U.S.-led).
            if ((c == '\'' || c == '’' || c == '-' || c == '‑') && nextIsWord) { i++; continue; }
            // An ampersand between capitals: one name (AT&T, M&S, R&D), not "Time Warner & Co".
            if (c == '&' && i + 1 < end && char.IsAsciiLetterUpper(text[i + 1]) && char.IsAsciiLetterUpper(text[i - 1])) { i++; continue; }
            // Web domains: RT.com, gov.uk.
            if (c == '.' && nextIsWord && IsDomainSuffix(text, i + 1, end, out int after)) { i = after; continue; }
            // Abbreviation dots: U.S., e.g., a.m. (a single letter before and after the dot).
            if (c == '.' && nextIsWord && i + 1 < end && CharClass.IsLetter(text[i + 1]) && i > 0 && CharClass.IsLetter(text[i - 1])
                && (i - 1 == 0 || !CharClass.IsLetter(text[i - 2]) || text[i - 2] == '.')
                && (i + 2 >= end || !CharClass.IsLetter(text[i + 2])))
            {
                i += 2;
                if (i < end && text[i] == '.') i++;
                continue;
            }
            break;
        }
        return i;
    }
}
