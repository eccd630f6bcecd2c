using Framing.Text;

namespace Framing.Attribution;

/// <summary>
/// The prosecution's case at a trial: what a prosecutor tells the court the defendant did is a charge the court has
/// yet to test, so the taxonomy makes it an allegation ("is charged with" is one; a verdict is not). The speaker is
/// the prosecution by its role or name, carried to later sentences by surname, pronoun or quotation; the article
/// reports a trial (it mentions a jury or a trial); and the sentence is not about a verdict, a sentence or an appeal,
/// where what the prosecution says is no longer an untested charge.
/// </summary>
internal static class ProsecutionCase
{
    private static readonly WordSet TrialWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "jury", "jurors", "juror", "trial", "courtroom");

    private static readonly WordSet OutcomeWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "verdict", "verdicts", "convicted", "conviction", "convictions", "acquitted", "acquittal", "sentenced", "sentencing",
        "appeal", "appeals", "retrial", "jailed");

    /// <summary>
    /// True when <paramref name="speaker"/> speaks for the prosecution ("prosecutor Priya Raman", "The prosecution",
    /// "Prosecuting, Abigail Chu", "the Crown Prosecution Service"): its role, name or text contains "prosecut". A
    /// substring search, not word lookups, because it runs for every attributed sentence.
    /// </summary>
    public static bool IsProsecution(Speaker speaker) =>
        Names(speaker.Role) || Names(speaker.Name) || Names(speaker.Text);

    // Ordinal searches for "rosecut" in lower and upper case ("Prosecutor", "prosecution", "PROSECUTOR"): an ordinal
    // search is vectorised, and a case-insensitive one cost 0.7% of rules-only analysis (perf, twenty-fourth session).
    private static bool Names(string? text) =>
        text is not null && (text.Contains("rosecut", StringComparison.Ordinal) || text.Contains("ROSECUT", StringComparison.Ordinal));

    /// <summary>True when the sentence, attributed to <paramref name="attribution"/>'s speaker, states the prosecution's case at a trial.</summary>
    public static bool States(ArticleContext ctx, Sentence sentence, SentenceAttribution attribution)
    {
        if (!IsProsecution(attribution.Speaker) || !ctx.ReportsATrial) return false;
        for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            if (OutcomeWords.Contains(ctx.TextOf(t))) return false;
        return true;
    }

    /// <summary>True when a token of the document is a trial word (jury, jurors, trial, courtroom).</summary>
    internal static bool MentionsATrial(ArticleContext ctx)
    {
        for (int t = 0; t < ctx.Doc.TokenCount; t++)
            if (ctx.KindOf(t) == TokenKind.Word && TrialWords.Contains(ctx.TextOf(t))) return true;
        return false;
    }
}
