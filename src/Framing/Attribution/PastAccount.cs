using Framing.Text;

namespace Framing.Attribution;

/// <summary>
/// First-person accounts of the past, from English grammar alone (past forms and first-person pronouns, no topic
/// words): a former office holder's quoted "I signed the decree at five" is about their own time in office.
/// </summary>
internal static class PastAccount
{
    private static readonly WordSet FirstPerson = new WordSet(StringComparer.OrdinalIgnoreCase,
        "i", "we", "me", "us", "my", "our", "i'd", "we'd", "i'm", "we're");

    /// <summary>Irregular past forms, and regular ones common in accounts; any other word of five or more letters ending in -ed counts too.</summary>
    private static readonly WordSet PastForms = new WordSet(StringComparer.OrdinalIgnoreCase,
        "was", "were", "saw", "heard", "ran", "went", "came", "got", "felt", "took", "left", "found", "stood",
        "sat", "fell", "hid", "woke", "lost", "spent", "drove", "rang", "smelt", "had", "did", "gave", "made", "told",
        "knew", "thought", "kept", "won", "met", "paid", "sent", "built", "began", "brought", "bought", "fought", "chose",
        "flew", "grew", "held", "meant", "rose", "sold", "spoke", "struck", "swore", "taught", "threw", "understood",
        "wore", "wrote", "dealt", "broke", "became", "led");

    private static bool IsPastForm(ReadOnlySpan<char> w) =>
        PastForms.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>The quoted words hold a past form: "The water came through the orchard", not "You can build anywhere".</summary>
    public static bool QuotedPast(ArticleContext ctx, Sentence s)
    {
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            if (ctx.InsideQuote[t] && IsPastForm(ctx.TextOf(t))) return true;
        return false;
    }

    /// <summary>The quoted words hold a past form and a first-person pronoun, or "ago": "We were borrowing eleven pence".</summary>
    public static bool QuotedFirstPersonPast(ArticleContext ctx, Sentence s)
    {
        bool past = false, firstPerson = false, ago = false;
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if (!ctx.InsideQuote[t]) continue;
            var w = ctx.TextOf(t);
            firstPerson |= FirstPerson.Contains(w);
            ago |= w.Equals("ago", StringComparison.OrdinalIgnoreCase);
            past |= IsPastForm(w);
        }
        return past && (firstPerson || ago);
    }
}
