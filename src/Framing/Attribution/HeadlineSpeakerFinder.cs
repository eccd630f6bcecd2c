using Framing.Rules;
using Framing.Text;
using static Framing.Attribution.SpeakerWords;

namespace Framing.Attribution;

/// <summary>
/// Speakers that headlines and an article's opening lines give without a reporting clause of the body's kind: a
/// headline that opens with its speaker and a colon ("Minister: no deal before spring") or closes with a dash and its
/// speaker ("Blunkett row should end – Blair"); whether a headline is title case ("Mueller Refused To Deny …"), and the
/// title-case prepositions that open a phrase naming nobody ("Over Hitler Tweets").
/// </summary>
internal sealed class HeadlineSpeakerFinder(ArticleContext ctx, EntityRegistry entities, SpeakerClassifier classifier)
{
    private readonly ArticleContext _ctx = ctx;
    private readonly EntityRegistry _entities = entities;
    private readonly SpeakerClassifier _classifier = classifier;

    /// <summary>
    /// "Bishop: If Catholic Politicians Can't Even Oppose Infanticide, …", "Minister: no deal before spring": a headline that
    /// opens with its speaker and a colon. The words before the colon (at most three) must end in a source noun or be a
    /// name the article gives a role, so that "Trump Advisers Upbeat: Mueller 'Doesn't Have the Goods'" names nobody.
    /// "Boehner on Scalise: 'I know what's in his heart'": the speaker, "on" and the subject before the colon.
    /// </summary>
    internal SentenceAttribution? HeadlineSpeaker(Sentence s)
    {
        int a = s.FirstToken, b = a + s.TokenCount, colon = -1, on = -1;
        if (TrailingHeadlineSpeaker(a, b) is { } trailing) return trailing;
        for (int t = a + 1; t < b && t <= a + 7; t++)
        {
            if (_ctx.IsPunct(t, ':')) { colon = t; break; }
            if (on < 0 && t <= a + 3 && _ctx.Is(t, "on")) on = t;
            else if (_ctx.KindOf(t) != TokenKind.Word) return null;
        }
        if (colon < 0 || colon + 1 >= b) return null;
        if (colon <= a + 3 && on < 0) return HeadlineSpeakerAt(a, colon, colon);
        return on > a ? HeadlineSpeakerAt(a, on, colon) : null;
    }

    /// <summary>
    /// The speaker of a headline named by the words <c>[from, to)</c>, with <paramref name="cue"/> (a colon or a dash) as
    /// the cue: capitalised words that end in a source noun or are a name the article gives a role (only the latter when
    /// <paramref name="knownNameOnly"/>); null otherwise.
    /// </summary>
    internal SentenceAttribution? HeadlineSpeakerAt(int from, int to, int cue, bool knownNameOnly = false)
    {
        // Capitalised words; the last may be a lower-case post after them ("Rates will hold - Bank chief"), or the only
        // word, after a dash ("Moscow not surprised by extension of sanctions — diplomat").
        for (int t = from; t < to; t++)
            if (_ctx.KindOf(t) != TokenKind.Word
                || (!_ctx.IsCapitalized(t) && !(t == to - 1 && (t > from || _ctx.IsDash(cue)) && _ctx.IsSourceCue(t)))) return null;
        var words = _ctx.Text(from, to);
        if (!(_ctx.IsSourceCue(to - 1) && !knownNameOnly) && !(_entities.Find(words) is { } known && known.Name.Contains(words, StringComparison.Ordinal))
            && !(!knownNameOnly && TitleBeforeKnownName(from, to))) return null;
        var sp = _classifier.Describe(from, to, SpeakerResolution.Explicit);
        return new SentenceAttribution(_ctx.Span(cue, cue + 1), _ctx.TextOf(cue).ToString(), sp, false);
    }

