using Framing.Text;

namespace Framing.Attribution;

/// <summary>Words that say a role holder has left the role: "former", "ex-", "retired".</summary>
internal static class RoleWords
{
    private static readonly WordSet Former = new WordSet(StringComparer.OrdinalIgnoreCase,
        "former", "ex", "retired", "then", "ex-president", "ex-minister");

    /// <summary>
    /// True when tokens [start, end) say the holder has left the role ("former", "ex-", "retired"). The taxonomy
    /// makes a former official a non-official source (except about their own time in office, which the sentence
    /// alone cannot show), party politicians included: "Tory ex-minister Douglas Hogg said" is not official.
    /// </summary>
    public static bool NoLongerInRole(ArticleContext ctx, int start, int end)
    {
        // Read back from the head: "Ex-BBC chat show host and East Midlands MEP" holds the later role now, so a second
        // role that opens with its own capitalised qualifier ("and North Wales MEP"), or follows a role of two or more
        // words, ends the search ("former chairman and Chief Executive" stays former: one role word, then a title).
        for (int t = end - 1; t >= start; t--)
        {
            // "leader of the opposition party and former president": a post held now, then one left, joined by
            // "and"; the first is held unless a former word stands before it too.
            if (IsFormerWord(ctx.TextOf(t)))
                return !(t - 1 > start && ctx.Is(t - 1, "and") && HoldsPostNow(ctx, start, t - 1));
            if ((ctx.Is(t, "and") || ctx.Is(t, "or")) && t + 1 < end && ctx.IsCapitalized(t + 1)
                && (!ctx.IsSourceCue(t + 1) // "… and North Wales MEP": a role of its own, qualified by a place or a body
                    || (t - 2 >= start && ctx.KindOf(t - 1) == TokenKind.Word && ctx.KindOf(t - 2) == TokenKind.Word && !IsFormerWord(ctx.TextOf(t - 2)))))
                return false;
        }
        return false;
    }

    /// <summary>
    /// True when [start, end) holds an office word a person holds ("leader", "minister") and no former word: a post held
    /// now ("a party strategist and former White House official" holds none).
    /// </summary>
    private static bool HoldsPostNow(ArticleContext ctx, int start, int end)
    {
        bool post = false;
        for (int t = start; t < end; t++)
        {
            if (IsFormerWord(ctx.TextOf(t))) return false;
            post |= OfficeHeads.Contains(ctx.TextOf(t)) && ctx.Has(t, Rules.Signal.OfficialSource);
        }
        return post;
    }

    private static readonly WordSet OfficeHeads = new WordSet(StringComparer.OrdinalIgnoreCase,
        "leader", "minister", "secretary", "president", "chairman", "chairwoman", "chair", "mayor", "governor", "senator",
        "congressman", "congresswoman", "mp", "mep", "msp", "spokesman", "spokeswoman", "spokesperson", "commissioner",
        "ambassador", "general", "commander", "judge", "prosecutor", "sheriff", "councillor", "councilor", "speaker");

    /// <summary>Nouns that name a person by a relation to someone else: "a critic of", "the wife of", "a friend of".</summary>
    private static readonly WordSet RelationalNouns = new WordSet(StringComparer.OrdinalIgnoreCase,
        "critic", "critics", "opponent", "opponents", "detractor", "detractors", "friend", "friends", "ally", "allies",
        "supporter", "supporters", "admirer", "admirers", "fan", "fans", "wife", "husband", "widow", "widower", "son", "daughter",
        "mother", "father", "brother", "sister", "cousin", "nephew", "niece", "relative", "relatives", "girlfriend",
        "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "victim", "victims", "accuser", "accusers", "biographer");

    /// <summary>
    /// True when a noun of [start, cue) names a person by a relation to the holder of the office at <paramref name="cue"/>:
    /// "a vocal critic of President Donald Trump", "the wife of the governor". The office is the other person's, so it
    /// does not type the speaker.
    /// </summary>
    public static bool RelationBeforeOffice(ArticleContext ctx, int start, int cue)
    {
        for (int t = Math.Max(start, cue - 6); t + 1 < cue; t++)
            if (RelationalNouns.Contains(ctx.TextOf(t)) && ctx.Is(t + 1, "of")) return true;
        return false;
    }

    // "Ex-Labour MP George Galloway": a party left, not a post; the post after it is held now.
    private static bool IsFormerWord(ReadOnlySpan<char> w) =>
        Former.Contains(w) || (w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) && !FormerParties.Contains(w[3..]));

