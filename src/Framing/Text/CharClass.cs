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
    public static readonly SearchValues<char> Openers = SearchValues.Create("\"“‘'«([{„");

    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\n' && c != '\r')
        || c == '\u200B' || c == '\uFEFF';

    public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';

    public static bool IsLetter(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsWordChar(char c) => IsLetter(c) || char.IsDigit(c) || char.IsSurrogate(c);

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';
}