    /// <summary>
    /// "Health Minister Okafor: …": a title (a source cue) and then a surname the article gives after a given name or an
    /// honorific elsewhere ("Grace Okafor", "Mr. Okafor"), so that "Council Advisers Gloomy: …" still names nobody.
    /// </summary>
    private bool TitleBeforeKnownName(int from, int to)
    {
        // One word after the title: the surname. The registry may not hold the full name yet (a headline comes first), so
        // the article is searched for the surname after a given name.
        if (to - from < 2 || !_ctx.IsSourceCue(to - 2)) return false;
        var surname = _ctx.TextOf(to - 1);
        for (int k = to + 1; k < _ctx.Doc.TokenCount; k++)
            if (_ctx.TextOf(k).SequenceEqual(surname) && (PersonGender.IsGivenName(_ctx.TextOf(k - 1)) || IsHonorific(k - 1))) return true;
        return false;
    }

    /// <summary>"Mr. Khan", "Mrs Hale": an honorific before a surname makes it a person's ("Mayor Khan: …" in the headline).</summary>
    private bool IsHonorific(int t) => _ctx.In(Honorifics, t) || (_ctx.IsPunct(t, '.') && t > 0 && _ctx.In(Honorifics, t - 1));

    /// <summary>
    /// "Blunkett row should end – Blair", "Rates will hold - Bank chief", "Cabinet offer reports 'fake news': Donaldson": a
    /// headline that closes with a dash or a colon and its speaker (at most three capitalised words, ending in a source
    /// noun or a name the article gives a role). Also "'I acted in good faith' - Delaney expands on loan": a headline
    /// that opens with a quotation, then a dash and the name of someone the article gives a role.
    /// </summary>
    private SentenceAttribution? TrailingHeadlineSpeaker(int a, int b)
    {
        int dash = -1;
        for (int t = b - 2; t > a + 1 && t >= b - 4; t--)
            if (_ctx.IsDash(t) || _ctx.IsPunct(t, ':')) { dash = t; break; }
        if (dash >= 0) return HeadlineSpeakerAt(dash + 1, b, dash);
        if (!_ctx.IsQuoteMark(a)) return null;
        for (int t = a + 2; t + 2 < b; t++)
        {
            if (!_ctx.IsQuoteMark(t - 1) || !_ctx.IsDash(t)) continue;
            int e = t + 1;
            while (e < b && e < t + 4 && _ctx.IsCapitalized(e) && _ctx.KindOf(e) == TokenKind.Word) e++;
            return e > t + 1 ? HeadlineSpeakerAt(t + 1, e, t, knownNameOnly: true) : null;
        }
        return null;
    }

    /// <summary>
    /// The article's first sentence on a line of its own: a headline, also one that ends in a quotation mark ("Tories: tax
    /// credit figures 'were buried'"), which the document does not flag as a headline.
    /// </summary>
    internal bool OpeningLine(Sentence s) =>
        s.IsHeadline || (s.Index == 0 && _ctx.Doc.SentenceArray.Length > 1 && _ctx.Doc.SentenceArray[1].Paragraph != s.Paragraph);

    /// <summary>True when most of the sentence's longer words are capitalised, as in a headline in title case.</summary>
    internal bool TitleCase(Sentence s) => IsTitleCase(_ctx, s);

    /// <summary>True when at least 70% of the sentence's words of four letters or more are capitalised (a title-case headline).</summary>
    internal static bool IsTitleCase(ArticleContext ctx, Sentence s)
    {
        int words = 0, capitals = 0;
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if (ctx.KindOf(t) != TokenKind.Word || ctx.TextOf(t).Length <= 3) continue;
            words++;
            if (ctx.IsCapitalized(t)) capitals++;
        }
        return words > 0 && capitals * 10 >= words * 7;
    }

    /// <summary>True when a title-case preposition ("Over", "Amid") sits right before the cue's noun phrase in <c>[from, cue)</c>.</summary>
    internal bool PrepositionBefore(int from, int cue)
    {
        for (int t = cue - 1; t >= from && t >= cue - 4; t--)
            if (_ctx.In(TitlePrepositions, t)) return true;
        return false;
    }

    /// <summary>
    /// Prepositions that open a title-case phrase naming no speaker ("Over Hitler Tweets", "Amid Abuse Claims"). Not "of",
    /// "for", "from", "at", "by" or "with", which sit inside speakers' names ("Bank Of England Warns").
    /// </summary>
    private static readonly WordSet TitlePrepositions = new WordSet(StringComparer.OrdinalIgnoreCase,
        "over", "about", "against", "amid", "after", "into", "under", "despite", "following");
}
