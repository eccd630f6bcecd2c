using System.Buffers;
using System.Globalization;

namespace Framing.Text;

/// <summary>Character tables shared by the text layer: quote marks, terminators, spaces.</summary>
internal static class CharClass
{
    public static readonly SearchValues<char> DoubleQuotes = SearchValues.Create("\"“”„‟«»＂");
    public static readonly SearchValues<char> SingleQuotes = SearchValues.Create("'‘’‚‛");
    public static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");
    public static readonly SearchValues<char> Closers = SearchValues.Create("\"”’'»)]}");
    /// <summary>Every double and single quotation mark (and apostrophe): what the quotation scanner stops at.</summary>
    public static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“”„‟«»＂'‘’‚‛");
    /// <summary>The characters <see cref="IsLineBreak"/> accepts.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    private const byte Letter = 1, Digit = 2, Space = 4, Break = 8;

    /// <summary>Classes of the ASCII characters, so the hot paths skip Unicode category lookups for them.</summary>
    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var t = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            if (char.IsAsciiLetter((char)c)) t[c] |= Letter;
            if (char.IsAsciiDigit((char)c)) t[c] |= Digit;
            if (c is '\n' or '\r') t[c] |= Break;
            else if (c == ' ' || char.IsControl((char)c)) t[c] |= Space;
        }
        return t;
    }

    public static bool IsSpace(char c) => c < 128 ? (Ascii[c] & Space) != 0 :
        char.IsWhiteSpace(c) && !IsLineBreak(c) || char.IsControl(c) && c != '\u0085' || c == '\u200B' || c == '\uFEFF';

    public static bool IsLineBreak(char c) => c < 128 ? (Ascii[c] & Break) != 0 : c == '\u2028' || c == '\u2029' || c == '\u0085';

    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Letter) != 0 :
        char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsWordChar(char c) => c < 128 ? (Ascii[c] & (Letter | Digit)) != 0 : IsLetter(c) || char.IsDigit(c) || char.IsSurrogate(c);

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';
}
