using Framing.Rules;
using Framing.Text;
using static Framing.Attribution.SpeakerWords;

namespace Framing.Attribution;

/// <summary>
/// Names and types one speaker phrase: splits it into name and role ("Rami Abdurrahman of the Syrian Observatory",
/// "a regional official, Tomas Brenner"), finds its source type from the head cue (the right-most source cue before any
/// post-modifier; "former" demotes an office), tells organisations from people (acronyms, organisation words, a bare name
/// the sentence calls "it") and reads the article's earlier mentions through the <see cref="EntityRegistry"/>.
/// <see cref="SpeakerPhraseFinder"/> finds the phrase; this class says who it is.
/// </summary>
internal sealed class SpeakerClassifier(ArticleContext ctx, EntityRegistry entities)
{
    private readonly ArticleContext _ctx = ctx;
    private readonly EntityRegistry _entities = entities;

    /// <summary>Names and classifies the noun phrase <c>[start, end)</c>, using the article's earlier mentions.</summary>
    public Speaker Describe(int start, int end, SpeakerResolution how)
    {
        var text = _ctx.Text(start, end);
        var span = _ctx.Span(start, end);
        // "The claim spread over the weekend, but … the boy's family issued a statement": a phrase cut down to its
        // opening determiner names nobody, and no body speaks formally through it.
        if (end - start == 1 && _ctx.In(PhraseOpeners, start)) return new Speaker(text, span, text, null, SourceType.Other, null, how);
        var (type, role, name) = Classify(start, end);
        if (type is null)
        {
            if (_entities.Find(name) is { } e)
                return new Speaker(text, span, e.Name, e.Role, e.Type, null, e.Name.Length > name.Length ? SpeakerResolution.Alias : how) { FormerOfficial = e.FormerOfficial };
            // An organisation speaking for itself is official (taxonomy): "The SFO confirmed", "Orrin Bank said", "Hestia said it had".
            // "According to WLS-TV", "WGN-TV said": a broadcaster's call sign is an outlet, not a body speaking for itself.
            if (IsCallSign(name)) return new Speaker(text, span, name, role, SourceType.Media, null, how);
            if (LooksLikeOrganisation(start, end, name)) return new Speaker(text, span, name, role, SourceType.Official, null, how);
            return new Speaker(text, span, name, role, SourceType.Other, null, how);
        }
        bool formerOfficial = type == SourceType.Other && Former(start, end) && HasOfficialCue(start, end);
        if (_entities.Find(name) is { } known)
        {
            if (known.Name.Length > name.Length) name = known.Name;
            role ??= known.Role;
            formerOfficial |= known.FormerOfficial && type == SourceType.Other;
            // The speaker phrase, read with its head noun ("Rami Abdel Rahman, head of the Syrian Observatory": the
            // monitor, an expert source), types the person better than the registry's nearest role word ("head"): later
            // mentions by surname or pronoun take that type. Not "other": a former office holder's own phrase says
            // "other", and the registry's record of the office decides their accounts of their time in it.
            // "Broadcasting Minister Jonathan Coleman … Dr Coleman has asked the board": a doctor's title before a name the
            // article has already given a post is a courtesy, not a role.
            if (known.Type == SourceType.Official && HonorificBeforeName(start, end))
                return new Speaker(text, span, name, role ?? known.Role, known.Type, null, how) { FormerOfficial = known.FormerOfficial };
            // "Madeleine Goumas, lead author, said … Miss Goumas, from the Centre for Ecology at Exeter University, added": an
            // expert later placed at their institution is still that expert, not the institution speaking for itself.
            if (known.Type == SourceType.Expert && type.Value == SourceType.Official && role is not null && StartsWithAffiliation(role))
                return new Speaker(text, span, name, role, known.Type, null, how);
            if (how == SpeakerResolution.Explicit && type.Value != SourceType.Other && known.Type != type.Value && name == known.Name)
                _entities.Retype(known, type.Value);
        }
        return new Speaker(text, span, name, role, type.Value, null, how) { FormerOfficial = formerOfficial };
    }

    /// <summary>The token of "Dr" (or "Dr.") right before the name at <paramref name="nameStart"/>, or null.</summary>
    private int? DoctorTitleBefore(int nameStart)
    {
        int t = nameStart - 1;
        if (t > 0 && _ctx.IsPunct(t, '.')) t--;
        return t >= 0 && IsDoctorTitle(t) ? t : null;
    }

    private bool IsDoctorTitle(int t) => _ctx.Is(t, "dr") || _ctx.Is(t, "dr.");

    /// <summary>
    /// True when [start, end) has "Dr" (or "Dr.") before capitalised name words that run to its end or to a comma
    /// ("Dr Coleman", "Her successor Dr Gibbons, on a visit to the hospital,"), and any words before the title name no
    /// expert ("Epidemiologist Dr Gibbons" is an expert's role).
    /// </summary>
    private bool HonorificBeforeName(int start, int end)
    {
        int title = start;
        while (title < end && !IsDoctorTitle(title)) title++;
        if (title >= end) return false;
        int t = title + 1;
        if (t < end && _ctx.IsPunct(t, '.')) t++;
        int nameStart = t;
        for (; t < end && !_ctx.IsPunct(t, ','); t++) if (!_ctx.IsCapitalized(t) || _ctx.KindOf(t) != TokenKind.Word) return false;
        return t > nameStart && (title == start || HeadType(start, title) is not SourceType.Expert);
    }

    /// <summary>Words that open an adjunct between commas after a name ("Meredith Watson, in a statement …,"), not a role.</summary>
    internal static readonly WordSet AdjunctPrepositions = new WordSet(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "through", "via", "during", "after", "before", "with", "under", "speaking", "writing");