    private static readonly WordSet FormerParties = new WordSet(StringComparer.OrdinalIgnoreCase,
        "labour", "tory", "conservative", "liberal", "republican", "democrat", "democratic", "snp", "ukip", "plaid", "sdlp", "dup",
        "green", "communist", "socialist");

    // People who speak for themselves (taxonomy: "individuals speaking for themselves ... are not official"): writers,
    // critics, broadcasters, performers, athletes, students, residents and other members of the public.
    private static readonly WordSet PrivatePersons = new WordSet(StringComparer.OrdinalIgnoreCase,
        "novelist", "author", "writer", "poet", "critic", "columnist", "blogger", "commentator", "pundit", "host", "presenter",
        "broadcaster", "podcaster", "influencer", "actor", "actress", "singer", "musician", "artist", "comedian", "rapper",
        "midfielder", "striker", "defender", "goalkeeper", "winger", "forward", "batter", "batsman", "bowler", "sprinter",
        "runner", "cyclist", "swimmer", "boxer", "golfer", "jockey", "player", "fan", "fans", "supporter", "supporters",
        "student", "students", "pupil", "resident", "residents", "visitor", "visitors", "tourist", "tourists", "passenger",
        "passengers", "shopper", "shoppers", "customer", "customers", "pensioner", "pensioners", "neighbour", "neighbor",
        "commuter", "commuters", "motorist", "motorists", "driver", "drivers", "volunteer", "volunteers", "parent", "parents",
        "grandmother", "grandfather", "mother", "father", "homeowner", "homeowners", "tenant", "tenants", "farmer", "farmers",
        "hiker", "hikers", "walker", "walkers", "guest", "guests", "trader", "traders", "user", "users", "man", "woman", "men",
        "women", "diner", "diners", "publicist", "employee", "employees", "cleaner", "cleaners", "farmhand", "farmhands", "delegate", "delegates", "attendee", "attendees", "teenager", "teenagers", "festivalgoer", "festivalgoers");

    private static readonly WordSet Reporters = new WordSet(StringComparer.OrdinalIgnoreCase,
        "reporter", "reporters", "correspondent", "correspondents", "photographer", "photographers", "journalist", "journalists");

    /// <summary>True when the speaker's words name a reporter or correspondent ("our correspondent", "an AFP reporter").</summary>
    public static bool NamesReporter(string? text)
    {
        if (text is null) return false;
        foreach (var r in text.AsSpan().Split(' '))
            if (Reporters.Contains(text.AsSpan(r))) return true;
        return false;
    }

    /// <summary>True when the word names a person speaking for themselves ("farmer", "fans", "a hiker").</summary>
    public static bool IsPrivatePerson(ReadOnlySpan<char> word) => PrivatePersons.Contains(word);

    /// <summary>
    /// True when the speaker's words name a person speaking for themselves ("Novelist Harriet Ambrose", "midfielder Carla
    /// Benning", "a delivery driver", "a student").
    /// </summary>
    public static bool NamesPrivatePerson(string? text) => AnyWordIn(text, PrivatePersons);

    /// <summary>True when a space-separated word of <paramref name="text"/>, trailing commas and full stops dropped, is in <paramref name="words"/>.</summary>
    public static bool AnyWordIn(string? text, WordSet words)
    {
        if (text is null) return false;
        foreach (var r in text.AsSpan().Split(' '))
            if (text.AsSpan(r).TrimEnd(",.") is { IsEmpty: false } w && words.Contains(w)) return true;
        return false;
    }

    /// <summary>True when the words say the holder has left the role ("former", "ex-", "retired"), as in <see cref="NoLongerInRole"/>.</summary>
    public static bool SaysFormer(string? text)
    {
        if (text is null) return false;
        foreach (var r in text.AsSpan().Split(' '))
            if (text.AsSpan(r) is { IsEmpty: false } w && IsFormerWord(w)) return true;
        return false;
    }
}
