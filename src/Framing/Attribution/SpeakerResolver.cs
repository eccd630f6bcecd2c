using Framing.Rules;
using Framing.Text;
using static Framing.Attribution.SpeakerWords;

namespace Framing.Attribution;

/// <summary>
/// Finds each sentence's speaker: the reporting cue (an <c>attribution_verb</c> match outside quotations),
/// the noun phrase that speaks (before the cue, after it when inverted, after "according to", between
/// "quotes" and "saying"), its source type from the cue lexicons, and — when the phrase is a pronoun, a
/// surname, or absent because the sentence continues a quotation — the earlier mention it refers to.
/// This class carries speakers across sentences (quotations and blocks that run on, pronouns, statements named
/// earlier); within one sentence <see cref="SpeakerPhraseFinder"/> finds the phrase, <see cref="SpeakerClassifier"/>
/// names and types it, <see cref="HeadlineSpeakerFinder"/> reads headlines, and <see cref="PronounAntecedents"/>
/// checks a pronoun's gender against its candidate.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly WordSet RelayVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "quotes", "quoted", "quoting", "quote", "cites", "cited", "citing", "cite");

    private readonly ArticleContext _ctx;
    private readonly EntityRegistry _entities;
    private readonly SpeakerClassifier _classifier;
    private readonly SpeakerPhraseFinder _phrases;
    private readonly HeadlineSpeakerFinder _headlines;
    private readonly PronounAntecedents _pronouns;

    private SpeakerResolver(ArticleContext ctx)
    {
        _ctx = ctx;
        _entities = EntityRegistry.Build(ctx);
        _classifier = new SpeakerClassifier(ctx, _entities);
        _phrases = new SpeakerPhraseFinder(ctx, _entities, _classifier);
        _headlines = new HeadlineSpeakerFinder(ctx, _entities, _classifier);
        _pronouns = new PronounAntecedents(_entities);
    }

    /// <summary>The attribution of every sentence (null where none), and the article's entities.</summary>
    public static (SentenceAttribution?[] Attributions, EntityRegistry Entities) Resolve(ArticleContext ctx)
    {
        var r = new SpeakerResolver(ctx);
        return (r.ResolveAll(), r._entities);
    }

    // The attributions found so far, in sentence order: a later sentence's "the statement" or "its statement" is the
    // statement an earlier sentence's speaker issued.
    private SentenceAttribution?[] _result = [];

    private SentenceAttribution?[] ResolveAll()
    {
        var doc = _ctx.Doc;
        var result = _result = new SentenceAttribution?[doc.SentenceArray.Length];
        Speaker? lastPerson = null, lastGroup = null, last = null;
        int lastSentence = -10, lastPersonSentence = -10;
        HashSet<string>? describedPeople = null;
        for (int i = 0; i < doc.SentenceArray.Length; i++)
        {
            var s = doc.SentenceArray[i];
            // "Morgan Tsvangirai has said he will pull out … Zimbabwe's opposition leader is due to …": a person named
            // with no role, then described by an official post opening one of the next two sentences, holds that post.
            if (!s.IsHeadline && lastPersonSentence >= i - 2 && lastPerson is { } named && PostDescribing(named, s) is { } described)
            {
                lastPerson = named with { Type = SourceType.Official, Role = described };
                if (_entities.Find(named.Name) is { Type: SourceType.Other } known && known.Name == named.Name) _entities.Retype(known, SourceType.Official);
                else _entities.Introduce(named.Name, described, SourceType.Official, _ctx.Doc.TokenArray[s.FirstToken].Span.Start);
                (describedPeople ??= new HashSet<string>(StringComparer.Ordinal)).Add(named.Name);
            }
            // A sentence that opens with a person's full name makes them the antecedent, also for its own pronouns:
            // "Anton Veselinov receives visitors at a villa that, he insists, belongs to his brother-in-law."
            // "…, its Speaker said on Monday. Eileen Bell told MLAs …": a post named with "the" or "its", then a new full name
            // opening one of the next two sentences, is the post's holder named.
            if (!s.IsHeadline && lastSentence >= i - 2 && last is { Resolution: SpeakerResolution.Explicit } post && NamesHolderOf(post, s) is { } holder)
                _entities.Introduce(holder.Name, post.Text, post.Type, holder.Position);
            if (!s.IsHeadline && PersonOpening(s) is { } mentioned) { lastPerson = mentioned; _pronouns.NotePerson(mentioned); lastPersonSentence = i; }
            var a = FromCues(s, lastPerson, lastGroup) ?? (_headlines.OpeningLine(s) ? _headlines.HeadlineSpeaker(s) : TranscriptSpeaker(s)) ?? FullTextLine(s);
            result[i] = a;
            if (a is not null)
            {
                if (a.Speaker.Resolution == SpeakerResolution.Explicit) _entities.Remember(a.Speaker, doc.SentenceArray[i].Span.Start);
                // "The vice chancellor of Essex University, Professor Sir Ivor Crewe, said": a post named before its holder is
                // the holder's role, and the academic title the registry read from the name a courtesy, so a later "Sir Ivor
                // said" is the vice chancellor speaking.
                if (a.Speaker is { Resolution: SpeakerResolution.Explicit, Type: SourceType.Official, Role: { } holderName }
                    && _entities.Find(holderName) is { Type: SourceType.Expert } titled && titled.Name.Contains(' ')
                    && holderName.EndsWith(titled.Name, StringComparison.Ordinal))
                    _entities.Retype(titled, SourceType.Official);
                if (IsPerson(a.Speaker)) { lastPerson = a.Speaker; _pronouns.NotePerson(a.Speaker); lastPersonSentence = i; }
                // "the sheriff told him: '…' … He added:": a person named only by their post is the next "he" or "she" too.
                else if (IsPersonByPost(a.Speaker)) lastPerson = a.Speaker;
                else lastGroup = a.Speaker;
                last = a.Speaker;
                lastSentence = i;
            }
        }
        // Quotations that run over several sentences take the speaker of the sentence that attributes them.
        for (int i = 0; i < doc.SentenceArray.Length; i++)
        {
            if (result[i] is not null) continue;
            var s = doc.SentenceArray[i];
            if (_ctx.QuotedShare(s) < 0.5) continue;
            var from = QuotationSource(i, result);
            if (from is null) continue;
            var sp = from.Speaker with { Text = from.Speaker.Text, Resolution = SpeakerResolution.QuotationContinued };
            result[i] = new SentenceAttribution(from.Cue, from.CueText, sp, true);
        }
        ContinueBlocks(result);
        // The people an official post described after their name speak as officials in every sentence, the earlier too.
        Retype(result, describedPeople, SourceType.Official);
        // After the continuations, so that a witness's account inside a quotation that runs on ("“I saw a girl go
        // down next to me.”") counts too.
        UpgradeWitnesses(result);
        UpgradeStatementMakers(result);
        return result;
    }

    /// <summary>
    /// A speaker of no known type who issues a formal statement ("Schlossnet said in a statement", "Team Nordvik said in
    /// a statement") is an organisation or office speaking for itself, which the taxonomy makes official, in all their
    /// sentences. People named as speaking for themselves (a novelist, a fan, a publicist for one), statements relayed
    /// "through her agent" and former office holders stay as they are.
    /// </summary>
    private void UpgradeStatementMakers(SentenceAttribution?[] result)
    {
        HashSet<string>? makers = null;
        for (int i = 0; i < result.Length; i++)
        {
            if (result[i] is not { } a || a.InQuotation || a.Speaker.Resolution != SpeakerResolution.Explicit || !CanBecomeWitness(a.Speaker)
                || RoleWords.NamesPrivatePerson(a.Speaker.Text) || RoleWords.NamesPrivatePerson(a.Speaker.Role)) continue;
            foreach (ref readonly var m in _ctx.MatchesOf(i))
                // "said in a statement through her agent": a private person's statement, relayed.
                if (m.Rule.Id == StatementPhraseRule && !_ctx.InsideQuote[m.FirstToken] && _ctx.Is(m.EndToken - 1, "statement")
                    && !(m.EndToken < _ctx.Doc.TokenCount && _ctx.Is(m.EndToken, "through")) && !RelayedByRepresentative(m.EndToken))
                    (makers ??= new HashSet<string>(StringComparer.Ordinal)).Add(a.Speaker.Name);
        }
        // "A judge rejected a claim that the Da Vinci Code author Dan Brown stole …; Brown released a statement": the article
        // named the maker as a private person where they did not speak.
        if (makers is not null)
        {
            var privatePeople = NamesGivenPrivateTrades();
            makers.RemoveWhere(name => privatePeople.Contains(name[(name.LastIndexOf(' ') + 1)..]));
        }
        Retype(result, makers, SourceType.Official);
    }

    /// <summary>
    /// The capitalised words the article puts within three words after a private person's word (author, novelist,
    /// singer …: "the Da Vinci Code author Dan Brown") or right before one between commas ("Dan Brown, the author,"), in
    /// one pass over the tokens.
    /// </summary>
    private HashSet<string> NamesGivenPrivateTrades()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        int n = _ctx.Doc.TokenCount;
        for (int k = 0; k < n; k++)
        {
            if (_ctx.KindOf(k) != TokenKind.Word || !RoleWords.IsPrivatePerson(_ctx.TextOf(k))) continue;
            for (int t = k + 1; t < n && t <= k + 3; t++)
                if (_ctx.IsCapitalized(t)) names.Add(_ctx.TextOf(t).ToString());
            if (k >= 3 && _ctx.IsPunct(k - 2, ',') && (_ctx.Is(k - 1, "the") || _ctx.Is(k - 1, "a") || _ctx.Is(k - 1, "an")) && _ctx.IsCapitalized(k - 3))
                names.Add(_ctx.TextOf(k - 3).ToString());
        }
        return names;
    }

    private static readonly WordSet PersonalRepresentatives = new WordSet(StringComparer.OrdinalIgnoreCase,
        "lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "agent", "publicist", "representative",
        "representatives", "family", "spokeswoman", "spokesman", "spokesperson");

    /// <summary>
    /// "a statement released by her lawyer", "a statement issued through his attorneys": a person's own statement, relayed
    /// by someone acting for them personally (within four words after the statement).
    /// </summary>
    private bool RelayedByRepresentative(int from)
    {
        for (int k = from; k < _ctx.Doc.TokenCount && k < from + 4; k++)
        {
            if (_ctx.KindOf(k) != TokenKind.Word) return false;
            if ((_ctx.Is(k, "her") || _ctx.Is(k, "his") || _ctx.Is(k, "their")) && k + 1 < _ctx.Doc.TokenCount && _ctx.In(PersonalRepresentatives, k + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// The end of the run of capitalised words, four at most, that opens <paramref name="s"/>: a name's candidate, which
    /// no conjunction, determiner, indefinite pronoun, "I"/"We" or opening adjunct's word opens ("On Friday she said …"
    /// names nobody "On Friday"). <c>s.FirstToken</c> when there is none.
    /// </summary>
    private int OpeningNameEnd(Sentence s) => OpeningNameEnd(s.FirstToken, s.FirstToken + s.TokenCount);

    /// <summary>The end of the capitalised name run that opens at <paramref name="a"/> (see <see cref="OpeningNameEnd(Sentence)"/>).</summary>
    private int OpeningNameEnd(int a, int b)
    {
        int e = a;
        while (e < b && e < a + 4 && _ctx.IsCapitalized(e) && _ctx.KindOf(e) == TokenKind.Word
               && !_ctx.In(NotSpeakerOpeners, e) && !_ctx.In(NotSubjects, e) && !_ctx.In(FirstPerson, e) && !_ctx.Is(e, "the")
               && !(e == a && _ctx.In(AdjunctOpeners, e))) e++;
        return e;
    }

    /// <summary>
    /// The token after an opening participle clause and its comma ("Speaking on the subject of crime and immigration, |
    /// Stefan Loefven"), or the sentence's first token when it opens otherwise.
    /// </summary>
    private int AfterOpeningParticipleClause(Sentence s)
    {
        int a = s.FirstToken, b = a + s.TokenCount;
        if (!_ctx.IsCapitalized(a) || !_ctx.TextOf(a).EndsWith("ing", StringComparison.Ordinal)) return a;
        for (int t = a + 1; t < b - 1 && t < a + 16; t++)
        {
            if (_ctx.IsQuoteMark(t)) return a;
            if (_ctx.IsPunct(t, ',')) return t + 1;
        }
        return a;
    }

    /// <summary>Posts that one person holds, named by a definite description ("its Speaker", "the chief executive").</summary>
    private static readonly WordSet SingleHolderPosts = new WordSet(StringComparer.OrdinalIgnoreCase,
        "speaker", "president", "chairman", "chairwoman", "chair", "chancellor", "premier", "governor", "mayor", "leader",
        "director", "director-general", "secretary", "secretary-general", "commissioner", "ombudsman", "coroner", "prosecutor",
        "sheriff", "constable", "superintendent", "executive", "head", "chief", "minister", "ambassador", "taoiseach",
        "spokesman", "spokeswoman", "spokesperson", "bishop", "archbishop", "principal", "headteacher", "manager", "ceo");

    /// <summary>
    /// The full name that opens <paramref name="s"/> when it names the holder of <paramref name="post"/>: the post is an
    /// official one named with "the", "its", "his", "her" or "their" and no name of its own ("its Speaker"); the name is
    /// two or three capitalised words the article has not introduced, followed by a lower-case verb ("Eileen Bell told").
    /// </summary>
    private (string Name, int Position)? NamesHolderOf(Speaker post, Sentence s)
    {
        if (post.Type != SourceType.Official || post.Role is not null || post.Span.Length == 0) return null;
        // Read without splitting: this is asked after most official speakers.
        var text = post.Text.AsSpan();
        int firstSpace = text.IndexOf(' ');
        if (firstSpace <= 0 || text.Count(' ') > 3) return null;
        var first = text[..firstSpace];
        // "the"/"its" or an organisation's possessive ("Mylan's CEO called … Heather Bresch said …").
        bool owner = first.Length > 3 && char.IsUpper(first[0]) && (first.EndsWith("'s") || first.EndsWith("’s"));
        if (!(first is "the" or "The" or "its" or "Its" or "his" or "her" or "their" || owner) || !SingleHolderPosts.Contains(text[(text.LastIndexOf(' ') + 1)..])) return null;
        int a = AfterOpeningParticipleClause(s), b = s.FirstToken + s.TokenCount, e = OpeningNameEnd(a, b);
        // "Speaking on the subject of crime, Stefan Loefven, who has …, admitted": the name after an opening participle
        // clause, set off by commas.
        bool setOff = a > s.FirstToken && e < b && _ctx.IsPunct(e, ',');
        if (e - a is < 2 or > 3 || e >= b || (!setOff && (_ctx.KindOf(e) != TokenKind.Word || _ctx.IsCapitalized(e) || _ctx.Is(e, "and"))) || _ctx.InsideQuote[a]) return null;
        for (int t = a; t < e; t++) if (_ctx.IsSourceCue(t)) return null;
        var name = _ctx.Text(a, e);
        if (_entities.Find(name) is not null || !IsPersonName(name)) return null;
        return (name, _ctx.Doc.TokenArray[a].Span.Start);
    }

    /// <summary>Posts an official holds alone, by which a story goes on to name a person it introduced by name only.</summary>
    private static readonly WordSet DescribingPosts = new WordSet(StringComparer.OrdinalIgnoreCase,
        "speaker", "president", "chairman", "chairwoman", "chancellor", "premier", "governor", "mayor", "leader", "secretary",
        "secretary-general", "commissioner", "ombudsman", "prosecutor", "sheriff", "minister", "ambassador", "taoiseach",
        "spokesman", "spokeswoman", "senator", "congressman", "congresswoman", "congressmember", "lawmaker", "legislator",
        "mp", "mep", "msp", "td", "mla", "councillor", "councilman", "councilwoman", "assemblyman", "assemblywoman",
        "politician", "republican", "democrat", "peer", "diplomat", "general", "commander");

    /// <summary>
    /// The post that describes <paramref name="named"/> when <paramref name="s"/> opens with it as its subject: "The
    /// senator added …", "Zimbabwe's opposition leader is due to …", "The MP for Castle Point lost the whip …". The
    /// person was named with no role of their own and no source cue; the description opens with "the" or a place's or
    /// party's possessive, names no one, is no former post, is held by one person (a singular official head), agrees
    /// with the person's gender, and no one the article has already given that post could be meant instead.
    /// </summary>
    private string? PostDescribing(Speaker named, Sentence s)
    {
        if (named.Type != SourceType.Other || named.Role is not null || named.FormerOfficial || named.Resolution == SpeakerResolution.Pronoun
            || !named.Name.Contains(' ') || !IsPersonName(named.Name) || _ctx.InsideQuote[s.FirstToken]) return null;
        int b = s.FirstToken + s.TokenCount;
        if (_phrases.SentenceSubject(s.FirstToken, b) is not { } sp || sp.End >= b || sp.End - sp.Start is < 2 or > 10) return null;
        int a = sp.Start;
        if (!_ctx.Is(a, "the") && !(_ctx.IsCapitalized(a) && _classifier.PossessiveOf(a) is not null && (_ctx.IsSourceCue(a) || _ctx.CountryAt(a)))) return null;
        // The head: the last word before a preposition ("The MP for Castle Point").
        int head = a + 1;
        while (head + 1 < sp.End && !_classifier.IsPreposition(head + 1) && !_ctx.IsPunct(head + 1, ',')) head++;
        if (!_ctx.In(DescribingPosts, head) || RoleWords.NoLongerInRole(_ctx, a, head + 1)) return null;
        // Names no one: a capital before the head is a source word or a place ("Zimbabwe's opposition leader", "The
        // Florida Democrat"), not a name ("The senator Jane Okafor").
        for (int t = a + 1; t < head; t++)
            if (_ctx.IsCapitalized(t) && !_ctx.IsSourceCue(t) && !_ctx.CountryAt(t)) return null;
        if (_classifier.HeadType(a, head + 1) != SourceType.Official) return null;
        // Its verb follows: "The senator added", not "The senator's aides".
        if (_ctx.KindOf(sp.End) != TokenKind.Word || _ctx.IsCapitalized(sp.End) || _ctx.Is(sp.End, "and") || _ctx.Is(sp.End, "or")) return null;
        var post = _ctx.Text(a + 1, sp.End);
        var postGender = PersonGender.Of(_ctx.TextOf(head).ToString(), null);
        var personGender = PersonGender.Of(named.Name, null);
        if (postGender != Gender.Unknown && personGender != Gender.Unknown && postGender != personGender) return null;
        var headWord = _ctx.TextOf(head);
        int at = _ctx.Doc.TokenArray[a].Span.Start;
        foreach (var e in _entities.Entities)
        {
            if (e.Position >= at || e.Name == named.Name || e.Role is null) continue;
            foreach (var r in e.Role.AsSpan().Split(' '))
                if (e.Role.AsSpan(r).TrimEnd(",.").Equals(headWord, StringComparison.OrdinalIgnoreCase)) return null;
        }
        return post;
    }

    /// <summary>
    /// A sentence that opens with a person's full name as its subject and quotes nobody ("Mirko Tadic, 44, watched his
    /// neighbour die"): the person a following "he" or "she" most likely means.
    /// </summary>
    private Speaker? PersonOpening(Sentence s)
    {
        int a = s.FirstToken, b = a + s.TokenCount;
        if (b - a < 3 || !_ctx.IsCapitalized(a) || !_ctx.IsCapitalized(a + 1) || _ctx.QuotedShare(s) > 0) return null;
        int e = OpeningNameEnd(s);
        // The name must be followed by a comma (an age or an appositive) or a lower-case word (its verb), not by "and"
        // and more of a name ("Northern Nursing and Midwifery Union").
        if (e >= b || e - a < 2 || !(_ctx.IsPunct(e, ',') || (_ctx.KindOf(e) == TokenKind.Word && !_ctx.IsCapitalized(e)))) return null;
        if (_ctx.Is(e, "and") && e + 1 < b && _ctx.IsCapitalized(e + 1)) return null;
        var speaker = _classifier.Describe(a, e, SpeakerResolution.Explicit);
        return speaker.Name.Contains(' ') && IsPerson(speaker) && IsPersonName(speaker.Name) ? speaker : null;
    }

    /// <summary>
    /// A statement reproduced as an unquoted block: "The union's general secretary writes:" followed by sentences with no
    /// quotation marks. They continue the introducing speaker (taxonomy: "part of an official statement reproduced
    /// verbatim as a block"). The block is the rest of the introducing paragraph and the paragraph after it; a sentence
    /// with its own attribution or a quotation ends it sooner. (Running on to the article's end was measured: on
    /// realnews-dev it also swept web-page furniture between paragraphs into the block, and F1 did not move.)
    /// Where the introduction says the text follows in full ("This is X's full response:", "From Planned Parenthood
    /// Federation of America:", "The statement in full:"), the block runs on until a sentence attributes or quotes
    /// anew, whatever the paragraphs; its first sentence belongs to it even with a cue of its own ("The publication
    /// manufactured by AUL rejects scientific evidence" is the statement's charge, not AUL speaking).
    /// </summary>
    private void ContinueBlocks(SentenceAttribution?[] result)
    {
        var doc = _ctx.Doc;
        const int BlockParagraphs = 1;
        SentenceAttribution? opener = null;
        int openerParagraph = -1;
        bool whole = false;
        for (int i = 0; i < doc.SentenceArray.Length; i++)
        {
            var s = doc.SentenceArray[i];
            bool colonLine = doc.Text[s.Span.End - 1] == ':' && _ctx.QuotedShare(s) == 0
                && i + 1 < doc.SentenceArray.Length && _ctx.QuotedShare(doc.SentenceArray[i + 1]) == 0;
            bool fullText = colonLine && FullTextFollows(s);
            // An ordinary block must begin with a sentence that has no speaker of its own; a text given in full may
            // ("The watchdog's report repeats claims …" has cues, but is the statement's first sentence).
            bool colon = colonLine && (fullText || result[i + 1] is null);
            if (fullText)
            {
                // "From Planned Parenthood Federation of America:"; "This is Liberal Democrat Treasury spokesman Vincent
                // Cable's full response to the Chancellor's report:" — the one whose response it is speaks, not the noun
                // "report" a cue search may have found.
                if (result[i] is null && BlockHeading(s) is { } heading) result[i] = heading;
                if (FullTextOwner(s) is { } owner)
                    result[i] = result[i] is { } found ? found with { Speaker = owner }
                        : new SentenceAttribution(owner.Span, ShortStrings.Of(doc.Text, owner.Span.Start, owner.Span.Length), owner, false);
            }
            // The first sentence of a text given in full is the statement's, whatever cue it holds; after it, a sentence
            // with its own speaker ends the block.
            bool firstOfWhole = whole && opener is not null && i > 0 && ReferenceEquals(result[i - 1], opener) && _ctx.QuotedShare(s) < 0.5;
            // Inside a text given in full, the writer's own "I" and "you might think" are the statement's voice, not a new speaker.
            bool ownVoice = whole && opener is not null && result[i] is { Speaker.Name: "the author" } && _ctx.QuotedShare(s) < 0.5;
            if (result[i] is { } a && !firstOfWhole && !ownVoice)
            {
                opener = colon && !a.InQuotation ? a : null;
                openerParagraph = s.Paragraph;
                whole = opener is not null && fullText;
                continue;
            }
            if (opener is null) continue;
            // A text given in full ends where the article speaks of its writer again by name ("Grimm spoke with Scotto …").
            if (whole && NamesSpeaker(s, opener.Speaker)) { opener = null; continue; }
            // "Schumer listed the reasons why he won't vote to confirm Gorsuch:" then "-- First, …", "-- Second, …": a list's
            // items after the colon continue the block, one paragraph each.
            if (s.Paragraph == openerParagraph + BlockParagraphs + 1 && (i == 0 || doc.SentenceArray[i - 1].Paragraph != s.Paragraph)
                && OpensListItem(s)) openerParagraph++;
            // A quotation ends the block; in a text given in full, only a quoted sentence does, not a phrase in scare quotes.
            if (_ctx.QuotedShare(s) >= (whole ? 0.5 : double.Epsilon) || (!whole && s.Paragraph - openerParagraph > BlockParagraphs)) { opener = null; continue; }
            var sp = opener.Speaker with { Resolution = SpeakerResolution.QuotationContinued };
            result[i] = new SentenceAttribution(opener.Cue, opener.CueText, sp, true);
        }
    }

    /// <summary>True when the sentence holds the last word of <paramref name="speaker"/>'s name (a surname), capitalised.</summary>
    private bool NamesSpeaker(Sentence s, Speaker speaker)
    {
        var name = speaker.Name.AsSpan().TrimEnd();
        var last = name[(name.LastIndexOf(' ') + 1)..];
        if (last.Length < 2 || !char.IsUpper(last[0])) return false;
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            if (_ctx.TextOf(t).Equals(last, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when the sentence opens with a list marker: a dash, a double hyphen or a bullet and a space.</summary>
    private bool OpensListItem(Sentence s)
    {
        var text = _ctx.Doc.Text.AsSpan(s.Span.Start, s.Span.Length);
        int n = 0;
        while (n < text.Length && n < 2 && (Text.CharClass.IsDash(text[n]) || text[n] is '•' or '*' or '·')) n++;
        return n > 0 && n < text.Length && text[n] == ' ';
    }

    /// <summary>True when the sentence says that a statement follows in full: "full response", "in full", "the following statement".</summary>
    private bool FullTextFollows(Sentence s)
    {
        int a = s.FirstToken, b = a + s.TokenCount;
        if (BlockHeadingName(s) is not null) return true;
        for (int t = a; t + 1 < b; t++)
        {
            if (_ctx.Is(t, "full") && (_ctx.In(StatementNouns, t + 1) || (t + 2 < b && _ctx.In(StatementNouns, t + 2)))) return true;
            // "Mr Galloway issued this statement to deny the allegations:" names the text that follows as well.
            if ((_ctx.Is(t, "in") && _ctx.Is(t + 1, "full")) || ((_ctx.Is(t, "following") || _ctx.Is(t, "this")) && _ctx.In(StatementNouns, t + 1))) return true;
            // "Sen. Marco Rubio issued a number of tweets supporting Guaido:": the posts follow, one paragraph or several.
            // (The line ends in its colon, so this pass sees every word.)
            if (_ctx.Is(t, "tweets") || _ctx.Is(t, "posts")) return true;
        }
        return false;
    }

    /// <summary>
    /// "Here's Etheridge's full statement:" before a quotation: the line names who speaks, so that the quotation after it
    /// continues them (an unquoted block after such a line is <see cref="ContinueBlocks"/>'s).
    /// </summary>
    private SentenceAttribution? FullTextLine(Sentence s)
    {
        if (_ctx.Doc.Text[s.Span.End - 1] != ':' || _ctx.QuotedShare(s) > 0 || FullTextOwner(s) is not { } owner) return null;
        return new SentenceAttribution(owner.Span, ShortStrings.Of(_ctx.Doc.Text, owner.Span.Start, owner.Span.Length), owner, false);
    }

    /// <summary>The possessor of "X's full response" (or statement, text, …), when the sentence names one.</summary>
    private Speaker? FullTextOwner(Sentence s)
    {
        int a = s.FirstToken, b = a + s.TokenCount;
        for (int t = a + 1; t + 1 < b; t++)
        {
            if (!_ctx.Is(t, "full") || !_ctx.In(StatementNouns, t + 1)) continue;
            var w = _ctx.TextOf(t - 1);
            if (!(w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) || !_ctx.IsCapitalized(t - 1)) return null;
            return _phrases.BackwardPhrase(t, a) is { } np && _classifier.CanSpeak(np.Start, np.End) ? _classifier.Describe(np.Start, np.End, SpeakerResolution.Explicit) : null;
        }
        return null;
    }

    /// <summary>The name in a heading of the form "From Planned Parenthood Federation of America:", or null.</summary>
    private (int Start, int End)? BlockHeadingName(Sentence s)
    {
        int a = s.FirstToken, b = a + s.TokenCount;
        if (b - a < 3 || !_ctx.Is(a, "from") || !_ctx.IsPunct(b - 1, ':')) return null;
        int n = _ctx.Is(a + 1, "the") ? a + 2 : a + 1;
        if (n >= b - 1 || !_ctx.IsCapitalized(n)) return null;
        for (int t = n; t < b - 1; t++)
            if (!(_ctx.IsCapitalized(t) || _ctx.Is(t, "of") || _ctx.Is(t, "for") || _ctx.Is(t, "the") || _ctx.Is(t, "and") || _ctx.IsPunct(t, '.'))) return null;
        return (n, b - 1);
    }

    /// <summary>
    /// A statement's source on a line of its own before the statement: "From Planned Parenthood Federation of America:".
    /// A body named this way (a word such as "Trust" or "Federation" in the name) issues a formal statement, which the
    /// taxonomy makes official; a name read as a person's (a known given name or title) keeps its type; anything else
    /// ("From Monday:") is no heading.
    /// </summary>
    private SentenceAttribution? BlockHeading(Sentence s)
    {
        if (BlockHeadingName(s) is not { } name) return null;
        var sp = _classifier.Describe(name.Start, name.End, SpeakerResolution.Explicit);
        if (sp.Type == SourceType.Other)
        {
            // "From the Coastal Heritage Trust:", "From Planned Parenthood Federation of America:" — not "From Monday:".
            bool body = false;
            for (int t = name.Start; t < name.End; t++) body |= _ctx.In(OrgSuffixes, t);
            if (body) sp = sp with { Type = SourceType.Official };
            else if (PersonGender.Of(sp.Name, sp.Role) == Gender.Unknown) return null;
        }
        var cue = _ctx.Span(s.FirstToken, s.FirstToken + 1);
        return new SentenceAttribution(cue, ShortStrings.Of(_ctx.Doc.Text, cue.Start, cue.Length), sp, false);
    }

    /// <summary>
    /// A speaker of no known type who tells what they saw or heard ("I saw a man go down", "she said she heard three
    /// bangs"), or whose words a first-hand rule marks, is an eyewitness source in all their sentences. A first-person
    /// past alone ("I went too far", "we were in a long-term relationship") does not make one: on the blind rounds of
    /// real news it typed people speaking of their own conduct as witnesses in every sentence they spoke.
    /// </summary>
    private void UpgradeWitnesses(SentenceAttribution?[] result)
    {
        var witnesses = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < result.Length; i++)
        {
            // A former office holder recounting their time in office is not a witness at a scene.
            // An unresolved pronoun ("He") names nobody in particular: its sentences may be different people's.
            if (result[i] is not { } a || !CanBecomeWitness(a.Speaker)) continue;
            bool perception = false, firstPerson = false, witnessRule = false;
            foreach (ref readonly var m in _ctx.MatchesOf(i))
            {
                if (m.Rule.Signal == Signal.EyewitnessReport) witnessRule = true;
                if (m.Rule.Signal == Signal.PerceptionVerb) perception = true;
                if (m.Rule.Signal == Signal.FirstPerson) firstPerson = true;
            }
            if (witnessRule || (perception && (firstPerson || a.InQuotation))) witnesses.Add(a.Speaker.Name);
        }
        Retype(result, witnesses, SourceType.Eyewitness);
    }

    /// <summary>Every sentence whose speaker is one of <paramref name="names"/> and typed other gets <paramref name="type"/> (in place).</summary>
    internal static void Retype(SentenceAttribution?[] result, IReadOnlySet<string>? names, SourceType type)
    {
        if (names is null || names.Count == 0) return;
        for (int i = 0; i < result.Length; i++)
            if (result[i] is { Speaker: { Type: SourceType.Other } sp } a && names.Contains(sp.Name))
                result[i] = a with { Speaker = sp with { Type = type } };
    }

    /// <summary>
    /// A speaker whose source type a first-hand account may turn into eyewitness: typed other, not a former office holder
    /// (recounting their time in office is not being at a scene), not the author, and not an unresolved pronoun ("He"
    /// names nobody in particular: its sentences may be different people's).
    /// </summary>
    internal static bool CanBecomeWitness(Speaker sp) => sp.Type == SourceType.Other && !sp.FormerOfficial && sp.Name != "the author"
        && !PersonPronouns.Contains(sp.Name) && !GroupPronouns.Contains(sp.Name);

    /// <summary>The attributed sentence that shares this sentence's quotation (or introduces it with a colon).</summary>
    private SentenceAttribution? QuotationSource(int index, SentenceAttribution?[] result)
    {
        var doc = _ctx.Doc;
        var s = doc.SentenceArray[index];
        var own = _ctx.QuotationsOf(index);
        if (own.IsEmpty) return null;
        int chain = own[0].Chain;
        // Nearest sentence, either side, that overlaps a quotation of the same chain and is attributed.
        for (int d = 1; d <= 8; d++)
        {
            for (int side = 0; side < 2; side++)
            {
                int j = side == 0 ? index + d : index - d;
                if (j < 0 || j >= doc.SentenceArray.Length || result[j] is not { } a || a.Speaker.Resolution == SpeakerResolution.QuotationContinued) continue;
                foreach (var q in _ctx.QuotationsOf(j))
                    if (q.Chain == chain) return a;
            }
        }
        // "X said:" followed by the quotation; an attributed quote in the paragraph just before; or a sentence that
        // opens with a quotation right after X's reported speech ("X warned of a real risk. 'What will happen…'").
        if (index > 0 && result[index - 1] is { } prev)
        {
            var ps = doc.SentenceArray[index - 1];
            bool colon = doc.Text[ps.Span.End - 1] == ':';
            bool near = ps.Paragraph >= s.Paragraph - 1;
            bool adjacentQuote = near && _ctx.QuotedShare(ps) > 0;
            bool opensQuote = near && own[0].Span.Start == s.Span.Start;
            if (colon || adjacentQuote || opensQuote) return prev;
        }
        return null;
    }

    /// <summary>Heads of noun phrases that name a person by role: "it" never refers back to them.</summary>
    private static readonly WordSet PersonRoleHeads = new WordSet(StringComparer.OrdinalIgnoreCase,
        "professor", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "officer", "analyst", "expert",
        "researcher", "scientist", "economist", "lawyer", "attorney", "judge", "president", "chairman", "chairwoman", "chair",
        "director", "secretary", "governor", "mayor", "senator", "ambassador", "general", "commander", "chief", "leader",
        "head", "witness", "resident", "teacher", "doctor", "nurse", "author", "reporter", "correspondent", "editor",
        "instructor", "lecturer", "student", "man", "woman", "boy", "girl", "mother", "father", "driver", "owner", "worker");

    /// <summary>"It" speaks for an organisation, an outlet or a state, never for a person or a plural group.</summary>
    private static bool CanBeIt(Speaker g)
    {
        var name = g.Name.TrimEnd('.', ' ');
        int space = name.LastIndexOf(' ');
        var head = space < 0 ? name : name[(space + 1)..];
        if (PersonRoleHeads.Contains(head)) return false;
        bool acronym = head.Length >= 2 && head.All(c => char.IsUpper(c) || char.IsDigit(c));
        // A company named with a plural word ("Harland Airways", "Orrin Industries") is still one body.
        return acronym || (space > 0 && OrgSuffixes.Contains(head)) || !head.EndsWith('s') || head.EndsWith("ss", StringComparison.Ordinal) || head.EndsWith("us", StringComparison.Ordinal);
    }

    private static readonly WordSet GroupWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "ministry", "department", "council", "government", "police", "party", "office", "house", "agency", "commission",
        "union", "company", "group", "sources", "officials", "residents", "witnesses", "army", "forces", "court", "board",
        "committee", "authorities", "media", "state", "states", "club", "firm", "bank", "service", "services", "trust",
        "coalition", "campaign", "association", "federation", "league", "organisation", "organization", "institute",
        "staff", "workers", "employees", "members", "people", "protesters", "fans", "parents", "students", "teachers",
        "doctors", "nurses", "families", "villagers", "passengers", "others", "critics", "experts", "analysts",
        // Members of a house, who are several ("Pro-Brexit MPs have written to the BBC … they say").
        "mps", "meps", "msps", "tds", "senators", "lawmakers", "legislators", "councillors", "councilors", "peers", "lords",
        "republicans", "democrats", "tories", "conservatives", "brexiteers", "remainers", "ministers");

    /// <summary>True when the speaker's role names a person's job ("a correspondent for …", "the paper's editor").</summary>
    private static bool HasPersonRole(Speaker s) => RoleWords.AnyWordIn(s.Role, PersonRoleHeads);

    /// <summary>A name whose last word is no organisation or group word ("Charity Commission", "Orrin Bank").</summary>
    internal static bool IsPersonName(string name)
    {
        int space = name.LastIndexOf(' ');
        var last = name.AsSpan(space + 1).TrimEnd(".,");
        if (GroupWords.Contains(last) || OrgSuffixes.Contains(last)) return false;
        // "Danish Muslim community leaders": adjectives of nationality or faith alone describe a group, they name nobody
        // ("Swedish PM" names a person by post). "A Danish government spokesman" gives the registry "A Danish": an article
        // opens no name either.
        if (space > 0 && (Demonyms.Contains(last) && AllDemonyms(name) || name.AsSpan(0, name.IndexOf(' ')) is "A" or "An")) return false;
        // "Centers for Disease Control and Prevention": a lower-case word that is no name particle joins a body's name. Only
        // the words that open without a capital are looked at (this runs for every entity a pronoun's search passes).
        for (int at = 0; at < name.Length; at = name.IndexOf(' ', at) is int sp and >= 0 ? sp + 1 : name.Length)
        {
            if (name[at] == ' ' || char.IsUpper(name[at])) continue;
            int stop = name.IndexOf(' ', at);
            if (!SpeakerClassifier.NameParticles.Contains(name.AsSpan(at, (stop < 0 ? name.Length : stop) - at))) return false;
        }
        return true;
    }

    /// <summary>True when every word of the name is an adjective of nationality or faith ("Danish Muslim", "Iraqi Kurdish").</summary>
    private static bool AllDemonyms(string name)
    {
        foreach (var r in name.AsSpan().Split(' '))
            if (!Demonyms.Contains(name.AsSpan(r))) return false;
        return true;
    }

    /// <summary>Posts held by one person, for a speaker named only by the post ("the sheriff", "the judge").</summary>
    private static readonly WordSet SinglePersonPosts = new WordSet(StringComparer.OrdinalIgnoreCase,
        "sheriff", "judge", "coroner", "magistrate", "recorder", "prosecutor", "minister", "spokesman", "spokeswoman",
        "spokesperson", "chairman", "chairwoman", "governor", "mayor", "senator", "ambassador", "commissioner", "inspector",
        "detective", "superintendent", "constable", "sergeant", "officer", "president", "premier", "chancellor", "secretary");

    /// <summary>A person named only by the post they hold: "the sheriff", "the county's coroner", "a spokeswoman".</summary>
    private static bool IsPersonByPost(Speaker s)
    {
        if (s.Resolution != SpeakerResolution.Explicit || s.Type != SourceType.Official || s.Name.Length == 0 || char.IsUpper(s.Name[0])) return false;
        int space = s.Name.LastIndexOf(' ');
        return space < 0 ? SinglePersonPosts.Contains(s.Name) : SinglePersonPosts.Contains(s.Name.AsSpan(space + 1));
    }

    /// <summary>A named individual (not an organisation, a group or an anonymous source).</summary>
    private static bool IsPerson(Speaker s)
    {
        if (s.Resolution == SpeakerResolution.Pronoun) return PersonPronouns.Contains(s.Text);
        if (s.Type is SourceType.Anonymous || s.Name.Length == 0 || !char.IsUpper(s.Name[0])) return false;
        // An outlet ("CNN") is not a person; a named journalist ("Lena Marchetti, a correspondent for …") is, and so is a
        // host named with the outlet as the role ("MSNBC's Lawrence O'Donnell"), whose given name says a person.
        if (s.Type == SourceType.Media && !HasPersonRole(s) && !(s.Role is not null && PersonGender.Of(s.Name, null) != Gender.Unknown)) return false;
        // "the Tories", "the Democrats": a proper noun with an article is a group, and "they" refers back to it.
        if (s.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && s.Name.IndexOf(' ') < 0 && s.Name.EndsWith('s')) return false;
        int count = 0;
        ReadOnlySpan<char> last = default;
        foreach (var r in s.Name.AsSpan().Split(' '))
        {
            var w = s.Name.AsSpan(r);
            if (w.IsEmpty) continue;
            if (++count > 5 || !SpeakerClassifier.IsNameWord(w)) return false;
            last = w;
        }
        if (GroupWords.Contains(last) || s.Name.StartsWith("The ", StringComparison.Ordinal)) return false;
        // "Harland Airways", "Orrin Bank": a company's name, unless a given name opens it ("Samantha Power", "David Steel").
        int space = s.Name.IndexOf(' ');
        return !(count > 1 && OrgSuffixes.Contains(last) && !PersonGender.IsGivenName(s.Name.AsSpan(0, space)));
    }

    private SentenceAttribution? FromCues(Sentence s, Speaker? lastPerson, Speaker? lastGroup)
    {
        bool? titleCase = null;
        Speaker? current = null, deferred = null;
        RuleMatch? currentCue = null, deferredCue = null;
        foreach (ref readonly var m in _ctx.MatchesOf(s.Index))
        {
            if (m.Rule.Signal != Signal.AttributionVerb || _ctx.InsideQuote[m.FirstToken]) continue;
            // A capitalised verb inside a name is no verb: "in The New York Post, Bishop Barron asks" (headlines are
            // often written in title case, "Donald Trump Says Republicans Need …", so there a capital says nothing).
            // Read once per sentence: a long sentence of such cues must not be rescanned for each.
            if (m.FirstToken > s.FirstToken && _ctx.IsCapitalized(m.FirstToken) && _ctx.IsCapitalized(m.FirstToken - 1) && !(titleCase ??= _headlines.TitleCase(s))) continue;
            // Adjunct cues ("in an interview", "speaking to") mark attribution but never name the speaker.
            if (m.Rule.Id.StartsWith("attribution.adjunct", StringComparison.Ordinal)) continue;
            // A noun of saying as the object of an "-ing" verb is no verb of saying: "Bank of America is investigating
            // claims that …", "the paper is studying reports that …" (the words are someone else's, unnamed).
            if (ObjectOfParticiple(m, s)) continue;
            // A cue inside a longer cue already used ("saying" within "quotes ... saying").
            // A longer cue from the same word is read, though ("reported Defence Minister Sergei Ivanov as saying" after "reported").
            if (currentCue is { } used && m.FirstToken < used.EndToken && !(m.FirstToken == used.FirstToken && m.EndToken > used.EndToken)) continue;
            var sp = SpeakerOf(s, m, lastPerson, lastGroup, current);
            if (sp is null) continue;
            // A noun of saying after a modifier ("the only NAO report", "seized on Mr Taylor's comment and claimed …") names
            // words spoken about; a later verb of saying or "according to" names the sentence's speaker, when there is one.
            // So does a verb in a clause that opens the sentence before its main clause ("After McCain noted she would not
            // condemn it, Mallory replied, …"): the main clause's speaker owns the sentence when it has one.
            if (current is null && deferred is null && (NounOfSaying(m, s) || InOpeningSubordinateClause(m, s))) { deferred = sp; deferredCue = m; continue; }
            if (current is not null && currentCue is { } previousCue && (current.Type == SourceType.Media || _ctx.Is(previousCue.FirstToken, "according"))
                && sp.Via is null && !ReferenceEquals(sp, current) && sp.Name != current.Name)
                sp = sp with { Via = current.Name };
            current = sp;
            currentCue = m;
            // The outer speaker owns the sentence ("Prosecutor X told the court that Y told the victims ..."),
            // unless it is an outlet relaying someone ("CNN reported that according to state media ...").
            if (current.Type != SourceType.Media && !_ctx.Is(m.FirstToken, "according")) break;
        }
        if (current is null && deferred is not null) (current, currentCue) = (deferred, deferredCue);
        // "One of the men claimed to be a UFC fighter, McManus said, adding …": a reporting clause that closes the
        // sentence after a comma frames everything before it, so its speaker owns the sentence, not the first verb's.
        if (current is not null && currentCue is { } firstCue && TrailingFrame(s, firstCue, lastPerson, lastGroup, current) is { } frame)
            (current, currentCue) = frame;
        if (current is null) (current, currentCue) = Observer(s, lastPerson, lastGroup);
        if (current is null || currentCue is not { } cue) return null;
        // An outlet that speaks for itself as a body ("CNN said in a statement", "CNN's lawsuit argues"), not reporting,
        // is an organisation speaking formally (taxonomy: companies through a statement or press release).
        if (current.Type == SourceType.Media && !HasPersonRole(current) && (cue.Rule.Id == DocumentFromRule || FormalStatementNear(s, cue) || SpeaksOfItself(s, cue)))
            current = current with { Type = SourceType.Official };
        return new SentenceAttribution(cue.Span, ShortStrings.Of(_ctx.Doc.Text, cue.Span.Start, cue.Span.Length), current, _ctx.QuotedShare(s) >= 0.5);
    }

    private const string DocumentFromRule = "attribution.document-from";

    /// <summary>
    /// Conjunctions of time that open a subordinate clause before the main clause ("After …, ", "When …, "). Not the
    /// concessive ones: "While the student council later apologized for the post, the damage had been done, Harker
    /// concluded" keeps the official first verb (realnews-dev labels it so; see <c>TrailingFrame</c>).
    /// </summary>
    private static readonly WordSet OpeningSubordinators = new WordSet(StringComparer.OrdinalIgnoreCase,
        "after", "when", "before", "once", "until");

    /// <summary>
    /// True when the cue stands in a subordinate clause that opens the sentence: the sentence's first word is a
    /// subordinating conjunction and a comma outside quotation marks follows the cue.
    /// </summary>
    private bool InOpeningSubordinateClause(in RuleMatch cue, Sentence s)
    {
        int first = s.FirstToken, end = s.FirstToken + s.TokenCount;
        while (first < end && _ctx.IsQuoteMark(first)) first++;
        if (first >= cue.FirstToken || !_ctx.In(OpeningSubordinators, first)) return false;
        for (int t = first + 1; t < cue.FirstToken; t++)
            if (_ctx.IsPunct(t, ',') && !_ctx.InsideQuote[t]) return false;
        for (int t = cue.EndToken; t < end; t++)
            if (_ctx.IsPunct(t, ',') && !_ctx.InsideQuote[t]) return true;
        return false;
    }

    /// <summary>
    /// An outlet answering for itself as a party, not reporting: its verb of saying is followed by the outlet itself
    /// ("ABC said it disagreed with Sinclair", "The BBC has said it is increasingly concerned about his safety") or is a
    /// denial or rebuttal ("ITV denies news cutbacks", "ITV has hit back"). Not its reporting ("CNN reported it had
    /// obtained …", "The paper said it had seen documents …": what it found out is its news).
    /// </summary>
    private bool SpeaksOfItself(Sentence s, RuleMatch cue)
    {
        int t = cue.FirstToken, n = _ctx.Doc.TokenCount;
        // "Politico reports Friday that the White House is shielding the president by rejecting …": a report before the
        // cue makes the outlet a reporter, whatever the verbs inside its report.
        for (int r = s.FirstToken; r < t; r++)
            if (_ctx.In(ReportingVerbs, r)) return false;
        if (_ctx.In(RebuttalVerbs, t)) return true;
        // Only a plain verb of saying with the outlet as its clause's subject: "called it 'bold'" and "describes its
        // workforce" have the pronoun as their object.
        if (!_ctx.In(SelfSayingVerbs, t)) return false;
        int k = cue.EndToken;
        if (k < n && _ctx.Is(k, "that")) k++;
        if (k >= n || !(_ctx.Is(k, "it") || _ctx.Is(k, "its") || _ctx.Is(k, "we") || _ctx.Is(k, "our"))) return false;
        // "… says it is not clear who has the authority": an empty "it".
        if (k + 1 < n && (_ctx.Is(k + 1, "is") || _ctx.Is(k + 1, "was")) && k + 2 < n && _ctx.In(EmptyItComplements, k + 2)) return false;
        // "… said it had seen / obtained / learned …": the outlet's findings.
        for (int v = k + 1; v < n && v <= k + 3; v++)
            if (_ctx.In(FindingVerbs, v)) return false;
        return true;
    }

    private static readonly WordSet ReportingVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "reported", "reports", "reporting", "according", "quoted", "quoting", "citing", "revealed", "reveals");

    private static readonly WordSet EmptyItComplements = new WordSet(StringComparer.OrdinalIgnoreCase,
        "not", "clear", "unclear", "likely", "unlikely", "possible", "impossible", "true", "false", "understood", "thought", "believed",
        "expected", "important", "difficult", "hard", "easy", "time", "too", "a", "an", "the", "still", "now", "also");

    private static readonly WordSet SelfSayingVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "stated", "states", "insisted", "insists", "added", "adds", "stressed", "stresses", "maintained", "maintains");

    private static readonly WordSet RebuttalVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "rebutted", "rebuts", "refuted", "refutes",
        "disputed", "disputes", "apologised", "apologized", "apologises", "apologizes", "regrets", "regretted", "defended", "defends", "hit");

    private static readonly WordSet FindingVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "seen", "obtained", "learned", "learnt", "established", "understands", "understood", "confirmed", "told", "found", "discovered", "uncovered", "viewed", "reviewed", "spoke", "spoken", "interviewed", "contacted",
        // Its reporting's limits: "Reuters said it could not independently verify the toll."
        "verify", "confirm", "determine", "independently", "reach");

    /// <summary>A one-word noun cue ("claims", "reports") right after a lower-case "-ing" word: the verb's object.</summary>
    private bool ObjectOfParticiple(RuleMatch m, Sentence s)
    {
        int t = m.FirstToken;
        return m.TokenCount == 1 && t > s.FirstToken && _ctx.In(NounCues, t) && _ctx.KindOf(t - 1) == TokenKind.Word
            && !_ctx.IsCapitalized(t - 1) && _ctx.TextOf(t - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A later verb of saying that closes the sentence as its reporting clause: a comma (and a closing quotation mark), a
    /// short subject (at most four words, no noun of saying: not ", a claim the company rejects"), the verb, then nothing
    /// but the sentence's end or ", adding/saying …". Null when the sentence has none after <paramref name="first"/>, or
    /// when its speaker is not an official taking the sentence from a speaker of another kind.
    /// </summary>
    private (Speaker, RuleMatch)? TrailingFrame(Sentence s, RuleMatch first, Speaker? lastPerson, Speaker? lastGroup, Speaker current)
    {
        int b = s.FirstToken + s.TokenCount;
        foreach (ref readonly var m in _ctx.MatchesOf(s.Index))
        {
            if (m.FirstToken <= first.EndToken + 1 || m.Rule.Signal != Signal.AttributionVerb || m.TokenCount != 1 || _ctx.InsideQuote[m.FirstToken]) continue;
            int comma = m.FirstToken - 1;
            while (comma > first.EndToken && comma >= m.FirstToken - 5 && _ctx.KindOf(comma) == TokenKind.Word && !_ctx.In(SayingNouns, comma)) comma--;
            if (comma == m.FirstToken - 1 || _ctx.KindOf(comma) == TokenKind.Word) continue;
            // ", McManus said" or ",\" McManus said" after a quotation.
            if (_ctx.IsQuoteMark(comma) && comma - 1 > first.EndToken) comma--;
            if (comma <= first.EndToken || !_ctx.IsPunct(comma, ',')) continue;
            int after = m.EndToken;
            bool closes = after >= b || _ctx.IsPunct(after, '.') || (after + 1 < b && _ctx.IsPunct(after, ',') && _ctx.In(SpeechParticiples, after + 1));
            if (!closes) continue;
            // Only an official frame takes the sentence from a speaker of another kind: the taxonomy tags a sentence that
            // reports an official's words wherever they stand, so an official first verb is kept ("While the group later
            // apologized …, the damage had been done, Boudreau concluded").
            var sp = SpeakerOf(s, m, lastPerson, lastGroup, current);
            return sp is { Type: SourceType.Official } && current.Type != SourceType.Official && sp.Name != current.Name ? (sp, m) : null;
        }
        return null;
    }

    /// <summary>The official phrases of a formal statement ("in a statement", "a spokesman said", "in a press release").</summary>
    private const string StatementPhraseRule = "official.statement-phrase";

    private static readonly WordSet SayingNouns = new WordSet(StringComparer.OrdinalIgnoreCase,
        "report", "reports", "comment", "comments", "claim", "claims", "remarks", "account", "warning", "warnings", "allegation", "allegations");

    private static readonly WordSet NounModifiers = new WordSet(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "whose", "only", "'s", "’s");

    /// <summary>
    /// A one-word cue that is a noun or an adjective here: any cue word right after an article ("The charge stems from …",
    /// "The alleged victim's lawyer told …", "The post was written by …"), or a word of saying after a determiner, a
    /// possessive or a capitalised modifier.
    /// </summary>
    private bool NounOfSaying(RuleMatch m, Sentence s)
    {
        int t = m.FirstToken;
        if (m.TokenCount != 1 || t == 0) return false;
        if (t > s.FirstToken && _ctx.In(ArticlesBeforeCue, t - 1)) return true;
        if (!_ctx.In(SayingNouns, t)) return false;
        return _ctx.In(NounModifiers, t - 1) || _ctx.In(MediaModifiers, t - 1)
            || (_ctx.KindOf(t - 1) == TokenKind.Word && _ctx.IsCapitalized(t - 1) && t - 1 > s.FirstToken);
    }

    /// <summary>An article before a cue makes it a noun ("the claim", "Another protest leader, …, said").</summary>
    private static readonly WordSet ArticlesBeforeCue = new WordSet(StringComparer.OrdinalIgnoreCase, "the", "a", "an", "another", "every", "each");

    /// <summary>The press as a noun's modifier: "Press reports said …", "News reports say …" (the reports are words spoken about).</summary>
    private static readonly WordSet MediaModifiers = new WordSet(StringComparer.OrdinalIgnoreCase,
        "press", "news", "media", "newspaper", "newspapers", "tv", "television", "radio", "wire", "tabloid");

    private static readonly WordSet DocumentVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "reads", "read", "said", "says", "stated", "states", "added", "adds", "warned", "warns", "insisted", "insists",
        "argued", "argues", "claimed", "claims", "accused", "accuses", "described", "describes", "called", "calls");

    /// <summary>True when a colon or a verb of saying follows the end of a document's source within three tokens.</summary>
    private bool DocumentSpeaks(int from, int b)
    {
        for (int k = from; k < b && k < from + 3; k++)
            if (_ctx.IsPunct(k, ':') || _ctx.In(DocumentVerbs, k)) return true;
        return false;
    }

    /// <summary>A formal statement's phrase ("in a statement", "in a press release", "in its lawsuit") within a few words of the cue.</summary>
    private bool FormalStatementNear(Sentence s, RuleMatch cue)
    {
        foreach (ref readonly var m in _ctx.MatchesOf(s.Index))
            if (m.Rule.Id == StatementPhraseRule && m.FirstToken <= cue.EndToken + 4 && m.EndToken >= cue.FirstToken - 4) return true;
        return false;
    }

    /// <summary>
    /// A line of an interview transcript, "Schock: Well, I'm different.": a name the article has already introduced, at
    /// most three words, then a colon. Unlike a headline's, the words must be a known person's or body's name.
    /// </summary>
    private SentenceAttribution? TranscriptSpeaker(Sentence s)
    {
        int a = s.FirstToken, b = a + s.TokenCount;
        for (int t = a + 1; t < b - 1 && t <= a + 3; t++)
        {
            if (!_ctx.IsPunct(t, ':')) continue;
            return _headlines.HeadlineSpeakerAt(a, t, t, knownNameOnly: true);
        }
        return null;
    }

    private static readonly WordSet ObservedVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "saw", "watched", "heard", "witnessed", "observed", "noticed", "spotted");

    /// <summary>
    /// A witness or reporter who is the subject of a verb of perception speaks for the sentence, with no verb of
    /// saying: "A Reuters reporter at the scene saw the facade blackened", "…, our correspondent saw." (taxonomy: the
    /// reporter's own observation is an eyewitness source). Officials and others who "saw" are left alone.
    /// </summary>
    private (Speaker?, RuleMatch?) Observer(Sentence s, Speaker? lastPerson, Speaker? lastGroup)
    {
        foreach (ref readonly var m in _ctx.MatchesOf(s.Index))
        {
            if (m.Rule.Signal != Signal.PerceptionVerb || _ctx.InsideQuote[m.FirstToken] || !_ctx.In(ObservedVerbs, m.FirstToken)) continue;
            if (SpeakerOf(s, m, lastPerson, lastGroup, null) is not { } sp || sp.Resolution != SpeakerResolution.Explicit) continue;
            bool reporter = RoleWords.AnyWordIn(sp.Text, ObserverWords);
            if (sp.Type == SourceType.Eyewitness || reporter)
                return (sp with { Type = SourceType.Eyewitness }, m);
        }
        return (null, null);
    }

    private static readonly WordSet ObserverWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "reporter", "reporters", "correspondent", "correspondents", "photographer", "photographers", "journalist", "journalists",
        "cameraman", "camerawoman", "crew", "witness", "witnesses");

    private Speaker? SpeakerOf(Sentence s, RuleMatch cue, Speaker? lastPerson, Speaker? lastGroup, Speaker? current)
    {
        int b = s.FirstToken + s.TokenCount;
        int first = cue.FirstToken, end = cue.EndToken;
        // A wire dateline ("SAN JUAN, Puerto Rico — Authorities in Puerto Rico say …") is no part of the speaker phrase.
        int a = _phrases.DatelineEnd(s, first);
        // "X quotes Y saying": Y speaks, X relays.
        // "The Times reported Defence Minister Sergei Ivanov as saying …" relays the same way.
        if ((_ctx.In(RelayVerbs, first) || cue.Rule.Id == "attribution.relayed") && cue.TokenCount > 2)
        {
            int ys = first + 1, ye = end - 1;
            while (ye > ys && (_ctx.Is(ye - 1, "as") || _ctx.Is(ye - 1, "saying") || _ctx.Is(ye - 1, "having"))) ye--;
            if (ye > ys)
            {
                var relay = _phrases.BackwardPhrase(first, a);
                var inner = _classifier.Describe(ys, ye, SpeakerResolution.Explicit);
                var via = relay is { } r ? _classifier.Describe(r.Start, r.End, SpeakerResolution.Explicit).Name : null;
                return inner with { Via = via };
            }
        }
        // "The minister was accused of lying", "has been criticised by the union": the subject of a passive verb of
        // saying is spoken about or to, not speaking; the speaker, when the sentence names one, follows "by".
        if (cue.TokenCount == 1 && _ctx.In(PassiveVerbs, first) && (_phrases.IsPassive(first, a) || _phrases.ReducedPassive(first, end, b)) && !_phrases.SpeechFollowsHearsay(first, b))
        {
            // "The claim was then repeated yesterday – although without attribution – by the Housing minister".
            for (int k = end; k < b && k < end + 10 && !_ctx.IsPunct(k, ';') && !_ctx.IsQuoteMark(k); k++)
                if (_ctx.Is(k, "by")) return _phrases.ForwardPhrase(k + 1, b) is { } agent ? Resolve(agent.Start, agent.End, lastPerson, lastGroup) : null;
            // "The Health Ministry has opened three clinics, it was announced on Tuesday": an empty "it" after a
            // comma announces the clause before it, whose subject is the body that made the announcement.
            // Only an official body: "The singer has split from her husband, it was announced" names who it is about.
            if (_phrases.AnnouncedClause(first, a) is { } clause && Resolve(clause.Start, clause.End, lastPerson, lastGroup) is { Type: SourceType.Official } announcer)
                return announcer;
            return null;
        }
        // "The statement reads, '…'", "The statement said …" after "received a statement from North Korea's Foreign
        // Ministry": the owner of the statement named before.
        int named = _ctx.In(StatementNouns, first) ? first - 1 : first - 2;
        // "Its statement also said": an adverb between the statement and its verb.
        if (!_ctx.In(StatementNouns, first) && named - 1 >= a && _ctx.In(StatementAdverbs, first - 1)) named--;
        if (named >= a && OwnerOfTheStatement(named) is { } statementOwner)
            return Referring(statementOwner, _ctx.Text(named, named + 2), named, named + 2);
        // "The DWP said … Its statement also said …": a possessive pronoun's statement is the body's (or person's) that spoke.
        if (named >= a && named == s.FirstToken && _ctx.In(Possessives, named) && _ctx.In(StatementNouns, named + 1)
            && StatementOwnerNamed(named, lastPerson, lastGroup) is { } possessed)
            return Referring(possessed, _ctx.Text(named, named + 2), named, named + 2);
        // "A statement from CNN reads: …": the body the document is from, when the words go on to say something.
        if (cue.Rule.Id == DocumentFromRule)
            return _phrases.ForwardPhrase(end, b) is { } from && DocumentSpeaks(from.End, b) ? _classifier.Describe(from.Start, from.End, SpeakerResolution.Explicit) : null;
        // "according to X"
        if (_ctx.Is(first, "according"))
        {
            // "according to information provided to Breitbart Texas by Rio Grande Valley Sector officials", "according to
            // figures released by the Home Office": the document's maker, named after "by", speaks.
            if (_phrases.MakerAfter(end, b) is { } maker)
                return _classifier.Describe(maker.Start, maker.End, SpeakerResolution.Explicit);
            return _phrases.ForwardPhrase(end, b) is { } np ? _classifier.Describe(np.Start, np.End, SpeakerResolution.Explicit) : null;
        }
        // "..., and charging that ...": a second verb of the sentence's speaker.
        if (current is not null && first > a && (_ctx.Is(first - 1, "and") || _ctx.IsPunct(first - 1, ','))) return current;
        if (current is not null && IsPerson(current)) lastPerson = current;
        else if (current is not null) lastGroup = current;
        // "The president made the suggestion via Twitter, arguing that …": a participle after a comma belongs to the
        // sentence's subject, not to the noun just before the comma.
        // So do "alleging", "demanding" and the like after a comma: "A man and his wife are suing a Phoenix suburb and three of
        // its police officers, alleging they used excessive force".
        // (Not "revealing": "recordings … were leaked to the media, revealing a supposed plan" is what the recordings show.)
        if (current is null && (_ctx.In(SpeechParticiples, first) || (_ctx.In(MannerSpeechParticiples, first) && !_ctx.Is(first, "revealing")))
            && first > a + 1 && _ctx.IsPunct(first - 1, ',')
            && _phrases.SentenceSubject(a, first) is { } opening)
            return Resolve(opening.Start, opening.End, lastPerson, lastGroup);
        // "Fighting erupts in Gaza, says UN": a headline's verb after a comma, with a name that closes the headline.
        if (current is null && s.IsHeadline && first > a + 1 && _ctx.IsPunct(first - 1, ',') && _phrases.ForwardPhrase(end, b) is { } closing
            && (closing.End == b || (closing.End == b - 1 && _ctx.KindOf(b - 1) == TokenKind.Punctuation)) && _ctx.IsCapitalized(closing.Start)
            && _classifier.CanSpeak(closing.Start, closing.End))
            return Resolve(closing.Start, closing.End, lastPerson, lastGroup);
        // "The win poses problems for talks with Israel, say analysts.": a verb of saying after a comma whose own subject
        // follows it and closes the sentence is inverted; the name before the comma ends the reported clause.
        if (first > a + 1 && _ctx.IsPunct(first - 1, ',') && _ctx.In(InvertibleSayingVerbs, first) && InvertedClosingSpeaker(end, b) is { } closer)
            return Resolve(closer.Start, closer.End, lastPerson, lastGroup);
        // "with a call for …" follows its object ("opened the conference"), not its speaker.
        var back = cue.Rule.Id == "attribution.speech-act-noun" ? null : _phrases.BackwardPhrase(first, a);
        if (back is { } candidate && !_classifier.CanSpeak(candidate.Start, candidate.End)) back = null;
        // "Labour's NEC Drops Candidate Over Hitler Tweets": the object of a preposition before a headline's last word,
        // which is a noun ("Tweets"), not a verb of saying.
        if (back is { } objectPhrase && s.IsHeadline && end >= b - 1 && _headlines.PrepositionBefore(objectPhrase.Start, first)) back = null;
        // "Council officials and health visitors told the inquiry …": a joint subject whose last part names no
        // source still speaks through its official part.
        if (back is null && current is null && OfficialBeforeAnd(first, a) is { } joint) return joint;
        if (back is { } bnp)
        {
            var found = Resolve(bnp.Start, bnp.End, lastPerson, lastGroup);
            // "Two Labour MPs and a former party leader say …", "Majority Leader Tom Reed and others said …": a joint
            // statement in which one of the speakers is an official is an official's.
            if (found.Type != SourceType.Official && found.Resolution == SpeakerResolution.Explicit && OfficialConjunct(bnp.Start, bnp.End, a) is { } conjunct)
                found = conjunct;
            // "... but he adds": the sentence's own speaker again, relay and all.
            return current is not null && found.Resolution == SpeakerResolution.Pronoun && found.Name == current.Name ? current : found;
        }
        // Inverted: "...," said the minister.  / , said Jane Doe, chief executive.
        // Not "…, who had sought a vote, said Seifert had made the mistake": a name with a verb after it opens the
        // reported clause.
        // Not a verb whose object is the one blamed or addressed: "Mayor Khan: 'I Can't Solve London Knife Crime,' Blames
        // Right Wingers" (a title-case headline) blames the right wingers; it is not their words.
        var fwd = _phrases.ForwardPhrase(end, b);
        if (fwd is { } fnp && first > a && (_ctx.IsPunct(first - 1, ',') || _ctx.IsQuoteMark(first - 1) || _ctx.IsPunct(first - 1, '.'))
            && !_ctx.In(ObjectOfBlameVerbs, first)
            && !(fnp.End < b && _ctx.In(ClauseAuxiliaries, fnp.End)) && _classifier.CanSpeak(fnp.Start, fnp.End))
            return Resolve(fnp.Start, fnp.End, lastPerson, lastGroup);
        // "Barr released a letter noting ...": a participle's subject opens the sentence; so does the subject of "… opened
        // the conference with a call for …" (a speech act named by a noun), and of "… has resigned after admitting she misled …".
        if (current is null && (_ctx.In(SpeechParticiples, first) || cue.Rule.Id == "attribution.speech-act-noun"
                                || (first > a && (_ctx.Is(first - 1, "by") || _ctx.Is(first - 1, "after")) && _ctx.In(MannerSpeechParticiples, first)))
            && _phrases.SentenceSubject(a, first) is { } subject)
            return Resolve(subject.Start, subject.End, lastPerson, lastGroup);
        // "adding that ..." carries the sentence's earlier speaker.
        return current;
    }

    /// <summary>Verbs of saying that stand before their subject after a comma (", say analysts", ", said officials"); not
    /// "told" or "asked", whose object is the audience (", told reporters").</summary>
    private static readonly WordSet InvertibleSayingVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "say", "says", "said", "add", "adds", "added", "argue", "argues", "argued", "claim", "claims", "claimed", "insist",
        "insists", "insisted", "warn", "warns", "warned", "believe", "believes", "predict", "predicts", "predicted", "suggest",
        "suggests", "suggested", "write", "writes", "wrote", "note", "notes", "noted");

    /// <summary>
    /// The phrase after the cue ending at <paramref name="end"/> when it is a speaker that closes the sentence (nothing but
    /// punctuation after it before <paramref name="b"/>); null otherwise.
    /// </summary>
    private (int Start, int End)? InvertedClosingSpeaker(int end, int b)
    {
        if (_phrases.ForwardPhrase(end, b) is not { } fwd || fwd.Start != end) return null;
        for (int k = fwd.End; k < b; k++)
            if (_ctx.KindOf(k) != TokenKind.Punctuation || _ctx.IsQuoteMark(k)) return null;
        return _classifier.CanSpeak(fwd.Start, fwd.End) ? fwd : null;
    }

    /// <summary>
    /// The official before an "and" that closes a joint subject right before the cue at <paramref name="cue"/>, when the
    /// words between the "and" and the cue are a plain lower-case noun phrase ("and health visitors", "and other
    /// experts"). Null otherwise.
    /// </summary>
    private Speaker? OfficialBeforeAnd(int cue, int sentenceStart)
    {
        // People in the plural ("professionals", "others"), not a thing ("the audit … and the review mentioned in …").
        if (cue < 2) return null;
        if (OfficialBeforeAndOthersIn(cue, sentenceStart) is { } leading) return leading;
        if (!_ctx.TextOf(cue - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)) return null;
        for (int k = cue - 2; k > sentenceStart && k >= cue - 4; k--)
        {
            if (_ctx.Is(k, "and"))
            {
                return _phrases.Collect(k, sentenceStart) is { } part ? OfficialInOffice(part.Start, part.End) : null;
            }
            if (_ctx.KindOf(k) != TokenKind.Word || _ctx.IsCapitalized(k)) return null;
        }
        return null;
    }

    /// <summary>
    /// The official before "and others" (or "and other senators", "and fellow members") when a group follows the plural
    /// ("Mitch McConnell, R-Ky., and others in the Senate GOP hierarchy made clear …"): one to three lower-case words ending
    /// in a plural, a preposition, then up to six words of the group, with no punctuation, right before the cue.
    /// </summary>
    private Speaker? OfficialBeforeAndOthersIn(int cue, int sentenceStart)
    {
        int preposition = -1;
        for (int k = cue - 1; k > sentenceStart && k >= cue - 7; k--)
        {
            if (_ctx.KindOf(k) != TokenKind.Word) return null;
            if (_ctx.In(PlacePrepositions, k) || _ctx.In(Prepositions, k)) { preposition = k; break; }
        }
        if (preposition < 0 || preposition + 1 >= cue) return null;
        int and = preposition - 1;
        while (and > sentenceStart && and >= preposition - 3 && !_ctx.Is(and, "and"))
        {
            if (_ctx.KindOf(and) != TokenKind.Word || _ctx.IsCapitalized(and)) return null;
            and--;
        }
        if (!_ctx.Is(and, "and") || and + 1 >= preposition || !_ctx.TextOf(preposition - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)) return null;
        int before = _phrases.SkipPartyTag(and, sentenceStart);
        return _phrases.Collect(before, sentenceStart) is { } part ? OfficialInOffice(part.Start, part.End) : null;
    }

    /// <summary>
    /// An official (in office) among the conjuncts of a joint subject: the parts of <c>[start, end)</c> that "and" joins,
    /// and the phrase before an "and" that opens it. Null when none is one.
    /// </summary>
    private Speaker? OfficialConjunct(int start, int end, int sentenceStart)
    {
        // Not roles joined in an appositive ("Both men, a team manager and an analyst, deny …").
        for (int k = start; k < end; k++) if (_ctx.IsPunct(k, ',')) return null;
        int from = start;
        for (int k = start; k < end; k++)
        {
            if (!_ctx.Is(k, "and")) continue;
            if (OfficialInOffice(from, k) is { } before) return before;
            from = k + 1;
        }
        if (from > start && OfficialInOffice(from, end) is { } last) return last;
        // The conjunct before an "and" that the phrase does not hold ("Two Labour MPs and a former party leader …").
        if (start - 2 >= sentenceStart && _ctx.Is(start - 1, "and") && _phrases.Collect(start - 1, sentenceStart) is { } earlier)
            return OfficialInOffice(earlier.Start, earlier.End);
        return null;
    }

    /// <summary>The phrase <c>[start, end)</c> described, when it names an official in office; null otherwise.</summary>
    private Speaker? OfficialInOffice(int start, int end) =>
        end > start && _phrases.HasContent(start, end) && _classifier.Describe(start, end, SpeakerResolution.Explicit) is { Type: SourceType.Official, FormerOfficial: false } d ? d : null;

    /// <summary>Verbs of saying whose object is the one blamed, praised or addressed, so that the words after them are never an
    /// inverted speaker ("…,' Blames Right Wingers").</summary>
    private static readonly WordSet ObjectOfBlameVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "blames", "blamed", "blame", "accuses", "accused", "accuse", "condemns", "condemned", "criticises", "criticised",
        "criticizes", "criticized", "attacks", "attacked", "slams", "slammed", "praises", "praised", "urges", "urged",
        "thanks", "thanked", "rebukes", "rebuked", "mocks", "mocked", "denounces", "denounced", "lambasts", "lambasted",
        "tells", "told", "blasts", "blasted", "hits", "chides", "chided", "scolds", "scolded");

    /// <summary>Verbs of saying whose passive subject is the one spoken about or to ("was accused", "has been told").
    /// Not "asked": "The prime minister was asked about …" opens an answer often enough (measured on realnews-dev).</summary>
    private static readonly WordSet PassiveVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "accused", "criticised", "criticized", "blamed", "condemned", "praised", "denounced", "branded", "hailed", "rebuked",
        "urged", "warned", "told", "questioned", "challenged", "described", "mocked", "ridiculed", "lambasted", "slammed",
        "repeated", "reiterated", "echoed", "announced", "denied", "rejected", "dismissed", "declared",
        // "The contractor has already been quietly promised the contract": the one promised to.
        "promised", "assured", "reassured", "informed",
        // "It has been estimated that …", "Ms Farrow is alleged to have claimed …": nobody in the sentence speaks unless
        // "by" names them (but see HearsayPassives).
        "estimated", "suggested", "predicted", "reported", "said", "alleged", "claimed");

    /// <summary>The phrase <c>[start, end)</c> (its text <paramref name="text"/>), resolved to the speaker it refers back to.</summary>
    private Speaker Referring(Speaker antecedent, string text, int start, int end) =>
        antecedent with { Text = text, Span = _ctx.Span(start, end), Resolution = SpeakerResolution.Pronoun, Via = null };

    private Speaker Resolve(int start, int end, Speaker? lastPerson, Speaker? lastGroup)
    {
        if (end - start == 1)
        {
            var w = _ctx.TextOf(start).ToString();
            bool it = w.Equals("it", StringComparison.OrdinalIgnoreCase);
            // "Still, Cooney is convinced Live Action is behind it; she said …", "Lila Rose wouldn't confirm it: '…,' she
            // said": a person named as the sentence's subject is the pronoun's antecedent, before any earlier speaker.
            if (PersonPronouns.Contains(w) && SubjectPerson(start) is { } subject && _pronouns.Agreeing(w, subject) == subject)
                return Referring(_pronouns.Learned(w, subject), w, start, end);
            int at = _ctx.Doc.TokenArray[start].Span.Start;
            if (PersonPronouns.Contains(w) && _pronouns.Agreeing(w, lastPerson ?? _entities.LastPersonBefore(at, IsPersonName), at) is { } p)
                return Referring(_pronouns.Learned(w, p), w, start, end);
            // "A Conservative spokeswoman said …; '…,' she added": a speaker named only by a role whose gender fits.
            if (PersonPronouns.Contains(w) && lastGroup is { } r && PersonGender.OfPronoun(w) is var gender and not Gender.Unknown
                && PersonGender.Of(r.Name, r.Role) == gender)
                return Referring(r, w, start, end);
            // "The Treasury has ordered a sale to recover the money it says the port owes": the institution the sentence
            // opens with, before any earlier speaker.
            if (it && SubjectInstitution(start) is { } institution)
                return Referring(institution, w, start, end);
            // "Scotland Yard's first statement was issued late on April 1. It said officers tried to revive him": a sentence
            // that opens with "it" after one naming whose statement it was continues that statement.
            if (it && StatementOwnerBefore(start) is { } owner)
                return Referring(owner, w, start, end);
            // "Now, the National Association of Police Organizations is taking a firm stance. '…,' they said.": the
            // organisation the sentence before opens with, when that sentence has no speaker of its own.
            if (GroupPronouns.Contains(w) && OrganisationOpeningSentenceBefore(start) is { } opener && (!it || CanBeIt(opener)))
                return Referring(opener, w, start, end);
            if (GroupPronouns.Contains(w) && lastGroup is { } g && (!it || CanBeIt(g)))
                return Referring(g, w, start, end);
            // "Metroline said the offer was fair. '…,' it said.": "it" right after a quotation, following a one-word name that
            // names no person, is the body of that name speaking for itself (not "it is alleged", "it was pointed out").
            if (it && start > 0 && _ctx.IsQuoteMark(start - 1) && lastGroup is null && lastPerson is { Type: SourceType.Other or SourceType.Official } one && !HasPersonRole(one)
                && one.Name.Length > 1 && one.Name.IndexOf(' ') < 0
                && char.IsUpper(one.Name[0]) && !PersonGender.IsGivenName(one.Name) && PersonGender.Of(one.Name, one.Role) == Gender.Unknown)
                return Referring(one with { Type = SourceType.Official }, w, start, end);
            if (FirstPerson.Contains(w) && !_ctx.InsideQuote[start])
                return new Speaker(w, _ctx.Span(start, end), "the author", null, SourceType.Other, null, SpeakerResolution.Explicit);
        }
        // "A Metroline statement said the pay offer was fair", "A Ministry of Defence statement said": the name before the
        // statement noun issued it, a body speaking formally when it names no person. A one-word maker that is a source cue
        // or a modal is read with the noun, as the phrase it opens.
        int makerStart = _ctx.Is(start, "a") || _ctx.Is(start, "an") ? start + 1 : start;
        if (_ctx.In(StatementNouns, end - 1)
            && (end - makerStart == 2
                ? _phrases.NamesStatementMaker(makerStart) && !_ctx.IsSourceCue(makerStart) && !_ctx.In(Modals, makerStart)
                : end - makerStart >= 3 && _phrases.MakerStart(end - 2, makerStart) == makerStart))
        {
            var maker = _classifier.Describe(makerStart, end - 1, SpeakerResolution.Explicit);
            return maker.Type == SourceType.Other && !NamesAPerson(maker) ? maker with { Type = SourceType.Official } : maker;
        }
        // "A Home Office review found that …", "An Ofsted inspection concluded": an official body's document of findings
        // is the body speaking (a "Harvard study" stays the study's, as the phrase reads).
        if (end - makerStart >= 2 && _ctx.In(FindingsNouns, end - 1) && _phrases.MakerStart(end - 2, makerStart) == makerStart
            && _classifier.Describe(makerStart, end - 1, SpeakerResolution.Explicit) is { Type: SourceType.Official } body && !NamesAPerson(body))
            return body;
        // "…, said the statement", "Their statement said": the statement's issuer.
        if (end - start is 2 or 3 && _ctx.In(StatementNouns, end - 1) && StatementOwnerNamed(start, lastPerson, lastGroup) is { } issuer)
            return Referring(issuer, _ctx.Text(start, end), start, end);
        return _classifier.Describe(start, end, SpeakerResolution.Explicit);
    }

    /// <summary>
    /// Whose statement a phrase opening at <paramref name="start"/> names: "its statement" or "their statement" is the last
    /// body's that spoke, "his statement" or "her statement" the last person's of that gender, "the statement" the owner
    /// of the last statement the six sentences before name ("…, said the statement"). Null when none is known.
    /// </summary>
    private Speaker? StatementOwnerNamed(int start, Speaker? lastPerson, Speaker? lastGroup)
    {
        if (_ctx.Is(start, "its") || _ctx.Is(start, "their"))
        {
            // The body that spoke in one of the two sentences before ("The DWP said … Its statement also said"), else the
            // last group.
            int si0 = _ctx.SentenceOf(start);
            for (int k = Math.Min(si0, _result.Length) - 1; k >= 0 && k >= si0 - 2; k--)
                if (_result[k] is { } before && before.Speaker.Resolution != SpeakerResolution.Pronoun && !HasPersonRole(before.Speaker)
                    && (before.Speaker.Type == SourceType.Official || before.Speaker.Type == SourceType.Media) && !NamesAPerson(before.Speaker)
                    && (!_ctx.Is(start, "its") || CanBeIt(before.Speaker)))
                    return before.Speaker;
            return lastGroup is { } g && (!_ctx.Is(start, "its") || CanBeIt(g)) ? g : null;
        }
        if (_ctx.Is(start, "his") || _ctx.Is(start, "her")) return _pronouns.Agreeing(_ctx.Is(start, "his") ? "he" : "she", lastPerson);
        return _ctx.Is(start, "the") ? LastStatementOwnerBefore(_ctx.SentenceOf(start)) : null;
    }

    /// <summary>The owner of the last statement the six sentences before sentence <paramref name="si"/> name, or null.</summary>
    private Speaker? LastStatementOwnerBefore(int si)
    {
        for (int k = si - 1; k >= 0 && k >= si - 6; k--)
            if (StatementOwnerIn(k) is { } owner) return owner;
        return null;
    }

    private static readonly WordSet StatementAdverbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "also", "further", "then", "later", "had", "has", "went");

    /// <summary>A speaker whose name shows a person: a given name or a title of either sex ("Tony Blair", "Mr Blair").</summary>
    private static bool NamesAPerson(Speaker s)
    {
        int space = s.Name.IndexOf(' ');
        return PersonGender.Of(s.Name, s.Role) != Gender.Unknown || (space > 0 && PersonGender.IsGivenName(s.Name.AsSpan(0, space)));
    }

    /// <summary>
    /// Whose statement an opening "it" continues: when <paramref name="pronoun"/> opens its sentence, the owner of the last
    /// statement (letter, release, …) the sentence before names ("Mr Crosby's statement said: …", "Scotland Yard's first
    /// statement … was issued", "received a statement from North Korea's Foreign Ministry"). Null otherwise.
    /// </summary>
    private Speaker? StatementOwnerBefore(int pronoun)
    {
        int si = _ctx.SentenceOf(pronoun);
        return si > 0 && _ctx.Doc.SentenceArray[si].FirstToken == pronoun ? StatementOwnerIn(si - 1) : null;
    }

    /// <summary>
    /// Whose statement "The statement reads," or "The letter continued" opening a sentence at <paramref name="start"/> is:
    /// the owner of the last statement named in the six sentences before, when one names it. Null otherwise.
    /// </summary>
    private Speaker? OwnerOfTheStatement(int start)
    {
        if (!_ctx.In(StatementNouns, start + 1) || !(_ctx.Is(start, "the") || _ctx.Is(start, "this") || _ctx.Is(start, "that"))) return null;
        int si = _ctx.SentenceOf(start);
        // Opening the sentence, or closing it after a comma ("Wright will serve as acting secretary, the statement said").
        if (_ctx.Doc.SentenceArray[si].FirstToken != start && !_ctx.IsPunct(start - 1, ',')) return null;
        return LastStatementOwnerBefore(si);
    }

    /// <summary>
    /// The owner of the last statement (letter, release, …) sentence <paramref name="index"/> names outside quotation marks:
    /// by a possessive up to two words before it ("Scotland Yard's first statement") or by "from" after it ("a statement
    /// from North Korea's Foreign Ministry"). Null when there is none, or the owner is no organisation or person.
    /// </summary>
    private Speaker? StatementOwnerIn(int index)
    {
        var sentence = _ctx.Doc.SentenceArray[index];
        int first = sentence.FirstToken, b = first + sentence.TokenCount;
        for (int t = b - 1; t > first; t--)
        {
            if (_ctx.InsideQuote[t] || !_ctx.In(StatementNouns, t)) continue;
            if (t + 2 < b && _ctx.Is(t + 1, "from") && _phrases.ForwardPhrase(t + 2, b) is { } from
                && (_ctx.IsCapitalized(from.Start) || (_ctx.Is(from.Start, "the") && from.End > from.Start + 1 && _ctx.IsCapitalized(from.Start + 1))))
                return AsStatementOwner(_classifier.Describe(from.Start, from.End, SpeakerResolution.Explicit));
            // "Scotland Yard issued a statement on Friday", "The DWP said in a statement …": the sentence's own speaker made it.
            return AsStatementOwner(PossessiveOwner(t, first))
                ?? (index < _result.Length && _result[index] is { InQuotation: false } made && made.Speaker.Resolution != SpeakerResolution.QuotationContinued
                    ? AsStatementOwner(made.Speaker) : null);
        }
        return null;
    }

    /// <summary>The speaker as a statement's owner: null when it is none, or neither an organisation nor a person.</summary>
    private static Speaker? AsStatementOwner(Speaker? s) => s is null || (s.Type == SourceType.Other && !IsPerson(s)) ? null : s;

    /// <summary>
    /// The owner a possessive names up to two words before the noun at <paramref name="noun"/> ("Scotland Yard's first
    /// statement", "Mr Crosby's statement"), no earlier than <paramref name="first"/>; null when there is none.
    /// </summary>
    private Speaker? PossessiveOwner(int noun, int first)
    {
        int p = noun - 1;
        while (p > first && p >= noun - 2 && _classifier.PossessiveOf(p) is null && !_ctx.IsCapitalized(p) && _ctx.KindOf(p) == TokenKind.Word) p--;
        if (p < first || _classifier.PossessiveOf(p) is null || !_ctx.IsCapitalized(p)) return null;
        int a = p;
        while (a > first && a > p - 4 && _ctx.IsCapitalized(a - 1) && _ctx.KindOf(a - 1) == TokenKind.Word) a--;
        return _classifier.Describe(a, p + 1, SpeakerResolution.Explicit);
    }

    /// <summary>
    /// The person the sentence holding <paramref name="pronoun"/> opens with as its subject (after an opening adjunct
    /// such as "Still,"): a name of up to four capitalised words, outside quotation marks, followed by a lower-case word,
    /// that the article has introduced as a person with two or more name words. Null when the sentence opens otherwise.
    /// </summary>
    private Speaker? SubjectPerson(int pronoun)
    {
        var s = _ctx.Doc.SentenceArray[_ctx.SentenceOf(pronoun)];
        int a = _phrases.AfterOpeningAdjunct(_phrases.DatelineEnd(s, pronoun), pronoun);
        if (a >= pronoun - 1 || _ctx.InsideQuote[a] || !_ctx.IsCapitalized(a) || _ctx.In(NotSubjects, a) || _ctx.In(FirstPerson, a)) return null;
        int e = a;
        while (e < pronoun && e < a + 4 && _ctx.IsCapitalized(e) && _ctx.KindOf(e) == TokenKind.Word) e++;
        if (e >= pronoun || _ctx.KindOf(e) != TokenKind.Word || _ctx.IsCapitalized(e)) return null;
        var person = _entities.Find(SpeakerClassifier.CleanName(_ctx.Text(a, e)));
        if (person is null && e == a + 1 && !_ctx.IsSourceCue(a) && FullNameBefore(a) is { } full)
            // "… the singer Orla Kane … Kane posted a video in which she apologised": a surname the article gave
            // earlier with a given name, even with no role the registry keeps.
            return _pronouns.Fits(_ctx.TextOf(pronoun).ToString(), full, null) ? new Speaker(full, _ctx.Span(a, e), full, null, SourceType.Other, null, SpeakerResolution.Pronoun) : null;
        if (person is null || !person.Name.Contains(' ') || !IsPersonName(person.Name)) return null;
        return new Speaker(person.Name, _ctx.Span(a, e), person.Name, person.Role, person.Type, null, SpeakerResolution.Pronoun) { FormerOfficial = person.FormerOfficial };
    }

    /// <summary>The most tokens read back for a surname's full name (about three screens of an article).</summary>
    private const int MaxNameLookBack = 1500;

    /// <summary>
    /// The full name ("Orla Kane") that an earlier sentence gave to the surname at <paramref name="surname"/> ("Kane"): the
    /// same word after a capitalised given name that is no source word, the nearest mention first. Null when none.
    /// </summary>
    private string? FullNameBefore(int surname)
    {
        var word = _ctx.TextOf(surname);
        int first = _ctx.Doc.SentenceArray[_ctx.SentenceOf(surname)].FirstToken;
        // Bounded, so that an input of one sentence repeated many times stays linear: a name is given within a few
        // paragraphs of its surname's use.
        for (int t = first - 1; t > 0 && t >= first - MaxNameLookBack; t--)
            if (_ctx.IsCapitalized(t) && _ctx.TextOf(t).SequenceEqual(word) && _ctx.IsCapitalized(t - 1) && !_ctx.IsSourceCue(t - 1)
                && _ctx.KindOf(t - 1) == TokenKind.Word && !_ctx.In(NotSubjects, t - 1) && _ctx.SentenceOf(t - 1) == _ctx.SentenceOf(t))
            {
                var full = _ctx.Text(t - 1, t + 1);
                return IsPersonName(full) ? full : null;
            }
        return null;
    }

    /// <summary>
    /// The institution the sentence holding <paramref name="pronoun"/> opens with as its subject: an optional "the", then
    /// up to four words of a source phrase and its modifiers ("Treasury", "health ministry"), then a lower-case word, outside quotation
    /// marks, that "it" can name (not a person's role). Null when the sentence opens otherwise.
    /// </summary>
    private Speaker? SubjectInstitution(int pronoun)
    {
        var s = _ctx.Doc.SentenceArray[_ctx.SentenceOf(pronoun)];
        int a = _phrases.AfterOpeningAdjunct(_phrases.DatelineEnd(s, pronoun), pronoun);
        if (a < pronoun && _ctx.Is(a, "the")) a++;
        if (a >= pronoun - 1 || _ctx.InsideQuote[a] || !(_ctx.IsSourceCue(a) || _phrases.ModifiesSourceNoun(a))) return null;
        int e = a;
        while (e < pronoun && e < a + 4 && (_ctx.IsSourceCue(e) || _phrases.ModifiesSourceNoun(e))) e++;
        if (e >= pronoun || _ctx.KindOf(e) != TokenKind.Word || _ctx.IsCapitalized(e)) return null;
        var institution = _classifier.Describe(a, e, SpeakerResolution.Pronoun);
        return institution.Type == SourceType.Other || !CanBeIt(institution) ? null : institution;
    }

    /// <summary>
    /// The organisation that opens the sentence before the one holding <paramref name="pronoun"/> as its subject, when
    /// that sentence has no speaker: after an opening adjunct ("Now,") and an optional "the", a capitalised name (with
    /// "of", "for" or "and" inside it) followed by a lower-case word, which names an official body and no person
    /// ("the National Association of Police Organizations is taking a firm stance"). Null otherwise.
    /// </summary>
    private Speaker? OrganisationOpeningSentenceBefore(int pronoun)
    {
        int si = _ctx.SentenceOf(pronoun);
        if (si == 0 || si - 1 >= _result.Length || _result[si - 1] is not null) return null;
        var s = _ctx.Doc.SentenceArray[si - 1];
        int end = s.FirstToken + s.TokenCount;
        int a = _phrases.AfterOpeningAdjunct(_phrases.DatelineEnd(s, end), end);
        if (a < end && _ctx.Is(a, "the")) a++;
        if (a >= end - 1 || _ctx.InsideQuote[a] || !_ctx.IsCapitalized(a) || _ctx.In(NotSubjects, a) || _ctx.In(FirstPerson, a)) return null;
        int e = a;
        while (e < end && e < a + 8 && (_ctx.IsCapitalized(e) && _ctx.KindOf(e) == TokenKind.Word
               || (_ctx.Is(e, "of") || _ctx.Is(e, "for") || _ctx.Is(e, "and")) && e + 1 < end && _ctx.IsCapitalized(e + 1))) e++;
        if (e >= end || _ctx.KindOf(e) != TokenKind.Word || _ctx.IsCapitalized(e)) return null;
        var organisation = _classifier.Describe(a, e, SpeakerResolution.Explicit);
        return organisation.Type == SourceType.Official && !IsPerson(organisation) && !NamesAPerson(organisation) && !HasPersonRole(organisation)
            ? organisation : null;
    }

    private static readonly WordSet SpeechParticiples = new WordSet(StringComparer.OrdinalIgnoreCase,
        "saying", "adding", "noting", "insisting", "arguing", "warning", "claiming", "stating", "explaining", "telling",
        "writing", "charging", "accusing", "blaming", "suggesting", "calling", "declaring", "announcing", "confirming", "denying",
        "decrying", "condemning", "criticising", "criticizing", "slamming", "dismissing", "rejecting", "urging", "vowing",
        "pledging", "branding", "labelling", "labeling", "praising", "citing");

    /// <summary>
    /// Participles of saying that speak for the sentence's subject only after "by": "Representative Anthony Weiner tried
    /// to put the scandal to bed today by admitting that he had sent the photo". Elsewhere they belong to a thing ("a
    /// plea agreement admitting to the charge", "a Facebook post alleging he abused", "a report revealing that …").
    /// </summary>
    private static readonly WordSet MannerSpeechParticiples = new WordSet(StringComparer.OrdinalIgnoreCase,
        "admitting", "conceding", "acknowledging", "revealing", "promising", "demanding", "alleging", "asserting", "contending",
        "stressing", "maintaining", "predicting", "describing", "defending");

}
