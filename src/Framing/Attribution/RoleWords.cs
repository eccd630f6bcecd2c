using System.Collections.Frozen;

namespace Framing.Attribution;

/// <summary>Words that change what a role means: "former", "ex-", and party names that keep a politician in role.</summary>
internal static class RoleWords
{
    private static readonly FrozenSet<string> Former = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "former", "ex", "retired", "then", "ex-president", "ex-minister");

    private static readonly FrozenSet<string> Party = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "tory", "tories", "labour", "conservative", "conservatives", "democrat", "democrats", "democratic", "republican",
        "republicans", "liberal", "lib", "snp", "ukip", "gop", "green", "greens", "mp", "mps", "senator", "congressman", "congresswoman");

    /// <summary>True when tokens [start, end) say the holder has left the role ("former", "ex-"), and no party
    /// name keeps them speaking as a politician ("Tory ex-minister Douglas Hogg").</summary>
    public static bool NoLongerInRole(ArticleContext ctx, int start, int end)
    {
        bool former = false, party = false;
        for (int t = start; t < end; t++)
        {
            var w = ctx.TextOf(t);
            if (Former.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)) former = true;
            if (Party.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) party = true;
        }
        return former && !party;
    }
}
