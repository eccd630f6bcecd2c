using Framing.Rules;
using Framing.Text;

namespace Framing.Attribution;

/// <summary>
/// Finds each sentence's speaker: the reporting cue (an <c>attribution_verb</c> match outside quotations),
/// the noun phrase that speaks (before the cue, after it when inverted, after "according to", between
/// "quotes" and "saying"), its source type from the cue lexicons, and — when the phrase is a pronoun, a
/// surname, or absent because the sentence continues a quotation — the earlier mention it refers to.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly WordSet NpWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "of", "for", "at", "from", "within", "inside", "and", "its", "his", "her", "their", "our", "senior", "former",
        "local", "top", "chief", "deputy", "acting", "junior", "young", "elderly", "independent", "two", "three",
        "four", "five", "six", "several", "many", "some", "one", "other", "another", "both", "most", "few",
        "leading", "prominent", "veteran", "ex", "then", "interim", "new", "retired", "fellow", "british", "american",
        "unnamed", "anonymous", "frightened", "angry", "shaken", "distraught", "local", "regional", "national", "state",
        "federal", "military", "government", "party", "opposition", "ruling", "defence", "defense", "foreign", "interior",
        "health", "police", "army", "club", "company", "firm", "union", "council", "hospital", "school", "village", "town", "city");

    private static readonly WordSet SkipBeforeCue = new WordSet(StringComparer.OrdinalIgnoreCase,
        "also", "later", "then", "previously", "earlier", "again", "has", "have", "had", "was", "is", "were", "are",
        "would", "will", "once", "further", "quickly", "immediately", "publicly", "privately", "repeatedly", "recently",
        "reportedly", "allegedly", "apparently", "himself", "herself", "themselves", "itself", "subsequently", "separately",
        "still", "even", "had", "did", "does", "do", "not", "never", "could", "may", "might", "should", "has", "been", "being",
        "first", "last", "initially", "finally", "originally", "always", "long", "tonight", "often", "frequently", "just", "now", "yesterday", "today",
        // "Mr Blair instead warned people they must vote", "The minister meanwhile said".
        "instead", "meanwhile", "however", "too", "already",
        // "BA last month revealed", "the firm this week announced": a time adjunct between the subject and its verb.
        "this", "week", "month", "year", "night", "weekend", "morning", "afternoon", "evening",
        // "Mr Cameron had at first said": "at" before "first" or "once".
        "at");

    /// <summary>
    /// The end of the name before a US party and state tag that follows it (", R-Texas,", ", D-N.Y.,", "(R-Ark.)"), or
    /// <paramref name="e"/> when no tag ends there.
    /// </summary>
    private int SkipPartyTag(int e, int start)
    {
        int k = e - 1;
        if (k <= start || !(_ctx.IsPunct(k, ',') || _ctx.IsPunct(k, ')'))) return e;
        bool bracket = _ctx.IsPunct(k, ')');
        // "Rep. Blake Farenthold (R., Texas) said", "(D)": a bracketed tag that opens with the party's letter; "The Independent
        // Police Complaints Commission (IPCC) said", "Rep. Ilhan Omar (MN) said": a bracketed abbreviation of capitals.
        if (bracket)
            for (int o = k - 1; o > start && o >= k - 6; o--)
                if (_ctx.IsPunct(o, '('))
                {
                    if (o - 1 > start && o + 1 < k && (IsPartyLetter(o + 1) || (k - o <= 3 && IsAbbreviation(o + 1, k)))) return o;
                    break;
                }
        k--;
        int t = k;
        while (t > start && t > k - 4 && !IsPartyTagStart(t) && (_ctx.IsPunct(t, '.') || _ctx.KindOf(t) == TokenKind.Word)) t--;
        if (!IsPartyTagStart(t) || t - 1 <= start) return e;
        return (bracket ? _ctx.IsPunct(t - 1, '(') : _ctx.IsPunct(t - 1, ',')) ? t - 1 : e;
    }

    /// <summary>True when [from, to) is an abbreviation in capitals ("IPCC", "MN", "U.N."), full stops allowed.</summary>
    private bool IsAbbreviation(int from, int to)
    {
        bool letters = false;
        for (int t = from; t < to; t++)
        {
            if (_ctx.IsPunct(t, '.')) continue;
            if (_ctx.KindOf(t) != TokenKind.Word) return false;
            foreach (char c in _ctx.TextOf(t)) if (!char.IsUpper(c) && c != '-' && c != '&') return false;
            letters = true;
        }
        return letters;
    }

    /// <summary>A party's letter alone ("R", "D", "I") or a tag that opens with it ("D-Calif.").</summary>
    private bool IsPartyLetter(int t) =>
        IsPartyTagStart(t) || (_ctx.KindOf(t) == TokenKind.Word && _ctx.TextOf(t) is [ 'D' or 'R' or 'I' ]);

    /// <summary>
    /// "D-Calif", "R-Texas", "I-Vt": a US party letter, a hyphen and a capitalised state; or a district's number, as local
    /// papers write it ("R-7th Dist.", "D-3rd").
    /// </summary>
    private bool IsPartyTagStart(int t)
    {
        var w = _ctx.TextOf(t);
        return w.Length >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && (char.IsUpper(w[2]) || char.IsAsciiDigit(w[2]));
    }

    /// <summary>Sentence adverbs that stand between commas after a subject: "Liam Fox, meanwhile, said".</summary>
    private static readonly WordSet InterjectedAdverbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "meanwhile", "however", "though", "too", "instead", "likewise", "moreover", "nevertheless", "meantime", "separately",
        "also", "indeed", "similarly", "nonetheless", "furthermore", "therefore", "later", "earlier",
        "yesterday", "today", "tonight");

    private static readonly WordSet SeemingVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "appeared", "appears", "seemed", "seems", "tried", "tries", "sought", "seeks", "went",
        // "The Labour Party was forced to apologise", "The minister was quick to deny": the subject of the adjective speaks.
        "forced", "obliged", "compelled", "quick", "keen", "eager", "anxious",
        // "PeopleSoft continues to maintain that …", "Trump on Friday continued to fume over …".
        "continue", "continues", "continued");

    /// <summary>Lower-case words that open a post's name in an appositive: ", vice chairman of Shareholders United,".</summary>
    private static readonly WordSet RankModifiers = new WordSet(StringComparer.OrdinalIgnoreCase,
        "vice", "deputy", "acting", "assistant", "associate", "interim", "joint", "senior", "chief", "honorary", "founding");

    /// <summary>Auxiliaries that make the noun phrase before them a clause's subject ("said Seifert had made …").</summary>
    private static readonly WordSet ClauseAuxiliaries = new WordSet(StringComparer.OrdinalIgnoreCase,
        "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "did", "does", "can", "may", "might", "must");

    /// <summary>Verbs of going before the public: "went on television to insist", "took to Twitter to deny".</summary>
    private static readonly WordSet AppearanceVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "appeared", "appears", "appearing", "went", "goes", "going", "took", "takes", "taking", "used", "uses", "using",
        // The floor of a chamber: "rose in the Commons to announce", "interrupted the Budget debate to say".
        "rose", "rises", "stood", "stands", "interrupted", "interrupts");

    /// <summary>Where such an appearance happens: a medium, a platform or an occasion for words.</summary>
    private static readonly WordSet AppearanceMedia = new WordSet(StringComparer.OrdinalIgnoreCase,
        "television", "tv", "radio", "air", "airwaves", "twitter", "facebook", "instagram", "youtube", "tiktok", "social",
        "media", "stage", "podium", "microphone", "cameras", "interview", "speech", "statement", "address", "column",
        "appearance", "blog", "website", "programme", "program", "show", "broadcast", "briefing", "conference", "rally",
        "debate", "commons", "lords", "chamber", "floor", "senate", "house", "hearing", "session", "parliament", "assembly", "dáil", "dail", "order",
        // An occasion or a text taken for words: "used the last question time before the Budget to argue", "used the
        // opportunity to deny", "used a letter to the editor to accuse".
        "time", "questions", "opportunity", "occasion", "platform", "letter", "op-ed", "article", "video", "tweet", "email", "newsletter");

    private static readonly WordSet Reflexives = new WordSet(StringComparer.OrdinalIgnoreCase, "himself", "herself", "itself", "themselves");

    private static readonly WordSet PartsOfDay = new WordSet(StringComparer.OrdinalIgnoreCase,
        "night", "morning", "afternoon", "evening");

    internal static readonly WordSet Weekdays = new WordSet(StringComparer.OrdinalIgnoreCase,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Words of a date ("Wednesday December 12", "March 3"): never a person's or a body's name.</summary>
    private static readonly WordSet DateWords = new WordSet(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec");

    /// <summary>
    /// Sentence adverbs that open a sentence before its subject, with or without a comma ("Apparently Trump told …",
    /// "Previously, Reason Magazine analyzed …"): never the first word of a speaker's name.
    /// </summary>
    private static readonly WordSet SentenceAdverbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "apparently", "previously", "reportedly", "allegedly", "initially", "eventually", "recently", "additionally",
        "similarly", "subsequently", "ultimately", "originally", "notably", "ironically", "clearly", "obviously",
        "interestingly", "importantly", "specifically", "surprisingly", "unsurprisingly", "nonetheless", "nevertheless",
        "furthermore", "moreover", "likewise", "presumably", "immediately", "afterwards", "currently", "frankly",
        "certainly", "evidently", "ostensibly", "seemingly", "supposedly", "admittedly", "fortunately", "unfortunately",
        "sadly", "tellingly", "predictably", "curiously", "crucially", "separately", "naturally", "finally");

    private static readonly WordSet DropLeading = new WordSet(StringComparer.OrdinalIgnoreCase,
        "on", "in", "at", "after", "before", "but", "and", "meanwhile", "however", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "later", "earlier", "also", "then",
        "now", "last", "this", "week", "month", "year", "so", "yet", "still", "of", "for", "from", "as", "while", "when",
        "since", "speaking", "writing", "separately", "elsewhere", "here", "there", "instead", "indeed", "naturally", "finally",
        "night", "morning", "afternoon", "evening", "weekend");

    private static readonly WordSet Prepositions = new WordSet(StringComparer.OrdinalIgnoreCase, "of", "at", "for", "from", "with", "within", "inside");
    /// <summary>Words that open a noun phrase and name nothing by themselves.</summary>
    private static readonly WordSet PhraseOpeners = new WordSet(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "this", "these", "those", "its", "their", "our", "my", "your");

    private static readonly WordSet PersonPronouns = new WordSet(StringComparer.OrdinalIgnoreCase, "he", "she", "him", "her");
    private static readonly WordSet GroupPronouns = new WordSet(StringComparer.OrdinalIgnoreCase, "they", "it", "them");
    private static readonly WordSet FirstPerson = new WordSet(StringComparer.OrdinalIgnoreCase, "i", "we");
    private static readonly WordSet RelayVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "quotes", "quoted", "quoting", "quote", "cites", "cited", "citing", "cite");

    private readonly ArticleContext _ctx;
    private readonly EntityRegistry _entities;
    // People named so far, latest last, with their gender read once: where the latest does not fit a "he" or "she",
    // an earlier one may.
    /// <summary>
    /// The latest people named as speakers, a few for each gender (index: <see cref="Gender"/>), newest last: the look-back
    /// for a pronoun whose candidate does not fit needs only the newest of the pronoun's gender whose name differs, so a
    /// few suffice, and noting a person costs the same however many the article names (an article of 40,000 distinct
    /// speakers took time quadratic in them with one list of all).
    /// </summary>
    private readonly List<Speaker>[] _latestByGender = [new(PeoplePerGender), new(PeoplePerGender), new(PeoplePerGender)];

    private const int PeoplePerGender = 4;

    private SpeakerResolver(ArticleContext ctx)
    {
        _ctx = ctx;
        _entities = EntityRegistry.Build(ctx);
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
            if (!s.IsHeadline && PersonOpening(s) is { } mentioned) { lastPerson = mentioned; NotePerson(mentioned); lastPersonSentence = i; }
            var a = FromCues(s, lastPerson, lastGroup) ?? (OpeningLine(s) ? HeadlineSpeaker(s) : TranscriptSpeaker(s)) ?? FullTextLine(s);
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
                if (IsPerson(a.Speaker)) { lastPerson = a.Speaker; NotePerson(a.Speaker); lastPersonSentence = i; }
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
            if ((_ctx.Is(k, "her") || _ctx.Is(k, "his") || _ctx.Is(k, "their")) && k + 1 < _ctx.Doc.TokenCount && In(PersonalRepresentatives, k + 1)) return true;
        }
        return false;
    }

    private void NotePerson(Speaker person)
    {
        if (person.Resolution == SpeakerResolution.Pronoun || !person.Name.Contains(' ')) return;
        // Loops, not RemoveAll with a lambda: the lambda would capture the person, one closure per call.
        foreach (var list in _latestByGender)
            for (int i = list.Count - 1; i >= 0; i--)
                if (list[i].Name == person.Name) list.RemoveAt(i);
        var latest = _latestByGender[(int)PersonGender.Of(person.Name, person.Role)];
        if (latest.Count == PeoplePerGender) latest.RemoveAt(0);
        latest.Add(person);
    }

    /// <summary>
    /// The candidate, unless its known gender differs from the pronoun's: then the latest earlier person whose known
    /// gender fits ("He accused the interviewer …" after Monica Lewinsky was quoted goes back to Bill Clinton), or no
    /// one when nobody fits (a "he" never goes to "Mrs Hale"). An unknown gender never blocks.
    /// </summary>
    private Speaker? Agreeing(string pronoun, Speaker? candidate, int position = -1)
    {
        if (candidate is null) return null;
        if (Fits(pronoun, candidate.Name, candidate.Role)) return candidate;
        var wanted = PersonGender.OfPronoun(pronoun);
        var latest = _latestByGender[(int)wanted];
        for (int k = latest.Count - 1; k >= 0; k--)
            if (latest[k].Name != candidate.Name) return latest[k];
        // "Missouri Gov. Eric Greitens was indicted … Kimberly Gardner said … He acknowledged the relationship": a person
        // the article has introduced before the pronoun, not yet heard, whose given name or title fits it.
        return position < 0 ? null
            : _entities.LastPersonBefore(position, name => name != candidate.Name && IsPersonName(name) && PersonGender.Of(name, null) == wanted);
    }

    /// <summary>True when the pronoun's gender and the one the name or role gives do not clash (either may be unknown).</summary>
    private bool Fits(string pronoun, string name, string? role)
    {
        var wanted = PersonGender.OfPronoun(pronoun);
        var has = GenderOf(name, role);
        return wanted == Gender.Unknown || has == Gender.Unknown || has == wanted;
    }

    /// <summary>
    /// A person's gender as the article gives it: from the name or role (<see cref="PersonGender.Of"/>), else from the
    /// full name the article introduced for a surname ("Brooke Harlan" for "Harlan"), else from a "he" or "she" the
    /// article has already resolved to them ("Harlan … as she asked him" makes the next "he said" not Harlan's).
    /// </summary>
    private Gender GenderOf(string name, string? role)
    {
        var known = PersonGender.Of(name, role);
        if (known != Gender.Unknown) return known;
        if (_learnedGender is not null && _learnedGender.TryGetValue(name, out var learned)) return learned;
        return name.IndexOf(' ') < 0 && _entities.Find(name) is { } entity && entity.Name != name ? PersonGender.Of(entity.Name, entity.Role) : Gender.Unknown;
    }

    /// <summary>Genders learned from pronouns resolved to names that tell none (made on the first one).</summary>
    private Dictionary<string, Gender>? _learnedGender;

    /// <summary>The antecedent a gendered pronoun was resolved to, its gender noted when its name told none.</summary>
    private Speaker Learned(string pronoun, Speaker antecedent)
    {
        var gender = PersonGender.OfPronoun(pronoun);
        if (gender != Gender.Unknown && GenderOf(antecedent.Name, antecedent.Role) == Gender.Unknown)
            (_learnedGender ??= new Dictionary<string, Gender>(StringComparer.Ordinal))[antecedent.Name] = gender;
        return antecedent;
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
               && !In(NotSpeakerOpeners, e) && !In(NotSubjects, e) && !In(FirstPerson, e) && !_ctx.Is(e, "the")
               && !(e == a && In(AdjunctOpeners, e))) e++;
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
        if (SentenceSubject(s.FirstToken, b) is not { } sp || sp.End >= b || sp.End - sp.Start is < 2 or > 10) return null;
        int a = sp.Start;
        if (!_ctx.Is(a, "the") && !(_ctx.IsCapitalized(a) && PossessiveOf(a) is not null && (_ctx.IsSourceCue(a) || _ctx.CountryAt(a)))) return null;
        // The head: the last word before a preposition ("The MP for Castle Point").
        int head = a + 1;
        while (head + 1 < sp.End && !IsPreposition(head + 1) && !_ctx.IsPunct(head + 1, ',')) head++;
        if (!In(DescribingPosts, head) || RoleWords.NoLongerInRole(_ctx, a, head + 1)) return null;
        // Names no one: a capital before the head is a source word or a place ("Zimbabwe's opposition leader", "The
        // Florida Democrat"), not a name ("The senator Jane Okafor").
        for (int t = a + 1; t < head; t++)
            if (_ctx.IsCapitalized(t) && !_ctx.IsSourceCue(t) && !_ctx.CountryAt(t)) return null;
        if (HeadType(a, head + 1) != SourceType.Official) return null;
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
        var speaker = Describe(a, e, SpeakerResolution.Explicit);
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

    /// <summary>
    /// True when the tokens before <paramref name="e"/> close a short quotation with a comma inside its closing mark, and
    /// the quotation stands in an appositive opened by a comma before it: "Ms Holt, who ran on a pledge of “no more
    /// closures,” also said". Not a quotation that opens the sentence ("“It was a bad day for our colleagues,” said …").
    /// </summary>
    private bool QuotationEndsAppositive(int e, int sentenceStart)
    {
        if (e - 3 <= sentenceStart || !_ctx.IsPunct(e - 2, ',') || !IsQuotationMark(e - 1)) return false;
        int o = e - 3;
        while (o > sentenceStart && o > e - 12 && !IsQuotationMark(o)) o--;
        if (o <= sentenceStart || !IsQuotationMark(o)) return false;
        int k = o - 1;
        while (k > sentenceStart && k > e - 30 && !_ctx.IsPunct(k, ',') && !IsQuotationMark(k)) k--;
        return k > sentenceStart && _ctx.IsPunct(k, ',');
    }

    /// <summary>
    /// A capitalised word before a statement noun that may be the statement's maker ("A Metroline statement"): not an
    /// article, a determiner or a possessive pronoun ("The statement", "This statement", "His statement").
    /// </summary>
    private bool NamesStatementMaker(int t) =>
        _ctx.KindOf(t) == TokenKind.Word && _ctx.IsCapitalized(t) && !In(PhraseOpeners, t)
        && !_ctx.Is(t, "another") && !In(NotSubjects, t) && !In(Possessives, t);

    /// <summary>A quotation mark that is no possessive's apostrophe.</summary>
    private bool IsQuotationMark(int t) => _ctx.IsQuoteMark(t) && !_ctx.IsPossessiveApostrophe(t);

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

    private static readonly WordSet StatementNouns = new WordSet(StringComparer.OrdinalIgnoreCase,
        "response", "statement", "text", "reply", "remarks", "letter", "speech", "transcript", "testimony", "submission", "rebuttal");

    /// <summary>True when the sentence says that a statement follows in full: "full response", "in full", "the following statement".</summary>
    private bool FullTextFollows(Sentence s)
    {
        int a = s.FirstToken, b = a + s.TokenCount;
        if (BlockHeadingName(s) is not null) return true;
        for (int t = a; t + 1 < b; t++)
        {
            if (_ctx.Is(t, "full") && (In(StatementNouns, t + 1) || (t + 2 < b && In(StatementNouns, t + 2)))) return true;
            // "Mr Galloway issued this statement to deny the allegations:" names the text that follows as well.
            if ((_ctx.Is(t, "in") && _ctx.Is(t + 1, "full")) || ((_ctx.Is(t, "following") || _ctx.Is(t, "this")) && In(StatementNouns, t + 1))) return true;
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
            if (!_ctx.Is(t, "full") || !In(StatementNouns, t + 1)) continue;
            var w = _ctx.TextOf(t - 1);
            if (!(w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) || !_ctx.IsCapitalized(t - 1)) return null;
            return BackwardPhrase(t, a) is { } np && CanSpeak(np.Start, np.End) ? Describe(np.Start, np.End, SpeakerResolution.Explicit) : null;
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
        var sp = Describe(name.Start, name.End, SpeakerResolution.Explicit);
        if (sp.Type == SourceType.Other)
        {
            // "From the Coastal Heritage Trust:", "From Planned Parenthood Federation of America:" — not "From Monday:".
            bool body = false;
            for (int t = name.Start; t < name.End; t++) body |= In(OrgSuffixes, t);
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
    private static bool IsPersonName(string name)
    {
        int space = name.LastIndexOf(' ');
        var last = name.AsSpan(space + 1).TrimEnd(".,");
        if (GroupWords.Contains(last) || OrgSuffixes.Contains(last)) return false;
        // "Centers for Disease Control and Prevention": a lower-case word that is no name particle joins a body's name. Only
        // the words that open without a capital are looked at (this runs for every entity a pronoun's search passes).
        for (int at = 0; at < name.Length; at = name.IndexOf(' ', at) is int sp and >= 0 ? sp + 1 : name.Length)
        {
            if (name[at] == ' ' || char.IsUpper(name[at])) continue;
            int stop = name.IndexOf(' ', at);
            if (!NameParticles.Contains(name.AsSpan(at, (stop < 0 ? name.Length : stop) - at))) return false;
        }
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
            if (++count > 5 || !IsNameWord(w)) return false;
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
            if (m.FirstToken > s.FirstToken && _ctx.IsCapitalized(m.FirstToken) && _ctx.IsCapitalized(m.FirstToken - 1) && !(titleCase ??= TitleCase(s))) continue;
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
            if (current is null && deferred is null && NounOfSaying(m, s)) { deferred = sp; deferredCue = m; continue; }
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
            if (In(ReportingVerbs, r)) return false;
        if (In(RebuttalVerbs, t)) return true;
        // Only a plain verb of saying with the outlet as its clause's subject: "called it 'bold'" and "describes its
        // workforce" have the pronoun as their object.
        if (!In(SelfSayingVerbs, t)) return false;
        int k = cue.EndToken;
        if (k < n && _ctx.Is(k, "that")) k++;
        if (k >= n || !(_ctx.Is(k, "it") || _ctx.Is(k, "its") || _ctx.Is(k, "we") || _ctx.Is(k, "our"))) return false;
        // "… says it is not clear who has the authority": an empty "it".
        if (k + 1 < n && (_ctx.Is(k + 1, "is") || _ctx.Is(k + 1, "was")) && k + 2 < n && In(EmptyItComplements, k + 2)) return false;
        // "… said it had seen / obtained / learned …": the outlet's findings.
        for (int v = k + 1; v < n && v <= k + 3; v++)
            if (In(FindingVerbs, v)) return false;
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
        return m.TokenCount == 1 && t > s.FirstToken && In(NounCues, t) && _ctx.KindOf(t - 1) == TokenKind.Word
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
            while (comma > first.EndToken && comma >= m.FirstToken - 5 && _ctx.KindOf(comma) == TokenKind.Word && !In(SayingNouns, comma)) comma--;
            if (comma == m.FirstToken - 1 || _ctx.KindOf(comma) == TokenKind.Word) continue;
            // ", McManus said" or ",\" McManus said" after a quotation.
            if (_ctx.IsQuoteMark(comma) && comma - 1 > first.EndToken) comma--;
            if (comma <= first.EndToken || !_ctx.IsPunct(comma, ',')) continue;
            int after = m.EndToken;
            bool closes = after >= b || _ctx.IsPunct(after, '.') || (after + 1 < b && _ctx.IsPunct(after, ',') && In(SpeechParticiples, after + 1));
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
        if (t > s.FirstToken && (_ctx.Is(t - 1, "the") || _ctx.Is(t - 1, "a") || _ctx.Is(t - 1, "an"))) return true;
        if (!In(SayingNouns, t)) return false;
        return In(NounModifiers, t - 1) || (_ctx.KindOf(t - 1) == TokenKind.Word && _ctx.IsCapitalized(t - 1) && t - 1 > s.FirstToken);
    }

    private static readonly WordSet DocumentVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "reads", "read", "said", "says", "stated", "states", "added", "adds", "warned", "warns", "insisted", "insists",
        "argued", "argues", "claimed", "claims", "accused", "accuses", "described", "describes", "called", "calls");

    /// <summary>True when a colon or a verb of saying follows the end of a document's source within three tokens.</summary>
    private bool DocumentSpeaks(int from, int b)
    {
        for (int k = from; k < b && k < from + 3; k++)
            if (_ctx.IsPunct(k, ':') || In(DocumentVerbs, k)) return true;
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
    /// "Bishop: If Catholic Politicians Can't Even Oppose Infanticide, …", "Minister: no deal before spring": a headline that
    /// opens with its speaker and a colon. The words before the colon (at most three) must end in a source noun or be a
    /// name the article gives a role, so that "Trump Advisers Upbeat: Mueller 'Doesn't Have the Goods'" names nobody.
    /// "Boehner on Scalise: 'I know what's in his heart'": the speaker, "on" and the subject before the colon.
    /// </summary>
    private SentenceAttribution? HeadlineSpeaker(Sentence s)
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
    private SentenceAttribution? HeadlineSpeakerAt(int from, int to, int cue, bool knownNameOnly = false)
    {
        // Capitalised words; the last may be a lower-case post after them ("Rates will hold - Bank chief"), or the only
        // word, after a dash ("Moscow not surprised by extension of sanctions — diplomat").
        for (int t = from; t < to; t++)
            if (_ctx.KindOf(t) != TokenKind.Word
                || (!_ctx.IsCapitalized(t) && !(t == to - 1 && (t > from || _ctx.IsDash(cue)) && _ctx.IsSourceCue(t)))) return null;
        var words = _ctx.Text(from, to);
        if (!(_ctx.IsSourceCue(to - 1) && !knownNameOnly) && !(_entities.Find(words) is { } known && known.Name.Contains(words, StringComparison.Ordinal))
            && !(!knownNameOnly && TitleBeforeKnownName(from, to))) return null;
        var sp = Describe(from, to, SpeakerResolution.Explicit);
        return new SentenceAttribution(_ctx.Span(cue, cue + 1), _ctx.TextOf(cue).ToString(), sp, false);
    }

    /// <summary>
    /// "Health Minister Okafor: …": a title (a source cue) and then a surname the article gives after a given name
    /// elsewhere ("Grace Okafor"), so that "Council Advisers Gloomy: …" still names nobody.
    /// </summary>
    private bool TitleBeforeKnownName(int from, int to)
    {
        // One word after the title: the surname. The registry may not hold the full name yet (a headline comes first), so
        // the article is searched for the surname after a given name.
        if (to - from < 2 || !_ctx.IsSourceCue(to - 2)) return false;
        var surname = _ctx.TextOf(to - 1);
        for (int k = to + 1; k < _ctx.Doc.TokenCount; k++)
            if (_ctx.TextOf(k).SequenceEqual(surname) && PersonGender.IsGivenName(_ctx.TextOf(k - 1))) return true;
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
            return HeadlineSpeakerAt(a, t, t, knownNameOnly: true);
        }
        return null;
    }

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
    private bool OpeningLine(Sentence s) =>
        s.IsHeadline || (s.Index == 0 && _ctx.Doc.SentenceArray.Length > 1 && _ctx.Doc.SentenceArray[1].Paragraph != s.Paragraph);

    /// <summary>True when most of the sentence's longer words are capitalised, as in a headline in title case.</summary>
    private bool TitleCase(Sentence s) => IsTitleCase(_ctx, s);

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
            if (m.Rule.Signal != Signal.PerceptionVerb || _ctx.InsideQuote[m.FirstToken] || !In(ObservedVerbs, m.FirstToken)) continue;
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
        int a = DatelineEnd(s, first);
        // "X quotes Y saying": Y speaks, X relays.
        // "The Times reported Defence Minister Sergei Ivanov as saying …" relays the same way.
        if ((In(RelayVerbs, first) || cue.Rule.Id == "attribution.relayed") && cue.TokenCount > 2)
        {
            int ys = first + 1, ye = end - 1;
            while (ye > ys && (_ctx.Is(ye - 1, "as") || _ctx.Is(ye - 1, "saying") || _ctx.Is(ye - 1, "having"))) ye--;
            if (ye > ys)
            {
                var relay = BackwardPhrase(first, a);
                var inner = Describe(ys, ye, SpeakerResolution.Explicit);
                var via = relay is { } r ? Describe(r.Start, r.End, SpeakerResolution.Explicit).Name : null;
                return inner with { Via = via };
            }
        }
        // "The minister was accused of lying", "has been criticised by the union": the subject of a passive verb of
        // saying is spoken about or to, not speaking; the speaker, when the sentence names one, follows "by".
        if (cue.TokenCount == 1 && In(PassiveVerbs, first) && (IsPassive(first, a) || ReducedPassive(first, end, b)) && !SpeechFollowsHearsay(first, b))
        {
            // "The claim was then repeated yesterday – although without attribution – by the Housing minister".
            for (int k = end; k < b && k < end + 10 && !_ctx.IsPunct(k, ';') && !_ctx.IsQuoteMark(k); k++)
                if (_ctx.Is(k, "by")) return ForwardPhrase(k + 1, b) is { } agent ? Resolve(agent.Start, agent.End, lastPerson, lastGroup) : null;
            // "The Health Ministry has opened three clinics, it was announced on Tuesday": an empty "it" after a
            // comma announces the clause before it, whose subject is the body that made the announcement.
            // Only an official body: "The singer has split from her husband, it was announced" names who it is about.
            if (AnnouncedClause(first, a) is { } clause && Resolve(clause.Start, clause.End, lastPerson, lastGroup) is { Type: SourceType.Official } announcer)
                return announcer;
            return null;
        }
        // "The statement reads, '…'", "The statement said …" after "received a statement from North Korea's Foreign
        // Ministry": the owner of the statement named before.
        int named = In(StatementNouns, first) ? first - 1 : first - 2;
        // "Its statement also said": an adverb between the statement and its verb.
        if (!In(StatementNouns, first) && named - 1 >= a && In(StatementAdverbs, first - 1)) named--;
        if (named >= a && OwnerOfTheStatement(named) is { } statementOwner)
            return Referring(statementOwner, _ctx.Text(named, named + 2), named, named + 2);
        // "The DWP said … Its statement also said …": a possessive pronoun's statement is the body's (or person's) that spoke.
        if (named >= a && named == s.FirstToken && In(Possessives, named) && In(StatementNouns, named + 1)
            && StatementOwnerNamed(named, lastPerson, lastGroup) is { } possessed)
            return Referring(possessed, _ctx.Text(named, named + 2), named, named + 2);
        // "A statement from CNN reads: …": the body the document is from, when the words go on to say something.
        if (cue.Rule.Id == DocumentFromRule)
            return ForwardPhrase(end, b) is { } from && DocumentSpeaks(from.End, b) ? Describe(from.Start, from.End, SpeakerResolution.Explicit) : null;
        // "according to X"
        if (_ctx.Is(first, "according"))
        {
            // "according to information provided to Breitbart Texas by Rio Grande Valley Sector officials", "according to
            // figures released by the Home Office": the document's maker, named after "by", speaks.
            if (MakerAfter(end, b) is { } maker)
                return Describe(maker.Start, maker.End, SpeakerResolution.Explicit);
            return ForwardPhrase(end, b) is { } np ? Describe(np.Start, np.End, SpeakerResolution.Explicit) : null;
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
        if (current is null && (In(SpeechParticiples, first) || (In(MannerSpeechParticiples, first) && !_ctx.Is(first, "revealing")))
            && first > a + 1 && _ctx.IsPunct(first - 1, ',')
            && SentenceSubject(a, first) is { } opening)
            return Resolve(opening.Start, opening.End, lastPerson, lastGroup);
        // "Fighting erupts in Gaza, says UN": a headline's verb after a comma, with a name that closes the headline.
        if (current is null && s.IsHeadline && first > a + 1 && _ctx.IsPunct(first - 1, ',') && ForwardPhrase(end, b) is { } closing
            && (closing.End == b || (closing.End == b - 1 && _ctx.KindOf(b - 1) == TokenKind.Punctuation)) && _ctx.IsCapitalized(closing.Start)
            && CanSpeak(closing.Start, closing.End))
            return Resolve(closing.Start, closing.End, lastPerson, lastGroup);
        // "with a call for …" follows its object ("opened the conference"), not its speaker.
        var back = cue.Rule.Id == "attribution.speech-act-noun" ? null : BackwardPhrase(first, a);
        if (back is { } candidate && !CanSpeak(candidate.Start, candidate.End)) back = null;
        // "Labour's NEC Drops Candidate Over Hitler Tweets": the object of a preposition before a headline's last word,
        // which is a noun ("Tweets"), not a verb of saying.
        if (back is { } objectPhrase && s.IsHeadline && end >= b - 1 && PrepositionBefore(objectPhrase.Start, first)) back = null;
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
        var fwd = ForwardPhrase(end, b);
        if (fwd is { } fnp && first > a && (_ctx.IsPunct(first - 1, ',') || _ctx.IsQuoteMark(first - 1) || _ctx.IsPunct(first - 1, '.'))
            && !(fnp.End < b && In(ClauseAuxiliaries, fnp.End)) && CanSpeak(fnp.Start, fnp.End))
            return Resolve(fnp.Start, fnp.End, lastPerson, lastGroup);
        // "Barr released a letter noting ...": a participle's subject opens the sentence; so does the subject of "… opened
        // the conference with a call for …" (a speech act named by a noun).
        if (current is null && (In(SpeechParticiples, first) || cue.Rule.Id == "attribution.speech-act-noun"
                                || (first > a && _ctx.Is(first - 1, "by") && In(MannerSpeechParticiples, first)))
            && SentenceSubject(a, first) is { } subject)
            return Resolve(subject.Start, subject.End, lastPerson, lastGroup);
        // "adding that ..." carries the sentence's earlier speaker.
        return current;
    }

    /// <summary>
    /// The official before an "and" that closes a joint subject right before the cue at <paramref name="cue"/>, when the
    /// words between the "and" and the cue are a plain lower-case noun phrase ("and health visitors", "and other
    /// experts"). Null otherwise.
    /// </summary>
    private Speaker? OfficialBeforeAnd(int cue, int sentenceStart)
    {
        // People in the plural ("professionals", "others"), not a thing ("the audit … and the review mentioned in …").
        if (cue < 2 || !_ctx.TextOf(cue - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)) return null;
        for (int k = cue - 2; k > sentenceStart && k >= cue - 4; k--)
        {
            if (_ctx.Is(k, "and"))
            {
                return Collect(k, sentenceStart) is { } part ? OfficialInOffice(part.Start, part.End) : null;
            }
            if (_ctx.KindOf(k) != TokenKind.Word || _ctx.IsCapitalized(k)) return null;
        }
        return null;
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
        if (start - 2 >= sentenceStart && _ctx.Is(start - 1, "and") && Collect(start - 1, sentenceStart) is { } earlier)
            return OfficialInOffice(earlier.Start, earlier.End);
        return null;
    }

    /// <summary>The phrase <c>[start, end)</c> described, when it names an official in office; null otherwise.</summary>
    private Speaker? OfficialInOffice(int start, int end) =>
        end > start && HasContent(start, end) && Describe(start, end, SpeakerResolution.Explicit) is { Type: SourceType.Official, FormerOfficial: false } d ? d : null;

    /// <summary>
    /// The noun phrase that opens the sentence (after an opening adjunct: "In fact, Mueller tried to … by warning them",
    /// "For weeks, the president has been attacking …") and ends before <paramref name="limit"/>, when it can speak.
    /// </summary>
    private (int Start, int End)? SentenceSubject(int a, int limit)
    {
        // "But Mr Brown brushed aside criticism …, insisting …": a leading conjunction is no part of the subject.
        if (limit > a + 1 && (_ctx.Is(a, "but") || _ctx.Is(a, "and") || _ctx.Is(a, "yet"))) a++;
        if (limit <= a || _ctx.IsQuoteMark(a) || In(NotSubjects, a)) return null;
        int from = AfterOpeningAdjunct(a, limit);
        // "Newly installed Democrat Congresswoman Rashida Tlaib attacked …": an adverb and a participle before a
        // capitalised title describe the speaker and are no part of the name.
        if (from + 2 < limit && In(DescribingAdverbs, from)
            && _ctx.TextOf(from + 1).EndsWith("ed", StringComparison.Ordinal) && !_ctx.IsCapitalized(from + 1) && _ctx.IsCapitalized(from + 2))
            from += 2;
        // An adjunct too long to skip ("After criticism from several groups both on and off campus, …") is no subject.
        if (In(AdjunctOpeners, from)) return null;
        return ForwardPhrase(from, limit) is { } sp && sp.Start == from && CanSpeak(sp.Start, sp.End) ? sp : null;
    }

    /// <summary>
    /// The subject of the clause an agentless ", it was announced" closes ("The ministry has launched a programme, it was
    /// announced on Monday"), when the participle at <paramref name="first"/> is "announced" and that subject can speak.
    /// </summary>
    private (int Start, int End)? AnnouncedClause(int first, int a)
    {
        if (!_ctx.Is(first, "announced")) return null;
        int be = first - 1;
        if (be - 2 <= a || !In(BeForms, be) || !_ctx.Is(be - 1, "it") || !_ctx.IsPunct(be - 2, ',')) return null;
        // The whole subject, up to its auxiliary ("The ministry has launched"), not the first word of "The new service will".
        return SentenceSubject(a, be - 2) is { } subject && subject.End < be - 2 && In(ClauseAuxiliaries, subject.End) ? subject : null;
    }

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

    /// <summary>
    /// Passives of hearsay that still report the subject's words when a verb of saying follows: "The mayor is reported
    /// to have told aides …", "The minister was reported as saying …" (not "are reported to be undecided").
    /// </summary>
    private static readonly WordSet HearsayPassives = new WordSet(StringComparer.OrdinalIgnoreCase, "reported", "said", "alleged", "claimed");

    /// <summary>True when the hearsay passive at <paramref name="first"/> goes on to the subject's own words.</summary>
    private bool SpeechFollowsHearsay(int first, int b)
    {
        if (!In(HearsayPassives, first)) return false;
        if (first + 1 < b && _ctx.Is(first + 1, "as")) return true;
        for (int t = first + 1; t < b && t <= first + 4; t++)
            if (_ctx.Has(t, Signal.AttributionVerb)) return true;
        return false;
    }

    private static readonly WordSet BeForms = new WordSet(StringComparer.OrdinalIgnoreCase,
        "was", "were", "is", "are", "been", "being", "be", "am", "get", "gets", "got", "getting");

    /// <summary>True when a form of "be" (or "get") stands before the participle at <paramref name="first"/>, over adverbs ("was repeatedly told").</summary>
    private bool IsPassive(int first, int a)
    {
        int k = first - 1;
        while (k > a && k >= first - 3 && _ctx.KindOf(k) == TokenKind.Word && !In(BeForms, k)
               && (_ctx.TextOf(k).EndsWith("ly", StringComparison.Ordinal) || _ctx.Is(k, "also") || _ctx.Is(k, "since") || _ctx.Is(k, "later") || _ctx.Is(k, "then")))
            k--;
        return k >= a && In(BeForms, k);
    }

    /// <summary>
    /// A passive without its "be", as headlines and reduced clauses write it: "Minister accused of misleading MPs", "a
    /// council criticised for the delay". The active verb takes an object first ("accused the minister of …"); "warned of"
    /// is active ("The minister warned of a real risk"), so "warned" is left out.
    /// </summary>
    private bool ReducedPassive(int first, int end, int b)
    {
        if (end >= b || _ctx.Is(first, "warned")) return false;
        if (_ctx.Is(end, "of")) return _ctx.Is(first, "accused");
        if (_ctx.Is(end, "to")) return _ctx.Is(first, "urged") || _ctx.Is(first, "told");
        // Not "as": "a sum the regulator described as suspicious" is active, its object put first.
        return _ctx.Is(end, "for") || _ctx.Is(end, "over");
    }

    private static readonly WordSet AdjunctOpeners = new WordSet(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "after", "before", "during", "despite", "meanwhile", "however", "earlier", "later", "last",
        "yesterday", "today", "separately", "instead", "indeed", "still", "now", "since", "following", "speaking", "writing",
        "for", "over", "throughout", "amid", "amidst", "under", "within", "until", "having", "asked", "unlike", "ahead");

    /// <summary>The token after an opening adjunct and its comma ("In fact, …", "On Monday, …"), or <paramref name="a"/>.</summary>
    private int AfterOpeningAdjunct(int a, int limit)
    {
        // "On Wednesday night the Food Standards Agency cleared …": a date with no comma after it.
        if ((_ctx.Is(a, "on") || _ctx.Is(a, "late") || _ctx.Is(a, "early")) && a + 1 < limit && _ctx.KindOf(a + 1) == TokenKind.Word
            && In(DateWords, a + 1))
        {
            int t = a + 2;
            while (t < limit && (_ctx.KindOf(t) == TokenKind.Number || (_ctx.KindOf(t) == TokenKind.Word && (In(DateWords, t) || In(PartsOfDay, t))))) t++;
            if (t < limit && _ctx.KindOf(t) == TokenKind.Word) return t;
        }
        // "Apparently Trump told …", "Previously, Reason Magazine analyzed …": one adverb, and its comma if it has one.
        if (In(SentenceAdverbs, a) && a + 1 < limit)
        {
            int t = _ctx.IsPunct(a + 1, ',') ? a + 2 : a + 1;
            return t < limit ? AfterOpeningAdjunct(t, limit) : a;
        }
        if (!In(AdjunctOpeners, a)) return a;
        for (int t = a + 1; t < limit && t <= a + 16; t++)
            if (_ctx.IsPunct(t, ',')) return t + 1 < limit ? t + 1 : a;
        return a;
    }

    /// <summary>
    /// The first token after a leading wire dateline, or the sentence's first token: capitalised words, commas, full stops
    /// and a bracketed agency ("BROOMFIELD, Colo. (AP)", "GOMA, Congo", "New Delhi:") followed by a dash or a colon, within
    /// the first ten tokens and before <paramref name="limit"/>.
    /// </summary>
    private int DatelineEnd(Sentence s, int limit)
    {
        int a = s.FirstToken;
        for (int t = a; t < limit && t < a + 10; t++)
        {
            if (_ctx.KindOf(t) == TokenKind.Punctuation && t > a)
            {
                var p = _ctx.TextOf(t);
                // Not a dash that a second one closes before the verb: "Paul Kerr – the council leader – said" is an
                // appositive, "SAN JUAN, Puerto Rico — Authorities … say" a dateline.
                if (p is "—" or "–" or "-" && limit - 1 > t + 1 && _ctx.IsDash(limit - 1)) return a;
                if (p is "—" or "–" or ":" or "-") return t + 1 < limit ? t + 1 : a;
                if (p is "," or "." or "(" or ")") continue;
                return a;
            }
            if (!_ctx.IsCapitalized(t)) return a;
        }
        return a;
    }

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
            if (PersonPronouns.Contains(w) && SubjectPerson(start) is { } subject && Agreeing(w, subject) == subject)
                return Referring(Learned(w, subject), w, start, end);
            int at = _ctx.Doc.TokenArray[start].Span.Start;
            if (PersonPronouns.Contains(w) && Agreeing(w, lastPerson ?? _entities.LastPersonBefore(at, IsPersonName), at) is { } p)
                return Referring(Learned(w, p), w, start, end);
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
        // "A Metroline statement said the pay offer was fair": the name before the statement noun issued it, a body speaking
        // formally when it names no person.
        int makerAt = end - start == 3 && (_ctx.Is(start, "a") || _ctx.Is(start, "an")) ? start + 1 : end - start == 2 ? start : -1;
        if (makerAt >= 0 && In(StatementNouns, end - 1) && NamesStatementMaker(makerAt) && !_ctx.IsSourceCue(makerAt) && !In(Modals, makerAt))
        {
            var maker = Describe(makerAt, makerAt + 1, SpeakerResolution.Explicit);
            return maker.Type == SourceType.Other && !NamesAPerson(maker) ? maker with { Type = SourceType.Official } : maker;
        }
        // "…, said the statement", "Their statement said": the statement's issuer.
        if (end - start is 2 or 3 && In(StatementNouns, end - 1) && StatementOwnerNamed(start, lastPerson, lastGroup) is { } issuer)
            return Referring(issuer, _ctx.Text(start, end), start, end);
        return Describe(start, end, SpeakerResolution.Explicit);
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
        if (_ctx.Is(start, "his") || _ctx.Is(start, "her")) return Agreeing(_ctx.Is(start, "his") ? "he" : "she", lastPerson);
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
        if (!In(StatementNouns, start + 1) || !(_ctx.Is(start, "the") || _ctx.Is(start, "this") || _ctx.Is(start, "that"))) return null;
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
            if (_ctx.InsideQuote[t] || !In(StatementNouns, t)) continue;
            if (t + 2 < b && _ctx.Is(t + 1, "from") && ForwardPhrase(t + 2, b) is { } from
                && (_ctx.IsCapitalized(from.Start) || (_ctx.Is(from.Start, "the") && from.End > from.Start + 1 && _ctx.IsCapitalized(from.Start + 1))))
                return AsStatementOwner(Describe(from.Start, from.End, SpeakerResolution.Explicit));
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
        while (p > first && p >= noun - 2 && PossessiveOf(p) is null && !_ctx.IsCapitalized(p) && _ctx.KindOf(p) == TokenKind.Word) p--;
        if (p < first || PossessiveOf(p) is null || !_ctx.IsCapitalized(p)) return null;
        int a = p;
        while (a > first && a > p - 4 && _ctx.IsCapitalized(a - 1) && _ctx.KindOf(a - 1) == TokenKind.Word) a--;
        return Describe(a, p + 1, SpeakerResolution.Explicit);
    }

    /// <summary>
    /// The person the sentence holding <paramref name="pronoun"/> opens with as its subject (after an opening adjunct
    /// such as "Still,"): a name of up to four capitalised words, outside quotation marks, followed by a lower-case word,
    /// that the article has introduced as a person with two or more name words. Null when the sentence opens otherwise.
    /// </summary>
    private Speaker? SubjectPerson(int pronoun)
    {
        var s = _ctx.Doc.SentenceArray[_ctx.SentenceOf(pronoun)];
        int a = AfterOpeningAdjunct(DatelineEnd(s, pronoun), pronoun);
        if (a >= pronoun - 1 || _ctx.InsideQuote[a] || !_ctx.IsCapitalized(a) || In(NotSubjects, a) || In(FirstPerson, a)) return null;
        int e = a;
        while (e < pronoun && e < a + 4 && _ctx.IsCapitalized(e) && _ctx.KindOf(e) == TokenKind.Word) e++;
        if (e >= pronoun || _ctx.KindOf(e) != TokenKind.Word || _ctx.IsCapitalized(e)) return null;
        var person = _entities.Find(CleanName(_ctx.Text(a, e)));
        if (person is null && e == a + 1 && !_ctx.IsSourceCue(a) && FullNameBefore(a) is { } full)
            // "… the singer Orla Kane … Kane posted a video in which she apologised": a surname the article gave
            // earlier with a given name, even with no role the registry keeps.
            return Fits(_ctx.TextOf(pronoun).ToString(), full, null) ? new Speaker(full, _ctx.Span(a, e), full, null, SourceType.Other, null, SpeakerResolution.Pronoun) : null;
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
                && _ctx.KindOf(t - 1) == TokenKind.Word && !In(NotSubjects, t - 1) && _ctx.SentenceOf(t - 1) == _ctx.SentenceOf(t))
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
        int a = AfterOpeningAdjunct(DatelineEnd(s, pronoun), pronoun);
        if (a < pronoun && _ctx.Is(a, "the")) a++;
        if (a >= pronoun - 1 || _ctx.InsideQuote[a] || !(_ctx.IsSourceCue(a) || ModifiesSourceNoun(a))) return null;
        int e = a;
        while (e < pronoun && e < a + 4 && (_ctx.IsSourceCue(e) || ModifiesSourceNoun(e))) e++;
        if (e >= pronoun || _ctx.KindOf(e) != TokenKind.Word || _ctx.IsCapitalized(e)) return null;
        var institution = Describe(a, e, SpeakerResolution.Pronoun);
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
        int a = AfterOpeningAdjunct(DatelineEnd(s, end), end);
        if (a < end && _ctx.Is(a, "the")) a++;
        if (a >= end - 1 || _ctx.InsideQuote[a] || !_ctx.IsCapitalized(a) || In(NotSubjects, a) || In(FirstPerson, a)) return null;
        int e = a;
        while (e < end && e < a + 8 && (_ctx.IsCapitalized(e) && _ctx.KindOf(e) == TokenKind.Word
               || (_ctx.Is(e, "of") || _ctx.Is(e, "for") || _ctx.Is(e, "and")) && e + 1 < end && _ctx.IsCapitalized(e + 1))) e++;
        if (e >= end || _ctx.KindOf(e) != TokenKind.Word || _ctx.IsCapitalized(e)) return null;
        var organisation = Describe(a, e, SpeakerResolution.Explicit);
        return organisation.Type == SourceType.Official && !IsPerson(organisation) && !NamesAPerson(organisation) && !HasPersonRole(organisation)
            ? organisation : null;
    }

    /// <summary>Names and classifies the noun phrase <c>[start, end)</c>, using the article's earlier mentions.</summary>
    public Speaker Describe(int start, int end, SpeakerResolution how)
    {
        var text = _ctx.Text(start, end);
        var span = _ctx.Span(start, end);
        // "The claim spread over the weekend, but … the boy's family issued a statement": a phrase cut down to its
        // opening determiner names nobody, and no body speaks formally through it.
        if (end - start == 1 && In(PhraseOpeners, start)) return new Speaker(text, span, text, null, SourceType.Other, null, how);
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

    private static readonly WordSet OrgSuffixes = new WordSet(StringComparer.OrdinalIgnoreCase,
        "inc", "inc.", "ltd", "ltd.", "plc", "llc", "corp", "corp.", "corporation", "co", "co.", "group", "holdings", "bank",
        "airlines", "airline", "air", "airways", "motors", "industries", "partners", "capital", "mutual", "insurance",
        "energy", "foods", "meats", "housewares", "pharmaceuticals", "pharma", "technologies", "systems", "labs", "media",
        "authority", "office", "commission", "agency", "board", "council", "trust", "foundation", "institute", "service",
        "services", "association", "federation", "league", "club", "fc", "united", "university", "college", "school",
        "hospital", "church", "party", "ministry", "department", "committee", "union", "network", "railways", "rail", "society",
        "water", "telecom", "solutions", "logistics", "retail", "stores", "supermarkets", "brewery", "studios", "records",
        "mobile", "prize", "awards", "exchange", "yard", "fire", "institution", "publishing", "publishers", "books",
        "entertainment", "pictures", "films", "airport", "electric", "power", "petroleum", "steel", "mining", "chemicals",
        "automotive", "software", "digital", "properties", "estates", "construction", "engineering", "hotels", "resorts",
        "festival", "zoo", "theatre", "orchestra", "opera", "resources", "appliances", "arena", "stadium", "living", "homes",
        "housing", "biosciences", "therapeutics", "freight", "shipping", "ventures", "investments", "communications", "collection",
        "museum", "gallery", "library", "constabulary", "live", "organization", "organisation", "academy", "confederation",
        "alliance", "coalition", "chamber", "guild");

    /// <summary>
    /// Nouns that name an institution speaking for itself, lower case after an article or a possessive: "the county
    /// football association said", "the exchange said", "the centre's board said in a statement". Generic group words
    /// ("group", "team") are left out: "an activist group that defends …" is no institution's statement.
    /// </summary>
    private static readonly WordSet InstitutionHeads = new WordSet(StringComparer.OrdinalIgnoreCase,
        "association", "board", "office", "exchange", "committee", "trust", "foundation", "institute", "federation", "league",
        "university", "college", "school", "hospital", "church", "commission", "authority", "agency", "airline", "airport",
        "festival", "charity", "society", "organisation", "organization", "council", "regulator", "watchdog", "insurer");

    /// <summary>Words that open an adjunct between commas after a name ("Meredith Watson, in a statement …,"), not a role.</summary>
    internal static readonly WordSet AdjunctPrepositions = new WordSet(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "through", "via", "during", "after", "before", "with", "under", "speaking", "writing");

    /// <summary>A lower-case plural noun at <paramref name="t"/> ("groups", "residents"), not "business" or "press".</summary>
    private bool PluralHead(int t) =>
        t < _ctx.Doc.TokenCount && _ctx.KindOf(t) == TokenKind.Word && !_ctx.IsCapitalized(t)
        && _ctx.TextOf(t) is { Length: > 3 } w && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i';

    /// <summary>An auxiliary or a past-tense verb at <paramref name="t"/>: the plural noun before it heads a clause's subject ("groups had criticized").</summary>
    private bool VerbAfterHead(int t) =>
        t < _ctx.Doc.TokenCount && (In(ClauseAuxiliaries, t) || (_ctx.KindOf(t) == TokenKind.Word && _ctx.TextOf(t).EndsWith("ed", StringComparison.Ordinal)));

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
        if (OrgSuffixes.Contains(final) || OrgSuffixes.Contains(last)) return true;
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
    private string? PossessiveOf(int t)
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
                if (capital && nextCapital && In(OrgSuffixes, t + 1))
                    set.Add(_ctx.TextOf(t).ToString());
                // "payments company Tillpoint", "the ride-hailing app Zoomr": a name introduced by what kind of business it is.
                if (nextCapital && !capital && In(OrgDescriptors, t))
                {
                    set.Add(_ctx.TextOf(t + 1).ToString());
                    if (t + 2 < n && _ctx.IsCapitalized(t + 2)) set.Add(_ctx.Text(t + 1, t + 3));
                }
                // "the ousted ex-chairman of J Sainsbury": the company a post is held at.
                if (nextCapital && t > 0 && _ctx.Is(t, "of") && In(CompanyParts, t - 1))
                {
                    int e = t + 1;
                    while (e < n && e < t + 5 && _ctx.IsCapitalized(e) && _ctx.KindOf(e) == TokenKind.Word) e++;
                    set.Add(PossessiveOf(e - 1) ?? _ctx.TextOf(e - 1).ToString());
                    set.Add(CleanName(_ctx.Text(t + 1, e)));
                }
                // "Shell boss Watts", "Shell's management", "the Nationwide Building Society": a single name that has a
                // company's parts, or a three-word name that ends in an organisation's word.
                if (capital && !nextCapital && (t == 0 || !_ctx.IsCapitalized(t - 1)) && In(CompanyParts, t + 1))
                    set.Add(PossessiveOf(t) ?? _ctx.TextOf(t).ToString());
                if (capital && nextCapital && t + 2 < n && _ctx.IsCapitalized(t + 2) && In(OrgSuffixes, t + 2))
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
            if (In(AdjunctPrepositions, c + 1)) return ClassifySimple(start, c);
            var head = ClassifySimple(start, c);
            var (appType, appEnd) = AppositiveType(c + 1, end);
            // "a regional official, Tomas Brenner", "the president of the Law Society, Irene Dorsey": the head is the
            // role, the appositive is the name.
            // "A cattle trader, Idris Bakheit": a private person's description works the same way.
            bool roleHead = head.Type is not null || RoleWords.IsPrivatePerson(_ctx.TextOf(c - 1));
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
            if (head.Type == SourceType.Expert && appType == SourceType.Official && IsDoctorTitle(start) && !In(AffiliationPrepositions, c + 1))
                return (appType, role, head.Name);
            return (head.Type ?? appType, role, head.Name);
        }
        return ClassifySimple(start, end);
    }

    /// <summary>
    /// The type an appositive gives ("a spokesman for the company" → official; "a currency dealer at a bank"
    /// → none: the head noun, before any preposition or relative clause, decides), and where the role text ends.
    /// </summary>
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
    /// <summary>Words that cannot open a speaker's noun phrase: conjunctions and gerunds ("If", "Having said that")
    /// and indefinite pronouns ("Someone should ask"), which name nobody.</summary>
    private static readonly WordSet NotSpeakerOpeners = new WordSet(StringComparer.OrdinalIgnoreCase,
        "if", "having", "asked", "as", "although", "though", "unless", "whether", "because", "while", "whereas", "someone", "somebody",
        "anyone", "anybody", "nobody", "no-one", "everyone", "everybody", "whoever", "nothing", "something", "everything");

    /// <summary>Prepositions that open an affiliation rather than a post: "of the institute", "from the university", "at the clinic".</summary>
    private static readonly WordSet AffiliationPrepositions = new WordSet(StringComparer.OrdinalIgnoreCase, "of", "from", "at", "with");

    /// <summary>Documents a body gives out, spoken through "according to … by": "information", "figures", "documents".</summary>
    private static readonly WordSet DocumentNouns = new WordSet(StringComparer.OrdinalIgnoreCase,
        "information", "figures", "data", "details", "documents", "records", "statistics", "papers", "numbers", "estimates");

    /// <summary>Participles that hand a document over: "provided", "released", "obtained", "seen".</summary>
    private static readonly WordSet HandedOverParticiples = new WordSet(StringComparer.OrdinalIgnoreCase,
        "provided", "released", "published", "obtained", "supplied", "given", "compiled", "issued", "seen", "shared", "passed", "leaked", "gathered");

    /// <summary>
    /// The phrase after "by" when a document noun opens the phrase at <paramref name="phraseStart"/> (after up to two
    /// words: "the latest figures") and a participle of handing over follows it ("information provided to Breitbart Texas
    /// by Rio Grande Valley Sector officials"), or the phrase after "from" right after the noun ("figures from the Home
    /// Office"); null otherwise.
    /// </summary>
    private (int Start, int End)? MakerAfter(int phraseStart, int b)
    {
        int noun = phraseStart;
        while (noun < b && noun < phraseStart + 3 && !In(DocumentNouns, noun)) noun++;
        int documentEnd = noun + 1;
        if (documentEnd >= b || !In(DocumentNouns, noun)) return null;
        // "according to figures from the Home Office".
        if (_ctx.Is(documentEnd, "from")) return ForwardPhrase(documentEnd + 1, b);
        if (!In(HandedOverParticiples, documentEnd)) return null;
        for (int k = documentEnd + 1; k < b && k <= documentEnd + 6; k++)
        {
            if (_ctx.KindOf(k) != TokenKind.Word) return null;
            if (_ctx.Is(k, "by")) return ForwardPhrase(k + 1, b);
        }
        return null;
    }

    /// <summary>True when a role text opens with an affiliation preposition: "from the Centre for Ecology".</summary>
    private static bool StartsWithAffiliation(string role)
    {
        var r = role.AsSpan().TrimStart();
        int space = r.IndexOf(' ');
        return space > 0 && AffiliationPrepositions.Contains(r[..space]);
    }

    /// <summary>Modal verbs: never part of a speaker's name (a title-case headline's "States Could Ask").</summary>
    private static readonly WordSet Modals = new WordSet(StringComparer.OrdinalIgnoreCase,
        "could", "would", "should", "may", "might", "must", "can", "will", "shall");

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
            && _ctx.KindOf(t + 1) == TokenKind.Word && _ctx.IsCapitalized(t + 1) && !In(Modals, t + 1)
            && !_ctx.Doc.SentenceArray[si].IsHeadline;
    }

    /// <summary>True when [start, end) is one to four capitalised words and nothing else: a person's name.</summary>
    private bool IsName(int start, int end)
    {
        if (end - start is < 1 or > 4) return false;
        for (int t = start; t < end; t++) if (!_ctx.IsCapitalized(t)) return false;
        return true;
    }

    /// <summary>Whether the noun phrase [start, end) can name a speaker.</summary>
    private bool CanSpeak(int start, int end)
    {
        if (In(NotSpeakerOpeners, start)) return false;
        for (int t = start; t < end; t++) if (In(Modals, t) && !IsSurnameModal(t)) return false;
        // A title-case headline's auxiliary alone ("… Remark Was 'Outrageous'") is no name.
        if (end - start == 1 && In(ClauseAuxiliaries, start) && !(In(Modals, start) && IsSurnameModal(start))) return false;
        // "Their only answer is …": a possessive with nothing it owns names nobody (and a later "he" must not find it).
        for (int t = start; t < end; t++) if (!In(Possessives, t)) return true;
        return false;
    }

    private static readonly WordSet Possessives = new WordSet(StringComparer.OrdinalIgnoreCase,
        "their", "his", "her", "its", "our", "my", "your", "whose");

    private static readonly WordSet NotSubjects = new WordSet(StringComparer.OrdinalIgnoreCase,
        "this", "that", "these", "those", "it", "there", "please", "here", "what", "why", "how", "when", "if", "so", "but", "and",
        "according");

    private static readonly WordSet HoldsPostVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "heads", "headed", "leads", "led", "chairs", "chaired", "directs", "directed", "oversees", "oversaw", "commands", "commanded");

    /// <summary>
    /// "who is the city's mayor": a relative clause that names a post held now ("who was chief financial officer under
    /// Ebbers" names one left, which the taxonomy does not count).
    /// </summary>
    private bool IsPostClause(int start, int end) =>
        end - start >= 3 && _ctx.Is(start, "who") && _ctx.Is(start + 1, "is") && HeadType(start + 2, end) is not null;

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
            || In(NpWords, start) || _ctx.Is(start, "who") || (start + 1 < end && In(RankModifiers, start) && _ctx.IsSourceCue(start + 1))
            || (start + 1 < end && ModifiedPost(start)));
        if (!nounPhrase) return (null, start);
        // "Amina Waziri, who heads the UN refugee agency's operations": the post's organisation gives the type; "who led
        // the inquiry" is itself a source phrase (the head of an inquiry speaks for it), so the verb is inside the search.
        if (_ctx.Is(start, "who") && start + 2 < end && In(HoldsPostVerbs, start + 1))
        {
            int postEnd = start + 2;
            while (postEnd < end && !_ctx.IsPunct(postEnd, ',') && !In(PlacePrepositions, postEnd)) postEnd++;
            return (HeadType(start + 1, postEnd), postEnd);
        }
        int headEnd = start;
        while (headEnd < end && !In(Prepositions, headEnd) && !_ctx.Is(headEnd, "in") && !_ctx.Is(headEnd, "who")
               && !_ctx.Is(headEnd, "which") && !_ctx.Is(headEnd, "that") && !_ctx.IsPunct(headEnd, ',')) headEnd++;
        int roleEnd = headEnd;
        while (roleEnd < end && !_ctx.Is(roleEnd, "who") && !_ctx.Is(roleEnd, "which") && !_ctx.IsPunct(roleEnd, ',')) roleEnd++;
        var type = HeadType(start, headEnd);
        if (type is null)
        {
            // "the head of the ministry": a head noun that names a post takes the organisation's type.
            bool anyLowerNoun = false;
            for (int t = start; t < headEnd; t++)
                if (!_ctx.IsCapitalized(t) && !In(NpWords, t) && !_ctx.IsSourceCue(t)) anyLowerNoun = true;
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
            && !w.EndsWith("ly", StringComparison.Ordinal) && !In(Prepositions, start) && !In(PlacePrepositions, start)
            && !_ctx.Is(start, "whose") && !In(NotSubjects, start);
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

    /// <summary>
    /// Adverbs that describe how a speaker came to a post ("Newly installed", "Recently elected"); a list, not any "-ly"
    /// word, so that "Kelly urged Congress to act, saying …" keeps Kelly.
    /// </summary>
    private static readonly WordSet DescribingAdverbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "newly", "recently", "freshly", "democratically", "duly", "popularly", "narrowly", "overwhelmingly", "unanimously",
        "directly", "jointly", "specially", "previously", "formerly", "only", "lately", "belatedly", "controversially");

    /// <summary>True when a title-case preposition ("Over", "Amid") sits right before the cue's noun phrase in <c>[from, cue)</c>.</summary>
    private bool PrepositionBefore(int from, int cue)
    {
        for (int t = cue - 1; t >= from && t >= cue - 4; t--)
            if (In(TitlePrepositions, t)) return true;
        return false;
    }

    /// <summary>
    /// Prepositions that open a title-case phrase naming no speaker ("Over Hitler Tweets", "Amid Abuse Claims"). Not "of",
    /// "for", "from", "at", "by" or "with", which sit inside speakers' names ("Bank Of England Warns").
    /// </summary>
    private static readonly WordSet TitlePrepositions = new WordSet(StringComparer.OrdinalIgnoreCase,
        "over", "about", "against", "amid", "after", "into", "under", "despite", "following");

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
            if (In(Prepositions, t) && _ctx.IsCapitalized(t - 1) && !_ctx.IsSourceCue(t - 1) && !RoleWords.IsPrivatePerson(_ctx.TextOf(t - 1))
                && !(_ctx.Is(t, "of") && In(OrgSuffixes, t - 1) && t + 1 < end && _ctx.IsCapitalized(t + 1))) { split = t; break; }
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
               || (nameStart - 1 > start && InNameParticles(nameStart - 1)))) nameStart--;
        while (nameStart < headEnd && !_ctx.IsCapitalized(nameStart)) nameStart++;
        // "ABC News", "CBS News", "BBC Radio": an outlet's name that opens with its cue word is one name, not a role and
        // a name ("News" took the role "ABC", and every later outlet called "… News" with it).
        if (lastCue >= start && nameStart == lastCue + 1 && headEnd - nameStart == 1 && EndsOutletName(_ctx, lastCue, nameStart)) nameStart = lastCue;
        // "The Centers for Disease Control and Prevention": a word joined to the body's name by "and" ends the name, no person.
        if (lastCue >= start && nameStart == lastCue + 2 && headEnd - nameStart == 1 && _ctx.Is(lastCue + 1, "and")
            && !PersonGender.IsGivenName(_ctx.TextOf(nameStart))) nameStart = headEnd;
        if (nameStart > start && nameStart < headEnd && (IsPreposition(nameStart - 1) || In(PlacePrepositions, nameStart - 1)))
        {
            // "ambassador to Syria Peter Ford": a place, then the person; "Observatory for Human Rights": one name.
            if (headEnd - nameStart >= 3) nameStart = headEnd - 2;
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
            if ((In(Prepositions, t) || In(PlacePrepositions, t) || (_ctx.Is(t, "close") && _ctx.Is(t + 1, "to"))) && _ctx.IsSourceCue(t - 1))
            {
                // A cue that takes in its preposition ("Sources close to") ends the head after it.
                int cueEnd = SourceCueEnd(t - 1);
                postModifier = cueEnd > t && cueEnd < headEnd ? cueEnd : t;
            }
        SourceType? type = PrivatePersonHead(start, headEnd) ? null
            : (conj > 0 ? HeadType(start, conj) : null) ?? (postModifier > 0 ? HeadType(start, postModifier) : null)
            ?? HeadType(start, headEnd) ?? (suffixRole is not null ? HeadType(headEnd, phraseEnd) : null) ?? (split > 0 && !In(ReportNouns, split - 1) ? HeadType(split + 1, end) : null);
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
                if (!headed && !(_ctx.Is(t, "of") && In(OrgSuffixes, t - 1))) return null;
                headed = true;
            }
            else if (!(_ctx.IsCapitalized(t) && _ctx.KindOf(t) == TokenKind.Word) || PersonGender.IsGivenName(_ctx.TextOf(t))) return null;
        }
        return !headed || e - a < 3 ? null : CleanName(_ctx.Text(a, e));
    }

    /// <summary>The capitalised name after "named", "called" or "as" that ends a clause ("who gave her name as Halima Oyelaran").</summary>
    private (int Start, int End)? GivenName(int start, int end)
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
            if (In(PlacePrepositions, t) || In(Prepositions, t) || _ctx.Is(t, "to") || _ctx.Is(t, "close")) break;
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
                && !m.Rule.Id.StartsWith("gazetteer.office-holder", StringComparison.Ordinal) && !IsSurnameOutlet(m))
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
        && _ctx.KindOf(m.FirstToken - 1) == TokenKind.Word && !_ctx.IsSourceCue(m.FirstToken - 1) && !In(NpWords, m.FirstToken - 1)
        && _ctx.SentenceOf(m.FirstToken - 1) == _ctx.SentenceOf(m.FirstToken);

    /// <summary>True when the token's text is in the set (case rules of the set), without allocating.</summary>
    private bool In(WordSet set, int token) => set.Contains(_ctx.TextOf(token));

    private bool IsPreposition(int t) => _ctx.Is(t, "to") || _ctx.Is(t, "of") || _ctx.Is(t, "for") || _ctx.Is(t, "at") || _ctx.Is(t, "in");

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
    private SourceType? HeadType(int start, int end)
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

    /// <summary>
    /// One of at most two lower-case words between a determiner and a source noun: "the housing minister", "the shadow home
    /// secretary", "its chief executive". Not "why the engineer" or "what the banks": the words must follow the determiner.
    /// </summary>
    private bool ModifiesSourceNoun(int t)
    {
        int n = _ctx.Doc.TokenCount;
        if (t < 1 || t + 1 >= n || _ctx.IsCapitalized(t) || _ctx.KindOf(t) != TokenKind.Word) return false;
        bool Lower(int k) => _ctx.KindOf(k) == TokenKind.Word && !_ctx.IsCapitalized(k) && !_ctx.IsSourceCue(k);
        // After a verb of saying the speaker's phrase needs no determiner: ", said freshman Rep. Andy Hale".
        if (_ctx.IsSourceCue(t + 1))
            return IsModifierDeterminer(t - 1) || InvertedCueBefore(t) || (t >= 2 && Lower(t - 1) && IsModifierDeterminer(t - 2));
        return t + 2 < n && Lower(t + 1) && _ctx.IsSourceCue(t + 2) && IsModifierDeterminer(t - 1);
    }

    /// <summary>An inverted verb of saying just before <paramref name="t"/>, after a comma or a quotation mark (", said …"), not a participle.</summary>
    private bool InvertedCueBefore(int t) =>
        t >= 2 && _ctx.Has(t - 1, Signal.AttributionVerb) && (_ctx.IsPunct(t - 2, ',') || _ctx.IsQuoteMark(t - 2))
        // Not a participle's object: "…," citing no source.
        && !_ctx.TextOf(t - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A determiner or possessive before a modifier of a source noun ("the shadow home secretary"), or a conjunction that
    /// opens the sentence in the determiner's place ("But shadow home secretary David Davis …").
    /// </summary>
    private bool IsModifierDeterminer(int t) =>
        ((_ctx.Is(t, "but") || _ctx.Is(t, "and") || _ctx.Is(t, "yet") || _ctx.Is(t, "so")) && t == _ctx.Doc.SentenceArray[_ctx.SentenceOf(t)].FirstToken)
        || _ctx.Is(t, "the") || _ctx.Is(t, "a") || _ctx.Is(t, "an") || _ctx.Is(t, "its") || _ctx.Is(t, "his") || _ctx.Is(t, "her") || _ctx.Is(t, "their")
        || _ctx.TextOf(t).EndsWith("'s", StringComparison.Ordinal) || _ctx.TextOf(t).EndsWith("’s", StringComparison.Ordinal);

    private bool IsNpToken(int t)
    {
        var kind = _ctx.KindOf(t);
        if (_ctx.Is(t, "to") && t > 0 && t + 1 < _ctx.Doc.TokenCount && _ctx.IsSourceCue(t - 1) && (_ctx.IsCapitalized(t + 1) || _ctx.Is(t + 1, "the"))) return true;
        if (kind == TokenKind.Word)
            return IsContentWord(t) || In(NpWords, t) || _ctx.TextOf(t).Contains('-') || ModifiesSourceNoun(t) || InNameParticles(t)
                || NameSuffixes.At(_ctx, t);
        if (kind == TokenKind.Number) return true;
        if (_ctx.IsPunct(t, '[') || _ctx.IsPunct(t, ']')) return true;
        // An initial ("George W. Bush") or a title's full stop ("army spokesman Col. Olivier Hamuli", "Lt. Gen. Ivanov").
        return _ctx.IsPunct(t, '.') && t > 0 && _ctx.IsCapitalized(t - 1)
            && (_ctx.TextOf(t - 1).Length == 1 || Text.Abbreviations.Titles.Contains(_ctx.TextOf(t - 1)));
    }

    /// <summary>Lower-case particles inside a person's name: "Jeroen van der Veer", "Ursula von der Leyen", "Luiz da Silva".</summary>
    internal static readonly WordSet NameParticles = new WordSet(StringComparer.Ordinal,
        "van", "der", "den", "de", "von", "la", "le", "du", "da", "di", "dos", "das", "del", "ter", "ten", "bin", "ibn", "al", "el");

    /// <summary>A word a person's name can hold: capitalised, or a name particle ("van", "al").</summary>
    internal static bool IsNameWord(ReadOnlySpan<char> word) => char.IsUpper(word[0]) || NameParticles.Contains(word);

    /// <summary>A name particle between a capitalised word (or another particle) and a capitalised word (or another particle).</summary>
    private bool InNameParticles(int t)
    {
        // Every particle is two or three letters: the length rules out almost every token before the set is asked.
        if (t == 0 || t + 1 >= _ctx.Doc.TokenCount || _ctx.TextOf(t).Length is < 2 or > 3 || !In(NameParticles, t)) return false;
        bool before = _ctx.IsCapitalized(t - 1) || In(NameParticles, t - 1);
        int a = t + 1;
        while (a < _ctx.Doc.TokenCount && a <= t + 2 && In(NameParticles, a)) a++;
        return before && a < _ctx.Doc.TokenCount && _ctx.IsCapitalized(a) && _ctx.KindOf(a) == TokenKind.Word;
    }

    /// <summary>The noun phrase that ends right before <paramref name="cueStart"/> (skipping adverbs and auxiliaries, or an appositive).</summary>
    private (int Start, int End)? BackwardPhrase(int cueStart, int sentenceStart)
    {
        int e = cueStart;
        // "The Tory co-chairman, Liam Fox, meanwhile, said": a sentence adverb set off by commas after the subject.
        bool interjected = e - 3 > sentenceStart && _ctx.IsPunct(e - 1, ',') && In(InterjectedAdverbs, e - 2) && _ctx.IsPunct(e - 3, ',');
        if (interjected) e -= 2;
        // "Repeatedly describing the statement as 'bizarre', Mr McDowell said": an adverb that opens the sentence before a
        // participle is no speaker, capitalised or not ("Kelly wrote" keeps its name: the cue there is no participle).
        bool openingParticiple = _ctx.TextOf(cueStart).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        while (e > sentenceStart && _ctx.KindOf(e - 1) == TokenKind.Word && (!_ctx.IsCapitalized(e - 1) || (e - 1 == sentenceStart && openingParticiple))
               && (In(SkipBeforeCue, e - 1) || (_ctx.TextOf(e - 1).EndsWith("ly", StringComparison.Ordinal) && !_ctx.IsSourceCue(e - 1))))
            e--;
        // "Labour and the Conservatives both said", "The ministers all said": a quantifier after the subject (not the
        // subject itself: "…, and both reject its findings").
        if (e - 2 > sentenceStart && (_ctx.Is(e - 1, "both") || _ctx.Is(e - 1, "all")) && _ctx.KindOf(e - 2) == TokenKind.Word
            && !_ctx.Is(e - 2, "and") && !_ctx.Is(e - 2, "but") && !_ctx.Is(e - 2, "or")) e--;
        // "Rep. John Ratcliffe, R-Texas, said", "Sen. Tom Cotton (R-Ark.) said": a party and state tag after a name.
        e = SkipPartyTag(e, sentenceStart);
        // "The union on Monday said": a day between the subject and its verb.
        // "Rep. Joe Barton (R-Texas) on Wednesday apologized": a party tag before the day.
        if (e - 2 > sentenceStart && In(Weekdays, e - 1) && _ctx.Is(e - 2, "on")) e = SkipPartyTag(e - 2, sentenceStart);
        // "BA in Wednesday's statement pledged …", "The company in a statement said": the statement named between the
        // subject and its verb is no part of the subject.
        if (e - 3 > sentenceStart && In(StatementNouns, e - 1))
            for (int k = e - 2; k > sentenceStart && k >= e - 5; k--)
                if (_ctx.Is(k, "in")) { e = k; break; }
        // "Mr David Willetts appeared to suggest that …": the subject of a verb of seeming.
        if (e - 2 > sentenceStart && _ctx.Is(e - 1, "to") && In(SeemingVerbs, e - 2))
        {
            e -= 2;
            e = BeforeAuxiliaries(e, sentenceStart);
        }
        // "He and Gordon Brown appeared on television to insist …", "the senator took to Twitter to deny …": a purpose
        // infinitive after going before the public; the subject is the appearing verb's.
        if (e - 3 > sentenceStart && _ctx.Is(e - 1, "to") && AppearanceVerb(e - 1, sentenceStart) is int appearing)
        {
            e = appearing;
            e = BeforeAuxiliaries(e, sentenceStart);
            // "Rep. Carlos Ortega (R-Fla.) took to Twitter to call …": the tag before the appearing verb.
            e = SkipPartyTag(e, sentenceStart);
        }
        if (e == sentenceStart) return null;
        // Relative clause: "the monitor, which reported that" / "a man who said" (not "The WHO has warned": the World Health
        // Organization's letters).
        if (_ctx.Is(e - 1, "which") || (_ctx.Is(e - 1, "who") && !_ctx.TextOf(e - 1).SequenceEqual("WHO")) || _ctx.Is(e - 1, "that"))
        {
            int r = e - 1;
            if (r > sentenceStart && _ctx.IsPunct(r - 1, ',')) r--;
            // "President George W Bush himself, who told the summit …": an emphatic reflexive after the name.
            if (r - 1 > sentenceStart && In(Reflexives, r - 1)) r--;
            return r > sentenceStart ? Collect(r, sentenceStart) : null;
        }
        // Coordinated verbs: "Others went even further and implied ...", "Downing Street refused to comment on the
        // document but said ..." — the subject opens the sentence.
        if ((_ctx.Is(e - 1, "and") || _ctx.Is(e - 1, "but")) && e - 1 > sentenceStart)
        {
            // Not a verb of saying negated ("… but did not ask them to leave"), and not a subject that is only an
            // opening determiner ("The defeated candidate, …": the phrase stops at "defeated").
            for (int k = e; k < cueStart; k++) if (_ctx.Is(k, "not") || _ctx.Is(k, "never")) return null;
            // "In what was her final appearance as secretary of state, Hillary Clinton spent the day … and praising …": the
            // subject comes after an opening adjunct, and an adjunct it cannot skip is no subject.
            int open = AfterOpeningAdjunct(sentenceStart, e - 1);
            if (In(AdjunctOpeners, open)) return null;
            var subject = ForwardPhrase(open, e - 1);
            if (subject is { } sp && sp.End < e - 1 && !_ctx.IsQuoteMark(sentenceStart)
                && HasContent(In(NpWords, sp.Start) ? sp.Start + 1 : sp.Start, sp.End)) return sp;
            return null;
        }
        // Pronoun subject.
        var w = _ctx.TextOf(e - 1).ToString();
        if (PersonPronouns.Contains(w) || GroupPronouns.Contains(w) || FirstPerson.Contains(w)) return (e - 1, e);
        // Appositive: "Lionel Graves, an independent economist, said"; between dashes: "Paul Kerr – the council leader – said".
        // "Ms Holt, who campaigned on a pledge of “no more closures,” also said": the comma set inside a quotation that ends
        // the appositive ends it, and the search may pass that quotation's opening mark.
        bool quotedEnd = QuotationEndsAppositive(e, sentenceStart);
        if (quotedEnd) e--;
        bool dashes = _ctx.IsDash(e - 1);
        if (_ctx.IsPunct(e - 1, ',') || dashes)
        {
            int c = e - 2;
            // "Mr Spink, one of the Commons’ most vocal opponents of abortion, said": a plural possessive's apostrophe is no
            // quotation mark ending the search.
            while (c > sentenceStart && c > e - 30 && !(dashes ? _ctx.IsDash(c) : _ctx.IsPunct(c, ',')) && !IsQuotationMark(c))
            {
                c--;
                if (quotedEnd && IsQuotationMark(c)) { quotedEnd = false; c--; }
            }
            // "Staff nurse Grace Obeng, 29, from Leicester, said": step back over an age between commas.
            if (c - 2 > sentenceStart && _ctx.IsPunct(c, ',') && _ctx.KindOf(c - 1) == TokenKind.Number && _ctx.IsPunct(c - 2, ','))
                c -= 2;
            // "Mr Haw, from Redditch, Worcestershire, said": a home town and its county between commas, after "from".
            if (c - 3 > sentenceStart && _ctx.IsPunct(c, ',') && e - 1 - (c + 1) is >= 1 and <= 2 && _ctx.IsCapitalized(c + 1) && _ctx.IsCapitalized(e - 2))
            {
                int from = c - 1;
                while (from > sentenceStart && from > c - 6 && !_ctx.IsPunct(from, ',')) from--;
                if (from > sentenceStart && _ctx.IsPunct(from, ',') && _ctx.Is(from + 1, "from")) c = from;
            }
            // "Keurig backs down, says they didn't mean to …": a headline's second verb after a comma shares the first verb's
            // subject, when no speaker follows the cue ("Fighting erupts, says UN" is the UN's).
            if (!dashes && !interjected && c == sentenceStart && cueStart + 1 < _ctx.Doc.TokenCount && !In(NounCues, cueStart)
                && (_ctx.Is(cueStart + 1, "that") || In(PersonPronouns, cueStart + 1) || In(GroupPronouns, cueStart + 1) || In(FirstPerson, cueStart + 1))
                && _ctx.Doc.SentenceArray[_ctx.SentenceOf(cueStart)].IsHeadline
                && SentenceSubject(sentenceStart, e - 1) is { } firstSubject && firstSubject.End < e - 2)
                return firstSubject;
            // "Patterson, too, defended …": with the adverb skipped, a subject with no appositive before it.
            if (interjected && !(c > sentenceStart && _ctx.IsPunct(c, ',')) && !_ctx.IsQuoteMark(c)) return Collect(e - 1, sentenceStart);
            // A lone dash before the verb opens no appositive ("He was fine – the doctor said" has its speaker after it).
            if (dashes && !(c > sentenceStart && _ctx.IsDash(c))) return Collect(e - 1, c + 1);
            // "St Aldric's Hospital, in east Leeds, which has 900 beds, said": the body before the clause, not the place.
            if (!dashes && c > sentenceStart && _ctx.Is(c + 1, "which") && _ctx.IsPunct(c, ',') && BodyBeforeWhich(c, sentenceStart) is { } whichBody
                && whichBody.End < c)
                return whichBody;
            if (c > sentenceStart && (_ctx.IsPunct(c, ',') || dashes))
            {
                // "The Organization for Security and Cooperation in Europe (OSCE), which is monitoring …, has said":
                // the bracketed abbreviation belongs to the name before it.
                int before = c;
                if (_ctx.IsPunct(before - 1, ')'))
                    for (int o = before - 2; o > sentenceStart && o >= before - 5; o--)
                        if (_ctx.IsPunct(o, '(')) { before = o; break; }
                var np = Collect(before, sentenceStart);
                // "Drevnia's consul in the border town of Ravel, Ilinca Moraru, said": the role, not the place.
                if (np is { } place && SubjectWithPlace(place, sentenceStart) is { } role) np = role;
                // "Lionel Graves, an independent economist, said" or "EU ambassador to the WTO, Carlo Trojan, said".
                if (np is { } p && (_ctx.IsCapitalized(p.Start) || _ctx.IsSourceCue(p.Start) || HasContent(p.Start, p.End))) return (p.Start, e - 1);
            }
            // "..., said Jane Doe" handled by the caller; a lone appositive name: ", Carlo Trojan, said". A clause about a
            // thing (", which is monitoring the cease-fire, has said") names nobody; one about a person may ("A woman
            // near us, who gave her name as Zora, said").
            if (_ctx.Is(c + 1, "which")) return null;
            // "Rep. Lucille Roybal-Allard, D-Calif., who chairs the subcommittee on homeland security, said": the named
            // person before "who", when the clause names nobody itself ("A woman near us, who gave her name as Zora").
            // "The spokesman for British forces, who are leading the offensive in Helmand, said": a place that ends the clause
            // names nobody either.
            if (_ctx.Is(c + 1, "who") && GivenName(c + 1, e - 1) is null)
            {
                int nameEnd = SkipPartyTag(c + 1, sentenceStart);
                if (Collect(nameEnd, sentenceStart) is { } person && (_ctx.IsCapitalized(nameEnd - 1) || HeadType(person.Start, person.End) is not null)
                    && CanSpeak(person.Start, person.End))
                    // "Paul Kerr, who is the city's mayor, said": the clause gives the post, read as an appositive.
                    return nameEnd == c && IsPostClause(c + 1, e - 1) ? (person.Start, e - 1) : person;
            }
            var inner = Collect(e - 1, c + 1);
            return inner;
        }
        // "A Metroline statement said …": a statement noun after its maker's name (a possessive maker is read elsewhere).
        if (e - 2 >= sentenceStart && In(StatementNouns, e - 1) && NamesStatementMaker(e - 2) && PossessiveOf(e - 2) is null)
            return e - 3 >= sentenceStart && (_ctx.Is(e - 3, "a") || _ctx.Is(e - 3, "an")) ? (e - 3, e) : (e - 2, e);
        var tail = Collect(e, sentenceStart);
        // "A Liberal Democrat MP accused of seducing a constituent has denied …": the subject before a reduced relative
        // clause, not the clause's object.
        if (!_ctx.Doc.SentenceArray[_ctx.SentenceOf(cueStart)].IsHeadline && !In(NounCues, cueStart)
            && SubjectBeforeReducedRelative(tail?.Start ?? e, sentenceStart) is { } relativeSubject) return relativeSubject;
        if (!In(NounCues, cueStart) && SubjectBeforeRestrictiveRelative(tail, e, sentenceStart) is { } restrictedSubject) return restrictedSubject;
        return (tail is { } t ? SubjectWithPlace(t, sentenceStart) : null) ?? tail ?? WithPlacePhrase(e, sentenceStart);
    }

    /// <summary>
    /// The capitalised name of a body before the comma at <paramref name="comma"/> that opens a "which" clause, past a place
    /// set off by commas after the name (", in east Leeds,"). Null when there is no such place or no such name.
    /// </summary>
    private (int Start, int End)? BodyBeforeWhich(int comma, int sentenceStart)
    {
        int end = comma;
        for (int p = comma - 1; p > sentenceStart && p >= comma - 5; p--)
            if (_ctx.IsPunct(p, ','))
            {
                if (_ctx.Is(p + 1, "in") || _ctx.Is(p + 1, "near") || _ctx.Is(p + 1, "based")) end = p;
                break;
            }
        // Only past such a place: a name right before the clause is read by the appositive search already.
        if (end == comma) return null;
        return Collect(end, sentenceStart) is { } body && _ctx.IsCapitalized(body.End - 1) && HasContent(body.Start, body.End) ? body : null;
    }

    /// <summary>Cue words that are nouns as often as verbs ("cleared of perjury charges"): no verb after a relative clause.</summary>
    private static readonly WordSet NounCues = new WordSet(StringComparer.OrdinalIgnoreCase,
        "charges", "claims", "reports", "allegations", "accusations", "statements", "comments", "remarks", "denials", "warnings");

    /// <summary>Participles that open a reduced relative clause after a subject: "accused of", "charged with".</summary>
    private static readonly WordSet ReducedRelativeParticiples = new WordSet(StringComparer.OrdinalIgnoreCase,
        "accused", "charged", "suspected", "convicted", "cleared", "jailed", "sacked", "fired", "suspended", "arrested",
        "investigated", "criticised", "criticized", "blamed", "implicated", "embroiled", "caught", "named");

    /// <summary>Active participles that open a clause after a subject and take an object: "the union representing engineers".</summary>
    private static readonly WordSet ActiveModifierParticiples = new WordSet(StringComparer.OrdinalIgnoreCase,
        "representing", "running", "overseeing", "organising", "organizing", "operating", "managing", "investigating",
        "prosecuting", "defending", "advising", "monitoring", "owning");

    /// <summary>
    /// The noun phrase that opens the sentence (after an opening adjunct) when a reduced relative clause follows it and
    /// runs on to <paramref name="before"/>: "The minister [accused of misleading Parliament] said". Null otherwise.
    /// </summary>
    private (int Start, int End)? SubjectBeforeReducedRelative(int before, int sentenceStart)
    {
        for (int p = before - 1; p > sentenceStart && p >= before - 12; p--)
        {
            if (_ctx.IsPunct(p, ',') || _ctx.IsQuoteMark(p) || _ctx.IsPunct(p, ';')) return null;
            bool passive = In(ReducedRelativeParticiples, p)
                && (_ctx.Is(p + 1, "of") || _ctx.Is(p + 1, "with") || _ctx.Is(p + 1, "over") || _ctx.Is(p + 1, "in") || _ctx.Is(p + 1, "for"));
            // "The union representing Qantas engineers has denied …": the subject before an active participle and its object.
            if (!passive && !In(ActiveModifierParticiples, p)) continue;
            int open = AfterOpeningAdjunct(sentenceStart, p);
            if (ForwardPhrase(open, p) is { } np && np.End == p && np.Start == open && HasContent(np.Start, np.End) && CanSpeak(np.Start, np.End)) return np;
            return null;
        }
        return null;
    }

    /// <summary>
    /// The subject before a restrictive relative clause that ends at the verb of saying: "A police official who declined
    /// to be named said …", "The officer who led the raid told reporters …". Not when the words before the verb can speak
    /// themselves ("the man who police said was armed": the police speak), nor across a comma or a quotation mark.
    /// </summary>
    private (int Start, int End)? SubjectBeforeRestrictiveRelative((int Start, int End)? tail, int e, int sentenceStart)
    {
        int from = tail?.Start ?? e;
        if (tail is { } t && (_ctx.IsCapitalized(t.Start) || HeadType(t.Start, t.End) is not null || In(PersonPronouns, t.Start) || In(GroupPronouns, t.Start))) return null;
        for (int p = from - 1; p > sentenceStart && p >= from - 12; p--)
        {
            if (_ctx.IsPunct(p, ',') || _ctx.IsQuoteMark(p) || _ctx.IsPunct(p, ';')) return null;
            if (!_ctx.Is(p, "who")) continue;
            if (p + 1 >= from) return null;
            // The noun phrase that opens the sentence and runs up to "who" ("But a local police official who …").
            return SentenceSubject(sentenceStart, p) is { } np && np.End == p && HasContent(np.Start, np.End) ? np : null;
        }
        return null;
    }

    /// <summary>The start of the lower-case adverbs and auxiliaries that end right before <paramref name="e"/> ("has long").</summary>
    private int BeforeAuxiliaries(int e, int sentenceStart)
    {
        while (e > sentenceStart && _ctx.KindOf(e - 1) == TokenKind.Word && !_ctx.IsCapitalized(e - 1) && In(SkipBeforeCue, e - 1)) e--;
        return e;
    }

    /// <summary>
    /// The verb of "went on national television", "took to Twitter" or "interrupted the Budget debate in the Commons" that
    /// ends right before the infinitive's <paramref name="to"/>: at most six words back, no punctuation between, and a
    /// medium or a chamber named after the verb.
    /// </summary>
    private int? AppearanceVerb(int to, int sentenceStart)
    {
        bool medium = false;
        for (int v = to - 1; v > sentenceStart && v >= to - 9; v--)
        {
            if (_ctx.KindOf(v) != TokenKind.Word) return null;
            if (In(AppearanceMedia, v)) medium = true;
            else if (In(AppearanceVerbs, v)) return medium && v + 1 < to ? v : null;
        }
        return null;
    }

    private static readonly WordSet AgentParticiples = new WordSet(StringComparer.OrdinalIgnoreCase,
        "run", "owned", "operated", "managed", "employed", "hired", "contracted", "led", "funded", "backed");

    /// <summary>
    /// A subject whose post-modifier ends in a name: "Prosecutors in Focșani said", "The Russian embassy in Warsaw
    /// called", "Workers at a depot run by Parcelo near Northampton say". <see cref="Collect"/> stops at the preposition
    /// and leaves only the place; the speaker is the whole subject, headed by the source noun among its first words.
    /// Only a subject that opens its clause qualifies ("On Monday, officials in Kyiv said").
    /// </summary>
    private (int Start, int End)? SubjectWithPlace((int Start, int End) tail, int sentenceStart)
    {
        if (tail.Start - 1 <= sentenceStart) return null;
        // The clause opens at the sentence start or after a comma or quotation mark; the subject runs from there to
        // the cue with nothing in it but words, numbers and possessives, and no relative or adverbial clause.
        int open = tail.Start;
        while (open > sentenceStart && open > tail.Start - 18)
        {
            if (_ctx.IsPunct(open - 1, ',') || _ctx.IsQuoteMark(open - 1)) break;
            bool possessive = _ctx.TextOf(open - 1) is "'s" or "’s" or "'" or "’";
            if ((_ctx.KindOf(open - 1) is not (TokenKind.Word or TokenKind.Number) && !possessive) || In(ClauseWords, open - 1)) return null;
            open--;
        }
        if (open > sentenceStart && !_ctx.IsPunct(open - 1, ',') && !_ctx.IsQuoteMark(open - 1)) return null;
        while (open < tail.Start && In(DropLeading, open) && !_ctx.IsSourceCue(open)) open++;
        // Its head: a source noun, private person or institution among its first words, right before a preposition
        // ("Prosecutors in", "The Chilean embassy in", "Three former members of") or an agent participle.
        for (int h = open; h < Math.Min(tail.Start - 1, open + 5); h++)
            if (IsSourceHead(h) && (In(PlacePrepositions, h + 1) || In(AgentParticiples, h + 1)))
                return (open, tail.End);
        // "The BBC's Ana Rivas in Moscow said", "The BBC's Ana Rivas in Chiang Mai says": a name right before "in" and a
        // place of one or two capitalised words, which is where the speaker is, not who speaks.
        if (tail.Start - 2 >= open && _ctx.Is(tail.Start - 1, "in") && _ctx.IsCapitalized(tail.Start - 2) && tail.End - tail.Start <= 2
            && IsName(tail.Start, tail.End))
            return (open, tail.Start - 1);
        return null;
    }

    private static readonly WordSet ClauseWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "who", "whom", "whose", "which", "that", "when", "where", "after", "because", "as", "while", "since", "if", "said", "says", "told");

    /// <summary>A word that can head a speaker phrase: a source noun, a private person or an institution.</summary>
    private bool IsSourceHead(int t) =>
        t >= 0 && _ctx.KindOf(t) == TokenKind.Word && (_ctx.IsSourceCue(t) || RoleWords.IsPrivatePerson(_ctx.TextOf(t)) || In(InstitutionHeads, t));

    private static readonly WordSet PlacePrepositions = new WordSet(StringComparer.OrdinalIgnoreCase,
        "at", "of", "in", "on", "near", "outside", "inside", "from", "along", "across", "around", "behind", "by", "for");

    /// <summary>
    /// A speaker with a place or group after it that ends in a common noun: "Spectators at the roadside said",
    /// "Shoppers in the market told". The phrase before the preposition must name a source (a capitalised word or a
    /// source cue); the whole phrase is the speaker's text.
    /// </summary>
    private (int Start, int End)? WithPlacePhrase(int e, int sentenceStart)
    {
        for (int p = e - 2; p >= Math.Max(sentenceStart + 1, e - 4); p--)
        {
            if (!In(PlacePrepositions, p)) continue;
            bool named = false;
            for (int t = p + 1; t < e; t++)
            {
                if (_ctx.KindOf(t) != TokenKind.Word) return null;
                named |= _ctx.IsCapitalized(t);
            }
            // A named place after a source noun is still a place: "a resident of the Tarlow district told reporters".
            if (Collect(p, sentenceStart) is not { } head) return null;
            bool sourceHead = _ctx.IsSourceCue(p - 1) || RoleWords.IsPrivatePerson(_ctx.TextOf(p - 1));
            return (sourceHead || (!named && (_ctx.IsSourceCue(head.Start) || _ctx.IsCapitalized(head.Start)))) ? (head.Start, e) : null;
        }
        return null;
    }

    private (int Start, int End)? Collect(int end, int sentenceStart)
    {
        int s = end;
        while (s > sentenceStart && s > end - 14 && IsNpToken(s - 1)) s--;
        // "the county football association", "the centre's board": an institution's lower-case modifiers, back to the article.
        if (s < end && In(InstitutionHeads, s))
            for (int m = s - 1; m >= Math.Max(sentenceStart, s - 4); m--)
            {
                if (_ctx.Is(m, "the") || _ctx.Is(m, "its") || _ctx.Is(m, "their")) { s = m + 1; break; }
                if (_ctx.KindOf(m) != TokenKind.Word || _ctx.IsCapitalized(m)) break;
            }
        int collected = s;
        while (s < end && (In(DropLeading, s) || In(SentenceAdverbs, s)) && !_ctx.IsSourceCue(s)) s++;
        // An opening adjunct ("Writing in the Observer, Mr Evans outlined", "On Monday, the minister said") is not an
        // appositive: after one, the speaker starts past its comma.
        if (s > collected)
            for (int t = end - 1; t > s; t--)
                if (_ctx.IsPunct(t, ',')) { s = t + 1; break; }
        while (s < end && (_ctx.IsPunct(s, ']') || _ctx.Is(s, "and"))) s++;
        if (s >= end) return null;
        // "May reportedly made the announcement" after "Theresa May has pledged …": a month that is a known person's name.
        if (!HasContent(s, end) || (IsDate(s, end) && _entities.Find(_ctx.Text(s, end)) is null)) return null;
        // "Pentagon spokesman Bryan Whitman Monday said": the day the words were said is no part of the name.
        while (end - 1 > s && In(Weekdays, end - 1) && _ctx.IsCapitalized(end - 1)) end--;
        return (s, end);
    }

    /// <summary>
    /// True when [s, e) is a date and nothing else ("Wednesday December 12", "March 3"): no speaker. It must open with a
    /// weekday or a month, and hold nothing but date words and numbers ("May", a name too, is not a date word).
    /// </summary>
    private bool IsDate(int s, int e)
    {
        if (!_ctx.IsCapitalized(s) || !In(DateWords, s)) return false;
        for (int t = s; t < e; t++) if (!In(DateWords, t) && _ctx.KindOf(t) != TokenKind.Number) return false;
        return true;
    }

    private bool HasContent(int s, int e)
    {
        for (int t = s; t < e; t++) if (IsContentWord(t)) return true;
        return false;
    }

    /// <summary>A word that can carry a speaker phrase: a capitalised name, a source noun, a private person or an institution.</summary>
    private bool IsContentWord(int t) => _ctx.IsCapitalized(t) || IsSourceHead(t);

    /// <summary>The noun phrase starting at <paramref name="from"/> (after an opening quote), with an appositive role.</summary>
    private (int Start, int End)? ForwardPhrase(int from, int sentenceEnd)
    {
        int s = from;
        while (s < sentenceEnd && _ctx.IsQuoteMark(s)) s++;
        // "As I show in my book, …", "If they …": a subordinate clause opens the sentence, not its subject.
        if (s < sentenceEnd && In(NotSpeakerOpeners, s)) return null;
        int e = s;
        while (e < sentenceEnd && e < s + 14 && IsNpToken(e) && !(e > s && _ctx.Is(e, "and") && !_ctx.IsCapitalized(e + 1 < sentenceEnd ? e + 1 : e))) e++;
        while (e > s && (In(NpWords, e - 1) && !_ctx.IsSourceCue(e - 1) && !_ctx.IsCapitalized(e - 1))) e--;
        if (e <= s || !HasContent(s, e)) return null;
        // ", a 26-year-old nurse who ..." / ", chief executive of X": extend over the appositive.
        if (e < sentenceEnd - 1 && _ctx.IsPunct(e, ','))
        {
            int k = e + 1;
            while (k < sentenceEnd && k < e + 12 && !_ctx.IsPunct(k, ',') && !_ctx.IsPunct(k, '.') && !_ctx.Is(k, "who") && !_ctx.Is(k, "that")) k++;
            bool hasCue = false;
            for (int t = e + 1; t < k; t++) if (_ctx.IsSourceCue(t)) hasCue = true;
            if (hasCue) return (s, k);
            // "The deputy leader, Carys Rhydderch, seized on …": a role, then its holder's name between commas.
            if (_ctx.IsSourceCue(e - 1) && k < sentenceEnd && _ctx.IsPunct(k, ',') && IsName(e + 1, k)) return (s, k);
        }
        return (s, e);
    }
}
