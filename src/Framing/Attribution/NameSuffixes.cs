using Framing.Text;

namespace Framing.Attribution;

/// <summary>
/// Words written after a person's name that are not part of it: generation ("Ian Paisley jnr", "Martin Luther King Jr"),
/// honours and ranks at the bar ("Guy Mansfield QC", "Jane Roe OBE") and the letters of a seat in a legislature ("Alan Reid
/// MSP", "Pat Breen TD"). A later mention drops them ("Mr Paisley", "Reid said"), so the name an entity is found by must
/// not end with one; a seat's letters are also the person's role (the rules' <c>source.official-acronym</c> types them).
/// </summary>
internal static class NameSuffixes
{
    private static readonly WordSet Words = new WordSet(StringComparer.Ordinal,
        "jnr", "Jnr", "Jr", "jr", "Snr", "snr", "Sr", "II", "III", "IV",
        "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE",
        "MP", "MSP", "MLA", "TD", "MEP");

    /// <summary>
    /// True when token <paramref name="t"/> is a suffix right after a word of a name ("Paisley jnr"); not after a role or a
    /// party ("the Labour MP" ends with its role).
    /// </summary>
    public static bool At(ArticleContext ctx, int t) =>
        // The flags first: the speaker stage asks this of most lower-case words it walks back over.
        t > 0 && ctx.IsCapitalized(t - 1) && ctx.KindOf(t) == TokenKind.Word && ctx.TextOf(t).Length <= 4
        && ctx.KindOf(t - 1) == TokenKind.Word && Words.Contains(ctx.TextOf(t))
        && (!ctx.IsSourceCue(t - 1) || OfficeHolderName(ctx, t - 1)) && ctx.SentenceOf(t - 1) == ctx.SentenceOf(t);

    /// <summary>True when token <paramref name="t"/> is a source cue only as part of a known office holder's name ("Ian Paisley").</summary>
    private static bool OfficeHolderName(ArticleContext ctx, int t)
    {
        bool holder = false;
        foreach (ref readonly var m in ctx.MatchesNear(ctx.SentenceOf(t), t))
            if (m.FirstToken <= t && t < m.EndToken && (ArticleContext.SourceSignals & (1 << (int)m.Rule.Signal)) != 0)
            {
                if (!ArticleContext.IsOfficeHolder(m)) return false;
                holder = true;
            }
        return holder;
    }

    /// <summary>"Guy Mansfield QC" → "Guy Mansfield": a name's text without its trailing suffixes (never emptied).</summary>
    public static string TrimName(string name)
    {
        var s = name.AsSpan().TrimEnd(" .");
        while (true)
        {
            int space = s.LastIndexOf(' ');
            if (space <= 0 || !Words.Contains(s[(space + 1)..])) break;
            s = s[..space].TrimEnd(" ,");
        }
        return s.Length == name.Length ? name : s.ToString();
    }

    /// <summary>
    /// The end of the name in [start, end) once trailing suffixes are dropped ("Ian Paisley jnr" → before "jnr"; "Martin
    /// Luther King Jr." → before "Jr"); <paramref name="end"/> when there are none. A name is never reduced to nothing.
    /// </summary>
    public static int NameEnd(ArticleContext ctx, int start, int end)
    {
        int e = end;
        while (e - 1 > start)
        {
            if (ctx.IsPunct(e - 1, '.') && e - 2 > start && At(ctx, e - 2)) { e -= 2; continue; }
            if (At(ctx, e - 1)) { e--; continue; }
            break;
        }
        return e;
    }
}