    /// <summary>A lower-case plural noun at <paramref name="t"/> ("groups", "residents"), not "business" or "press".</summary>
    private bool PluralHead(int t) =>
        t < _ctx.Doc.TokenCount && _ctx.KindOf(t) == TokenKind.Word && !_ctx.IsCapitalized(t)
        && _ctx.TextOf(t) is { Length: > 3 } w && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i';

    /// <summary>An auxiliary or a past-tense verb at <paramref name="t"/>: the plural noun before it heads a clause's subject ("groups had criticized").</summary>
    private bool VerbAfterHead(int t) =>
        t < _ctx.Doc.TokenCount && (_ctx.In(ClauseAuxiliaries, t) || (_ctx.KindOf(t) == TokenKind.Word && _ctx.TextOf(t).EndsWith("ed", StringComparison.Ordinal)));

    /// <summary>
    /// A North American broadcaster's call sign with its band: "WLS-TV", "KABC-AM", "WTOP-FM" (three or four capitals
    /// opening with K or W). The bare letters are left alone: "KPMG" and "WWF" are no stations.
    /// </summary>
    private static bool IsCallSign(string name)
    {
        var s = name.AsSpan().Trim();
        int dash = s.IndexOf('-');
        if (dash is < 3 or > 4 || s[0] is not ('K' or 'W')) return false;
        foreach (char c in s[..dash]) if (c is < 'A' or > 'Z') return false;
        var band = s[(dash + 1)..];
        return band is "TV" or "FM" or "AM" or "DT" or "HD";
    }

    /// <summary>An acronym (SFO), a name ending in an organisation word (Orrin Bank), or a bare name the sentence calls "it".</summary>
    private bool LooksLikeOrganisation(int start, int end, string name)
    {
        int words = 0;
        ReadOnlySpan<char> final = default;
        foreach (var r in name.AsSpan().Split(' '))
            if (name.AsSpan(r) is { IsEmpty: false } w) { words++; final = w; }
        if (words == 0) return false;
        // "She said it would heal", with no one for "she" to be: a pronoun for people is never an organisation ("It said
        // it had cooperated fully" may be one).
        if (words == 1 && (PersonPronouns.Contains(name) || FirstPerson.Contains(name) || name.Equals("they", StringComparison.OrdinalIgnoreCase)
                           || name.Equals("you", StringComparison.OrdinalIgnoreCase))) return false;
        var last = final.TrimEnd("'’s");
        // An acronym, bare or after "the" ("HSE said", "The INO estimated").
        bool theFirst = words == 2 && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        if ((words == 1 || theFirst) && (final.Length is >= 2 and <= 6 && IsAcronym(final) || IsJoinedAcronym(final))) return true;
        // "Trinity Media" is a company; "fans on social media" are people, and lower-case media speak for no body.
        if ((OrgSuffixes.Contains(final) || OrgSuffixes.Contains(last)) && !(final is "media")) return true;
        if (name.Contains('&')) return true;
        // "Hestia said it had acted": the speaker is referred to as "it".
        if (start >= _ctx.Doc.TokenCount || words > 2) return false;
        var sentence = _ctx.Doc.SentenceArray[_ctx.SentenceOf(start)];
        bool it = false, person = false;
        for (int t = end; t < sentence.FirstToken + sentence.TokenCount && t < end + 12; t++)
        {
            if (_ctx.InsideQuote[t]) continue; // "They read it off a sheet": the quote's own "it" is not the speaker
            if (_ctx.Is(t, "it") || _ctx.Is(t, "its")) it = true;
            if (_ctx.Is(t, "he") || _ctx.Is(t, "she") || _ctx.Is(t, "his") || _ctx.Is(t, "her") || _ctx.Is(t, "i")) person = true;
        }
        // "Jewish groups had criticized …, saying it ignored …": a phrase headed by a lower-case plural noun describes
        // people, and the "it" after it is something else.
        if (it && !person && (PluralHead(end - 1) && end - 1 > start || PluralHead(end) && VerbAfterHead(end + 1))) return false;
        if (it && !person) return true;
        // An earlier or later mention "Hestia Housewares": the bare name is that organisation.
        return OrganisationNames.Contains(name);
    }

