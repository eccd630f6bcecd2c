using System.Collections.Frozen;

namespace Framing.Attribution;

/// <summary>Words that say a role holder has left the role: "former", "ex-", "retired".</summary>
internal static class RoleWords
{
    private static readonly FrozenSet<string> Former = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "former", "ex", "retired", "then", "ex-president", "ex-minister");

    /// <summary>
    /// True when tokens [start, end) say the holder has left the role ("former", "ex-", "retired"). The taxonomy
    /// makes a former official a non-official source (except about their own time in office, which the sentence
    /// alone cannot show), party politicians included: "Tory ex-minister Douglas Hogg said" is not official.
    /// </summary>
    public static bool NoLongerInRole(ArticleContext ctx, int start, int end)
    {
        var former = Former.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = start; t < end; t++)
        {
            var w = ctx.TextOf(t);
            if (former.Contains(w) || w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
