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

    // People who speak for themselves (taxonomy: "individuals speaking for themselves ... are not official"): writers,
    // critics, broadcasters, performers, athletes, students, residents and other members of the public.
    private static readonly FrozenSet<string> PrivatePersons = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "novelist", "author", "writer", "poet", "critic", "columnist", "blogger", "commentator", "pundit", "host", "presenter",
        "broadcaster", "podcaster", "influencer", "actor", "actress", "singer", "musician", "artist", "comedian", "rapper",
        "midfielder", "striker", "defender", "goalkeeper", "winger", "forward", "batter", "batsman", "bowler", "sprinter",
        "runner", "cyclist", "swimmer", "boxer", "golfer", "jockey", "player", "fan", "fans", "supporter", "supporters",
        "student", "students", "pupil", "resident", "residents", "visitor", "visitors", "tourist", "tourists", "passenger",
        "passengers", "shopper", "shoppers", "customer", "customers", "pensioner", "pensioners", "neighbour", "neighbor",
        "commuter", "commuters", "motorist", "motorists", "driver", "drivers", "volunteer", "volunteers", "parent", "parents",
        "grandmother", "grandfather", "mother", "father", "homeowner", "homeowners", "tenant", "tenants", "farmer", "farmers");

    /// <summary>
    /// True when the speaker's words name a person speaking for themselves ("Novelist Harriet Ambrose", "midfielder Carla
    /// Benning", "a delivery driver", "a student").
    /// </summary>
    public static bool NamesPrivatePerson(string? text)
    {
        if (text is null) return false;
        var persons = PrivatePersons.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var r in text.AsSpan().Split(' '))
            if (text.AsSpan(r).TrimEnd(",.") is { IsEmpty: false } w && persons.Contains(w)) return true;
        return false;
    }

    /// <summary>True when the words say the holder has left the role ("former", "ex-", "retired"), as in <see cref="NoLongerInRole"/>.</summary>
    public static bool SaysFormer(string? text)
    {
        if (text is null) return false;
        var former = Former.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var r in text.AsSpan().Split(' '))
            if (text.AsSpan(r) is { IsEmpty: false } w && (former.Contains(w) || w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))) return true;
        return false;
    }
}