    private HashSet<string>? _organisationNames;

    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (!char.IsUpper(c) && !char.IsDigit(c) && c != '&') return false;
        return true;
    }

    /// <summary>
    /// Acronyms joined by hyphens, each of 2–6 capitals: a body's arm or branch ("NRA-ILA", "ACLU-NJ", "AFL-CIO").
    /// </summary>
    private static bool IsJoinedAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length > 20 || w.IndexOf('-') < 0) return false;
        foreach (var r in w.Split('-'))
            if (w[r] is not { Length: >= 2 and <= 6 } part || !IsAcronym(part) || !char.IsUpper(part[0])) return false;
        return true;
    }

    /// <summary>Parts that only a company or a body has: "Shell boss", "Shell's management", "BA shares".</summary>
    private static readonly WordSet CompanyParts = new WordSet(StringComparer.OrdinalIgnoreCase,
        "boss", "bosses", "management", "board", "shares", "shareholders", "profits", "headquarters", "executives", "directors",
        "workforce", "chairman", "chairwoman", "ex-chairman");

    /// <summary>The owner of a possessive token ("Shell" of "Shell's"), or null when the token is none.</summary>
    internal string? PossessiveOf(int t)
    {
        var w = _ctx.TextOf(t);
        return w.Length > 3 && w[^1] == 's' && w[^2] is '\'' or '’' ? w[..^2].ToString() : null;
    }

    private static readonly WordSet OrgDescriptors = new WordSet(StringComparer.OrdinalIgnoreCase,
        "company", "firm", "app", "retailer", "platform", "operator", "startup", "start-up", "chain", "lender", "carrier",
        "exchange", "promoter", "developer", "landlord", "manufacturer", "maker", "supplier", "contractor", "provider",
        "insurer", "broker", "brand", "giant", "producer", "distributor", "utility", "conglomerate", "subsidiary", "employer",
        "studio", "airline", "carmaker", "automaker",
        "employers");

    /// <summary>
    /// Names the article shows to be organisations, found once: the first word of every "Name OrgSuffix" pair ("Hestia"
    /// from "Hestia Housewares"), a name after a word for a kind of business ("payments company Tillpoint"), a name with a
    /// company's parts ("Shell boss") and the company a post is held at ("chairman of J Sainsbury").
    /// </summary>
    private HashSet<string> OrganisationNames
    {
        get
        {
            if (_organisationNames is not null) return _organisationNames;
            var set = new HashSet<string>(StringComparer.Ordinal);
            int n = _ctx.Doc.TokenCount;
            for (int t = 0; t + 1 < n; t++)
            {
                // Every pattern holds a capital at t or t + 1: most tokens are passed over on the two flags alone.
                bool capital = _ctx.IsCapitalized(t), nextCapital = _ctx.IsCapitalized(t + 1);
                if (!capital && !nextCapital) continue;
                if (capital && nextCapital && _ctx.In(OrgSuffixes, t + 1))
                    set.Add(_ctx.TextOf(t).ToString());
                // "payments company Tillpoint", "the ride-hailing app Zoomr": a name introduced by what kind of business it is.
                if (nextCapital && !capital && _ctx.In(OrgDescriptors, t))
                {
                    set.Add(_ctx.TextOf(t + 1).ToString());
                    if (t + 2 < n && _ctx.IsCapitalized(t + 2)) set.Add(_ctx.Text(t + 1, t + 3));
                }
                // "the ousted ex-chairman of J Sainsbury": the company a post is held at.
                if (nextCapital && t > 0 && _ctx.Is(t, "of") && _ctx.In(CompanyParts, t - 1))
                {
                    int e = t + 1;
                    while (e < n && e < t + 5 && _ctx.IsCapitalized(e) && _ctx.KindOf(e) == TokenKind.Word) e++;
                    set.Add(PossessiveOf(e - 1) ?? _ctx.TextOf(e - 1).ToString());
                    set.Add(CleanName(_ctx.Text(t + 1, e)));
                }
                // "Shell boss Watts", "Shell's management", "the Nationwide Building Society": a single name that has a
                // company's parts, or a three-word name that ends in an organisation's word.
                if (capital && !nextCapital && (t == 0 || !_ctx.IsCapitalized(t - 1)) && _ctx.In(CompanyParts, t + 1))
                    set.Add(PossessiveOf(t) ?? _ctx.TextOf(t).ToString());
                if (capital && nextCapital && t + 2 < n && _ctx.IsCapitalized(t + 2) && _ctx.In(OrgSuffixes, t + 2))
                    set.Add(_ctx.TextOf(t).ToString());
            }
            return _organisationNames = set;
        }
    }

    /// <summary>Source type (null when the phrase carries no cue), role text and name of a phrase.</summary>
    public (SourceType? Type, string? Role, string Name) Classify(int start, int end)
    {
        // "Marisol Quintero, a nurse in Tucson, Arizona" — the name before the comma, the role after it.
        for (int c = start + 1; c < end - 1; c++)
        {
            if (!_ctx.IsPunct(c, ',') && !_ctx.IsDash(c)) continue;
            // "Meredith Watson, in a statement released by her lawyer, said": an adjunct between commas, not a role.
            if (_ctx.In(AdjunctPrepositions, c + 1)) return ClassifySimple(start, c);
            var head = ClassifySimple(start, c);
            var (appType, appEnd) = AppositiveType(c + 1, end);
            // "a regional official, Tomas Brenner", "the president of the Law Society, Irene Dorsey": the head is the
            // role, the appositive is the name.
            // "A cattle trader, Idris Bakheit": a private person's description works the same way.
            // Not a head that ends in a person's given name and surname ("An angry Chuck Grassley, Iowa Republican and head of
            // the Senate Judiciary Committee, said"): that head is the name, and the appositive its role.
            bool roleHead = (head.Type is not null || RoleWords.IsPrivatePerson(_ctx.TextOf(c - 1))) && !EndsWithFullName(start, c);
            // The appositive may be a known office holder's name ("The shadow chancellor, George Osborne, said").
            if (roleHead && (_ctx.IsSourceCue(c - 1) || IsName(c + 1, appEnd)) && c + 1 < end && _ctx.IsCapitalized(c + 1)
                && (!_ctx.IsSourceCue(c + 1) || (IsNameCue(c + 1) && IsName(c + 1, appEnd))))
                return (head.Type, TrimDeterminer(_ctx.Text(start, c)), CleanName(_ctx.Text(c + 1, appEnd)));
            // "One woman, who gave her name as Halima Oyelaran": the name the clause gives.
            if (roleHead && GivenName(c + 1, end) is { } given)
                return (head.Type ?? appType, TrimDeterminer(_ctx.Text(start, c)), CleanName(_ctx.Text(given.Start, given.End)));
            var role = head.Role ?? TrimDeterminer(_ctx.Text(c + 1, appEnd));
            // "Mr Spink, one of the party's most vocal critics": a person named in full is no anonymous source, whatever
            // group the appositive puts them in.
            if (appType == SourceType.Anonymous && head.Type is null && IsName(start, c)) appType = null;
            // "Dr Ruth Amadi, deputy chief medical officer": a doctor's title before the name is a courtesy; the office in
            // the appositive says what she speaks as.
            // Not an affiliation ("Dr Rosa Vidal, of the Andean Geophysical Institute"): the appositive names a post.
            if (head.Type == SourceType.Expert && appType == SourceType.Official && IsDoctorTitle(start) && !_ctx.In(AffiliationPrepositions, c + 1))
                return (appType, role, head.Name);
            return (head.Type ?? appType, role, head.Name);
        }
        return ClassifySimple(start, end);
    }

    /// <summary>True when <c>[start, end)</c> ends in a given name and a capitalised surname ("An angry Chuck Grassley").</summary>
    private bool EndsWithFullName(int start, int end)
    {
        if (end - 2 < start || _ctx.KindOf(end - 1) != TokenKind.Word || !_ctx.IsCapitalized(end - 1) || _ctx.KindOf(end - 2) != TokenKind.Word
            || !_ctx.IsCapitalized(end - 2)) return false;
        if (PersonGender.IsGivenName(_ctx.TextOf(end - 2))) return true;
        // A known office holder's full name ("Chuck Grassley").
        foreach (ref readonly var m in _ctx.MatchesNear(_ctx.SentenceOf(end - 1), end - 1))
            if (m.FirstToken <= end - 2 && m.EndToken == end && ArticleContext.IsOfficeHolder(m)) return true;
        return false;
    }

    /// <summary>Prepositions that open an affiliation rather than a post: "of the institute", "from the university", "at the clinic".</summary>
    private static readonly WordSet AffiliationPrepositions = new WordSet(StringComparer.OrdinalIgnoreCase, "of", "from", "at", "with");

    /// <summary>True when a role text opens with an affiliation preposition: "from the Centre for Ecology".</summary>
    private static bool StartsWithAffiliation(string role)
    {
        var r = role.AsSpan().TrimStart();
        int space = r.IndexOf(' ');
        return space > 0 && AffiliationPrepositions.Contains(r[..space]);
    }

    /// <summary>
    /// A capitalised modal that is a surname after a given name or a title: "Theresa May", "Mrs May", "Brian May" (a
    /// title-case headline's "States Could Ask" has no given name before its modal), or a given name before a surname.
    /// </summary>
    private bool IsSurnameModal(int t)
    {
        if (!_ctx.IsCapitalized(t)) return false;
        int si = _ctx.SentenceOf(t);
        if (t > 0 && _ctx.KindOf(t - 1) == TokenKind.Word && _ctx.IsCapitalized(t - 1) && _ctx.SentenceOf(t - 1) == si
            && (PersonGender.IsGivenName(_ctx.TextOf(t - 1)) || PersonGender.OfWord(_ctx.TextOf(t - 1).TrimEnd(",.")) != Gender.Unknown))
            return true;
        // "Theresa May has pledged … May reportedly made the announcement": the surname of a person the article has named.
        var word = _ctx.TextOf(t);
        if (_entities.Find(word.ToString()) is { } known && known.Name.Length > word.Length + 1 && known.Name.AsSpan().EndsWith(word)
            && known.Name[^(word.Length + 1)] == ' ') return true;
        // "Will Hurd said": a modal that is a given name, before a capitalised surname, outside headlines (a title-case
        // headline's "Trump Will Sign" is no name).
        return PersonGender.IsGivenName(_ctx.TextOf(t)) && t + 1 < _ctx.Doc.TokenCount && _ctx.SentenceOf(t + 1) == si
            && _ctx.KindOf(t + 1) == TokenKind.Word && _ctx.IsCapitalized(t + 1) && !_ctx.In(Modals, t + 1)
            && !_ctx.Doc.SentenceArray[si].IsHeadline;
    }

    /// <summary>True when [start, end) is one to four capitalised words and nothing else: a person's name.</summary>
    internal bool IsName(int start, int end)
    {
        if (end - start is < 1 or > 4) return false;
        for (int t = start; t < end; t++) if (!_ctx.IsCapitalized(t)) return false;
        return true;
    }

    /// <summary>Whether the noun phrase [start, end) can name a speaker.</summary>
    internal bool CanSpeak(int start, int end)
    {
        if (_ctx.In(NotSpeakerOpeners, start) || _ctx.In(MessageCarriers, end - 1)) return false;
        for (int t = start; t < end; t++) if (_ctx.In(Modals, t) && !IsSurnameModal(t)) return false;
        // A title-case headline's auxiliary alone ("… Remark Was 'Outrageous'") is no name.
        if (end - start == 1 && _ctx.In(ClauseAuxiliaries, start) && !(_ctx.In(Modals, start) && IsSurnameModal(start))) return false;
        // "Their only answer is …": a possessive with nothing it owns names nobody (and a later "he" must not find it).
        for (int t = start; t < end; t++) if (!_ctx.In(Possessives, t)) return true;
        return false;
    }

    private static readonly WordSet HoldsPostVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "heads", "headed", "leads", "led", "chairs", "chaired", "directs", "directed", "oversees", "oversaw", "commands", "commanded");

    /// <summary>
    /// "who is the city's mayor": a relative clause that names a post held now ("who was chief financial officer under
    /// Ebbers" names one left, which the taxonomy does not count).
    /// </summary>
    internal bool IsPostClause(int start, int end) =>
        end - start >= 3 && _ctx.Is(start, "who") && _ctx.Is(start + 1, "is") && HeadType(start + 2, end) is not null;

    /// <summary>
    /// The type an appositive gives ("a spokesman for the company" → official; "a currency dealer at a bank"
    /// → none: the head noun, before any preposition or relative clause, decides), and where the role text ends.
    /// </summary>
    private (SourceType? Type, int End) AppositiveType(int start, int end)
    {
        // "Andrea Gordon, of CQC, said": a person of an organisation named by its acronym speaks for it.
        if (end - start == 2 && _ctx.Is(start, "of") && _ctx.TextOf(start + 1) is { Length: >= 2 and <= 6 } acronym && IsAcronym(acronym)
            && !char.IsDigit(acronym[0]))
            return (SourceType.Official, end);
        // "Paul Kerr, who is the city's mayor,": the post after "who is" gives the type.
        if (IsPostClause(start, end)) return (HeadType(start + 2, end), end);
        // Only a noun phrase gives a role ("a former ambassador", "34, a nurse"); a clause does not ("speaking on BBC radio").
        bool nounPhrase = start < end && (_ctx.IsCapitalized(start) || _ctx.IsSourceCue(start) || _ctx.KindOf(start) == TokenKind.Number
            || _ctx.In(NpWords, start) || _ctx.Is(start, "who") || (start + 1 < end && _ctx.In(RankModifiers, start) && _ctx.IsSourceCue(start + 1))
            || (start + 1 < end && ModifiedPost(start)));
        if (!nounPhrase) return (null, start);
        // "Amina Waziri, who heads the UN refugee agency's operations": the post's organisation gives the type; "who led
        // the inquiry" is itself a source phrase (the head of an inquiry speaks for it), so the verb is inside the search.
        if (_ctx.Is(start, "who") && start + 2 < end && _ctx.In(HoldsPostVerbs, start + 1))
        {
            int postEnd = start + 2;
            while (postEnd < end && !_ctx.IsPunct(postEnd, ',') && !_ctx.In(PlacePrepositions, postEnd)) postEnd++;
            return (HeadType(start + 1, postEnd), postEnd);
        }
        int headEnd = start;
        while (headEnd < end && !_ctx.In(Prepositions, headEnd) && !_ctx.Is(headEnd, "in") && !_ctx.Is(headEnd, "who")
               && !_ctx.Is(headEnd, "which") && !_ctx.Is(headEnd, "that") && !_ctx.IsPunct(headEnd, ',')) headEnd++;
        int roleEnd = headEnd;
        while (roleEnd < end && !_ctx.Is(roleEnd, "who") && !_ctx.Is(roleEnd, "which") && !_ctx.IsPunct(roleEnd, ',')) roleEnd++;
        var type = HeadType(start, headEnd);
        if (type is null)
        {
            // "the head of the ministry": a head noun that names a post takes the organisation's type.
            bool anyLowerNoun = false;
            for (int t = start; t < headEnd; t++)
                if (!_ctx.IsCapitalized(t) && !_ctx.In(NpWords, t) && !_ctx.IsSourceCue(t)) anyLowerNoun = true;
            if (!anyLowerNoun && headEnd < roleEnd) type = HeadType(headEnd, roleEnd);
        }
        if (Former(start, roleEnd)) return (type is null or SourceType.Anonymous ? type : SourceType.Other, roleEnd);
        return (type, roleEnd);
    }

    /// <summary>
    /// A post with a lower-case modifier of place or rank: "district chief of Charcheno", "provincial governor", "regional
    /// commander". Not a verb's form ("accused officials of …", "calling police"), a preposition or a relative ("whose house").
    /// </summary>
    private bool ModifiedPost(int start)
    {
        if (_ctx.KindOf(start) != TokenKind.Word || _ctx.IsCapitalized(start) || !_ctx.IsSourceCue(start + 1) || _ctx.IsSourceCue(start)) return false;
        var w = _ctx.TextOf(start);
        return w.Length > 3 && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal)
            && !w.EndsWith("ly", StringComparison.Ordinal) && !_ctx.In(Prepositions, start) && !_ctx.In(PlacePrepositions, start)
            && !_ctx.Is(start, "whose") && !_ctx.In(NotSubjects, start);
    }

    /// <summary>"former"/"ex-" in the phrase, unless it also names a party politician ("Tory ex-minister Douglas Hogg" still sits for his party).</summary>
    private bool Former(int start, int end)
    {
        // "Former finance minister Gregor Alvey": a lower-case modifier ("finance") can end the phrase before the
        // role word, leaving "former" just outside it; up to three words back count. A second role held now ("Ex-BBC
        // chat show host and East Midlands MEP") ends the search, as RoleWords decides.
        if (start >= _ctx.Doc.TokenCount) return RoleWords.NoLongerInRole(_ctx, start, end);
        int first = _ctx.Doc.SentenceArray[_ctx.SentenceOf(start)].FirstToken, from = start;
        while (from > Math.Max(first, start - 3) && _ctx.KindOf(from - 1) == TokenKind.Word) from--;
        return RoleWords.NoLongerInRole(_ctx, from, end);
    }

    /// <summary>
    /// True when an official-source cue of [start, end) heads the role: followed by the name or the phrase's end
    /// ("Former President Bill Clinton"), not modifying another noun ("the former White House intern").
    /// </summary>
    private bool HasOfficialCue(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (!_ctx.Has(t, Signal.OfficialSource)) continue;
            int after = t + 1;
            while (after < end && _ctx.Has(after, Signal.OfficialSource)) after++;
            if (after >= end || _ctx.IsCapitalized(after) || _ctx.IsPunct(after, ',')) return true;
            t = after;
        }
        return false;
    }

    /// <summary>Second-hand accounts: "Reports from Yemen" are no more official for the country they come from.</summary>
    private static readonly WordSet ReportNouns = new WordSet(StringComparer.OrdinalIgnoreCase,
        "reports", "report", "rumours", "rumors", "accounts", "claims", "stories", "footage", "images", "videos", "posts");

    /// <summary>Words that end an outlet's name after its cue word ("ABC News", "BBC Radio", "Sky Sports").</summary>
    private static readonly WordSet OutletNameEnds = new WordSet(StringComparer.Ordinal,
        "News", "Radio", "Television", "TV", "Network", "Online", "Newsnight", "Sport", "Sports", "World");

    /// <summary>
    /// True when <paramref name="word"/>, right after the media outlet's cue word at <paramref name="cue"/>, ends the
    /// outlet's own name ("ABC News"), so the two are one name and not a role and a person called "News". The speaker
    /// stage and the entity registry both decide it here.
    /// </summary>
    internal static bool EndsOutletName(ArticleContext ctx, int cue, int word) =>
        ctx.Has(cue, Signal.MediaOutlet) && OutletNameEnds.Contains(ctx.TextOf(word));

    private (SourceType? Type, string? Role, string Name) ClassifySimple(int start, int end)
    {
        if (OrganisationNameWithOf(start, end) is { } organisation) return (SourceType.Official, null, organisation);
        // Split "Rami Abdurrahman of the Syrian Observatory": name part and organisation part.
        int split = -1;
        for (int t = start + 1; t < end - 1; t++)
            // Not inside an organisation's name: "Union County Board of Education member Gary Sides".
            if (_ctx.In(Prepositions, t) && _ctx.IsCapitalized(t - 1) && !_ctx.IsSourceCue(t - 1) && !RoleWords.IsPrivatePerson(_ctx.TextOf(t - 1))
                && !(_ctx.Is(t, "of") && _ctx.In(OrgSuffixes, t - 1) && t + 1 < end && _ctx.IsCapitalized(t + 1))) { split = t; break; }
        int phraseEnd = split > 0 ? split : end;
        // "Ian Paisley jnr", "Alan Reid MSP": the name ends before its suffixes; a seat's letters are the role.
        int headEnd = NameSuffixes.NameEnd(_ctx, start, phraseEnd);
        string? suffixRole = headEnd < phraseEnd && HeadType(headEnd, phraseEnd) is not null ? _ctx.Text(headEnd, phraseEnd) : null;
        bool former = Former(start, end);
        // Name: the trailing run of capitalised tokens after the last cue of the head part.
        int lastCue = -1;
        for (int t = start; t < headEnd; t++)
            if (_ctx.IsSourceCue(t) && !IsNameCue(t) && !(t + 1 < headEnd && IsFirstNameCountry(t))) lastCue = t;
        int nameStart = headEnd;
        while (nameStart > Math.Max(start, lastCue + 1) && (_ctx.IsCapitalized(nameStart - 1) || _ctx.IsPunct(nameStart - 1, '.') || _ctx.IsPunct(nameStart - 1, ']')
               || (nameStart - 1 > start && (InNameParticles(nameStart - 1) || (_ctx.IsPunct(nameStart - 1, '&') && _ctx.IsCapitalized(nameStart - 2)))))) nameStart--;
        while (nameStart < headEnd && !_ctx.IsCapitalized(nameStart)) nameStart++;
        // "ABC News", "CBS News", "BBC Radio": an outlet's name that opens with its cue word is one name, not a role and
        // a name ("News" took the role "ABC", and every later outlet called "… News" with it).
        if (lastCue >= start && nameStart == lastCue + 1 && headEnd - nameStart == 1 && EndsOutletName(_ctx, lastCue, nameStart)) nameStart = lastCue;
        // "The Centers for Disease Control and Prevention": a word joined to the body's name by "and" ends the name, no person.
        if (lastCue >= start && nameStart == lastCue + 2 && headEnd - nameStart == 1 && _ctx.Is(lastCue + 1, "and")
            && !PersonGender.IsGivenName(_ctx.TextOf(nameStart))) nameStart = headEnd;
        if (nameStart > start && nameStart < headEnd && (IsPreposition(nameStart - 1) || _ctx.In(PlacePrepositions, nameStart - 1)))
        {
            // "ambassador to Syria Peter Ford": a place, then the person; "Observatory for Human Rights": one name.
            // "a spokesman for Johnson & Johnson": a name joined by an ampersand is one body's, read as "for Unilever" is.
            if (headEnd - nameStart >= 3 && !(headEnd - nameStart == 3 && _ctx.IsPunct(nameStart + 1, '&'))) nameStart = headEnd - 2;
            else nameStart = headEnd;
        }

        string name = nameStart < headEnd ? CleanName(_ctx.Text(nameStart, headEnd)) : TrimDeterminer(_ctx.Text(start, headEnd));
        string? role = nameStart > start && nameStart < headEnd ? TrimDeterminer(_ctx.Text(start, nameStart)).Trim('[', ']', ' ') : null;
        if (suffixRole is not null) role = role is null ? suffixRole : role + " " + suffixRole;
        if (split > 0) role = role is null ? TrimDeterminer(_ctx.Text(split + 1, end)) : role + " " + _ctx.Text(split, end);
        // A list ("Syrian government media, the ISIS media wing and a human rights monitor"): the first conjunct leads.
        // Not the roles of one named person ("Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk"): the role
        // next to the name is the one held.
        int conj = -1;
        for (int t = start + 1; t < headEnd - 1 && nameStart >= headEnd; t++)
            if ((_ctx.IsPunct(t, ',') || _ctx.Is(t, "and")) && HeadType(start, t) is not null) { conj = t; break; }
        // The head noun comes before a post-modifier: "Sources within the party" are sources; "a researcher at the ministry" is a researcher.
        int postModifier = -1;
        for (int t = start + 1; t < headEnd - 1 && postModifier < 0; t++)
            if ((_ctx.In(Prepositions, t) || _ctx.In(PlacePrepositions, t) || (_ctx.Is(t, "close") && _ctx.Is(t + 1, "to"))) && _ctx.IsSourceCue(t - 1))
            {
                // A cue that takes in its preposition ("Sources close to") ends the head after it.
                int cueEnd = SourceCueEnd(t - 1);
                postModifier = cueEnd > t && cueEnd < headEnd ? cueEnd : t;
            }
        SourceType? type = PrivatePersonHead(start, headEnd) ? null
            : (conj > 0 ? HeadType(start, conj) : null) ?? (postModifier > 0 ? HeadType(start, postModifier) : null)
            ?? HeadType(start, headEnd) ?? (suffixRole is not null ? HeadType(headEnd, phraseEnd) : null) ?? (split > 0 && !_ctx.In(ReportNouns, split - 1) ? HeadType(split + 1, end) : null);
        // "Medical Director Dr David Hepburn said": a doctor's title right before the name is a courtesy when a post comes before it.
        if (type == SourceType.Expert && nameStart < headEnd && DoctorTitleBefore(nameStart) is int title && title > start
            && HeadType(start, title) == SourceType.Official) type = SourceType.Official;
        if (type is not null && former && type != SourceType.Anonymous) type = SourceType.Other;
        if (nameStart >= headEnd) name = CleanName(TrimDeterminer(_ctx.Text(start, end)));
        return (type, role, name);
    }

    /// <summary>
    /// The name of an organisation headed by its organisation word before "of" ("the American Association of University
    /// Professors", "the Confederation of British Industry", "the Association of Chief Police Officers"): every word
    /// capitalised but "of", "for", "and" and "the" after its organisation word, no given name, up to a bracketed acronym.
    /// The words after "of" name its members or its field, not the speaker's kind. Null when the phrase is no such name.
    /// </summary>
    private string? OrganisationNameWithOf(int start, int end)
    {
        int a = start < end && _ctx.Is(start, "the") ? start + 1 : start;
        bool headed = false;
        int e = end;
        for (int t = a; t < end; t++)
        {
            if (t > a && _ctx.IsPunct(t, '(')) { e = t; break; }
            bool connector = t > a && t + 1 < end && (_ctx.Is(t, "of") || _ctx.Is(t, "for") || _ctx.Is(t, "and") || _ctx.Is(t, "the"));
            if (connector)
            {
                // The first connector is the "of" after the organisation word, which heads the name ("Jakub Sobczak of the
                // Vistula Institute of Archaeology" is a person's name, not the institute's).
                if (!headed && !(_ctx.Is(t, "of") && _ctx.In(OrgSuffixes, t - 1))) return null;
                headed = true;
            }
            else if (!(_ctx.IsCapitalized(t) && _ctx.KindOf(t) == TokenKind.Word) || PersonGender.IsGivenName(_ctx.TextOf(t))) return null;
        }
        return !headed || e - a < 3 ? null : CleanName(_ctx.Text(a, e));
    }

    /// <summary>The capitalised name after "named", "called" or "as" that ends a clause ("who gave her name as Halima Oyelaran").</summary>
    internal (int Start, int End)? GivenName(int start, int end)
    {
        int e = end;
        while (e > start && _ctx.IsPunct(e - 1, ',')) e--;
        int s = e;
        while (s > start && _ctx.IsCapitalized(s - 1)) s--;
        if (s == e || s == start || e - s > 4) return null;
        return _ctx.Is(s - 1, "as") || _ctx.Is(s - 1, "named") || _ctx.Is(s - 1, "called") ? (s, e) : null;
    }

    /// <summary>
    /// True when the phrase's head noun (its last lower-case word before a preposition) names a private person: "a museum
    /// visitor from Lunden" is a visitor, whatever the museum is; "a bank customer" is a customer.
    /// </summary>
    private bool PrivatePersonHead(int start, int end)
    {
        int head = -1;
        for (int t = start; t < end; t++)
        {
            if (_ctx.In(PlacePrepositions, t) || _ctx.In(Prepositions, t) || _ctx.Is(t, "to") || _ctx.Is(t, "close")) break;
            if (_ctx.KindOf(t) == TokenKind.Word && (!_ctx.IsCapitalized(t) || RoleWords.IsPrivatePerson(_ctx.TextOf(t)))) head = t;
        }
        // A head that is itself a source noun ("residents", "the broadcaster") keeps its source type.
        return head >= 0 && !_ctx.IsSourceCue(head) && RoleWords.IsPrivatePerson(_ctx.TextOf(head));
    }

    /// <summary>True when the token is part of a person's name from the gazetteer (a name, not a title).</summary>
    private bool IsNameCue(int t)
    {
        if (!_ctx.IsCapitalized(t) && !InNameParticles(t)) return false;
        foreach (ref readonly var m in _ctx.MatchesNear(_ctx.SentenceOf(t), t))
            if (m.FirstToken <= t && t < m.EndToken && (ArticleContext.SourceSignals & (1 << (int)m.Rule.Signal)) != 0
                && !ArticleContext.IsOfficeHolder(m) && !IsSurnameOutlet(m))
                return false;
        return true;
    }

    /// <summary>
    /// An outlet's one-word name that is a person's surname: capitalised, after a capitalised first name that is no source
    /// word or determiner ("Tory co-chairman Liam Fox"; not "The Guardian", not "ABC's Fox", and not a lower-case word for
    /// the press after a nationality: "Kenyan media have reported" are media).
    /// </summary>
    private bool IsSurnameOutlet(RuleMatch m) =>
        m.TokenCount == 1 && m.Rule.Signal == Signal.MediaOutlet && m.FirstToken > 0 && _ctx.IsCapitalized(m.FirstToken) && _ctx.IsCapitalized(m.FirstToken - 1)
        && _ctx.KindOf(m.FirstToken - 1) == TokenKind.Word && !_ctx.IsSourceCue(m.FirstToken - 1) && !_ctx.In(NpWords, m.FirstToken - 1)
        && _ctx.SentenceOf(m.FirstToken - 1) == _ctx.SentenceOf(m.FirstToken);

    internal bool IsPreposition(int t) => _ctx.Is(t, "to") || _ctx.Is(t, "of") || _ctx.Is(t, "for") || _ctx.Is(t, "at") || _ctx.Is(t, "in");

    /// <summary>Drops editorial brackets and collapses spaces: "[Minister Sergey] Lavrov" → "Sergey Lavrov".</summary>
    internal static string CleanName(string name)
    {
        // Most names are already clean: no brackets, single spaces, no edge punctuation, no possessive.
        if (IsClean(name)) return name;
        var s = string.Join(' ', name.Replace("[", " ").Replace("]", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(',', '.', ':', ' ');
        if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal)) s = s[..^2];
        return s;
    }

    /// <summary>The end of the longest source cue that covers token <paramref name="t"/>.</summary>
    private int SourceCueEnd(int t)
    {
        int end = t + 1;
        foreach (ref readonly var m in _ctx.MatchesNear(_ctx.SentenceOf(t), t))
            if (m.FirstToken <= t && t < m.EndToken && (ArticleContext.SourceSignals & (1 << (int)m.Rule.Signal)) != 0) end = Math.Max(end, m.EndToken);
        return end;
    }

    /// <summary>The type of the right-most (head) source cue in a phrase; anonymous sources win.</summary>
    internal SourceType? HeadType(int start, int end)
    {
        RuleMatch? head = null;
        if (end <= start) return null;
        // Only the matches inside the phrase: a scan of the whole sentence for every phrase made a sentence of thousands
        // of speaker phrases quadratic.
        foreach (ref readonly var m in _ctx.MatchesFrom(_ctx.SentenceOf(start), start))
        {
            if (m.FirstToken >= end && _ctx.MatchesOrdered) break;
            if (m.FirstToken < start || m.EndToken > end) continue;
            var sig = m.Rule.Signal;
            if ((ArticleContext.SourceSignals & (1 << (int)sig)) == 0) continue;
            if (IsFirstNameOfPerson(m, end)) continue;
            if (m.FirstToken > start && IsSurnameOutlet(m)) continue;
            if (_ctx.IsOtherPersonsSurname(m)) continue;
            if (head is not { } h || m.EndToken > h.EndToken || (m.EndToken == h.EndToken && m.TokenCount > h.TokenCount)) head = m;
        }
        if (head is { } h2 && RoleWords.RelationBeforeOffice(_ctx, start, h2.FirstToken)) return null;
        return head is { } chosen ? ArticleContext.TypeOf(chosen.Rule.Signal) : null;
    }

    /// <summary>
    /// A country or capital that is a person's first name ("Jordan Pemberton-Achi", "Georgia Kemp", "Paris Hilton"): a
    /// one-word place followed, inside the phrase, by a capitalised word that is no source word. A title is not: "Minister
    /// Dana Voss" is an official, and a title is no country.
    /// </summary>
    private bool IsFirstNameOfPerson(RuleMatch m, int end) => m.EndToken < end && EntityRegistry.IsCountry(m) && NameFollows(m.FirstToken);

    private bool IsFirstNameCountry(int t) => NameFollows(t) && _ctx.CountryAt(t);

    /// <summary>True when the word after <paramref name="t"/> is capitalised and no source word: the rest of a person's name.</summary>
    private bool NameFollows(int t) =>
        t + 1 < _ctx.Doc.TokenCount && _ctx.IsCapitalized(t + 1) && !_ctx.IsSourceCue(t + 1) && _ctx.KindOf(t + 1) == TokenKind.Word;

    private static bool IsClean(string name)
    {
        if (name.Length == 0) return true;
        if (name.AsSpan().IndexOfAny(BracketChars) >= 0 || name.Contains("  ", StringComparison.Ordinal)) return false;
        if (EdgeChars.Contains(name[0]) || EdgeChars.Contains(name[^1])) return false;
        return !name.EndsWith("'s", StringComparison.Ordinal) && !name.EndsWith("’s", StringComparison.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> BracketChars = System.Buffers.SearchValues.Create("[]");
    private const string EdgeChars = ",.: ";
    private static readonly string[] Determiners = ["the ", "The ", "a ", "A ", "an ", "An "];

    private static string TrimDeterminer(string s)
    {
        foreach (var d in Determiners)
            if (s.StartsWith(d, StringComparison.Ordinal)) return s[d.Length..];
        return s;
    }

    /// <summary>Lower-case particles inside a person's name: "Jeroen van der Veer", "Ursula von der Leyen", "Luiz da Silva".</summary>
    internal static readonly WordSet NameParticles = new WordSet(StringComparer.Ordinal,
        "van", "der", "den", "de", "von", "la", "le", "du", "da", "di", "dos", "das", "del", "ter", "ten", "bin", "ibn", "al", "el");

    /// <summary>A word a person's name can hold: capitalised, or a name particle ("van", "al").</summary>
    internal static bool IsNameWord(ReadOnlySpan<char> word) => char.IsUpper(word[0]) || NameParticles.Contains(word);

    /// <summary>A name particle between a capitalised word (or another particle) and a capitalised word (or another particle).</summary>
    internal bool InNameParticles(int t)
    {
        // Every particle is two or three letters: the length rules out almost every token before the set is asked.
        if (t == 0 || t + 1 >= _ctx.Doc.TokenCount || _ctx.TextOf(t).Length is < 2 or > 3 || !_ctx.In(NameParticles, t)) return false;
        bool before = _ctx.IsCapitalized(t - 1) || _ctx.In(NameParticles, t - 1);
        int a = t + 1;
        while (a < _ctx.Doc.TokenCount && a <= t + 2 && _ctx.In(NameParticles, a)) a++;
        return before && a < _ctx.Doc.TokenCount && _ctx.IsCapitalized(a) && _ctx.KindOf(a) == TokenKind.Word;
    }
}
