using Framing.Rules;
using Framing.Text;
using static Framing.Attribution.SpeakerWords;

namespace Framing.Attribution;

/// <summary>
/// Finds the token span of the noun phrase that speaks in one sentence: before the verb of saying (skipping adverbs,
/// auxiliaries, appositives, relative clauses and a party tag such as ", D-Calif.,"), after it when inverted, after
/// "according to" or a document's maker ("figures released by the Home Office"), or the sentence's subject; and the
/// clause boundaries around it (opening adjuncts, datelines, passives). It works on tokens only;
/// <see cref="SpeakerClassifier"/> says who the phrase names and <see cref="SpeakerResolver"/> carries speakers across
/// sentences.
/// </summary>
internal sealed class SpeakerPhraseFinder(ArticleContext ctx, EntityRegistry entities, SpeakerClassifier classifier)
{
    private readonly ArticleContext _ctx = ctx;
    private readonly EntityRegistry _entities = entities;
    private readonly SpeakerClassifier _classifier = classifier;

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
    internal int SkipPartyTag(int e, int start)
    {
        int k = e - 1;
        if (k <= start || !(_ctx.IsPunct(k, ',') || _ctx.IsPunct(k, ')'))) return e;
        // "His staunchest ally, Sen. James Inhofe (R-Okla.), expressed concern": a bracketed tag before the comma that
        // closes an appositive.
        if (_ctx.IsPunct(k, ',') && k - 1 > start && _ctx.IsPunct(k - 1, ')') && SkipPartyTag(k, start) is int inner && inner < k)
            return inner;
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
    internal bool NamesStatementMaker(int t) =>
        _ctx.KindOf(t) == TokenKind.Word && _ctx.IsCapitalized(t) && char.IsUpper(_ctx.TextOf(t)[0]) && !_ctx.In(PhraseOpeners, t)
        && !_ctx.Is(t, "another") && !_ctx.In(NotSubjects, t) && !_ctx.In(Possessives, t);

    /// <summary>
    /// The first token of the name that ends at <paramref name="last"/> and issued a statement: capitalised words, with
    /// "of", "for" or "and" between two of them ("White House", "Ministry of Defence"), six tokens at most;
    /// <c>last + 1</c> when the token at <paramref name="last"/> names no maker.
    /// </summary>
    internal int MakerStart(int last, int sentenceStart)
    {
        if (!NamesStatementMaker(last) || _classifier.PossessiveOf(last) is not null) return last + 1;
        int m = last;
        while (m > sentenceStart && m > last - 5)
        {
            if (NamesStatementMaker(m - 1) && _classifier.PossessiveOf(m - 1) is null) m--;
            else if (m - 2 >= sentenceStart && (_ctx.Is(m - 1, "of") || _ctx.Is(m - 1, "for") || _ctx.Is(m - 1, "and")) && NamesStatementMaker(m - 2)) m -= 2;
            else break;
        }
        return m;
    }

    /// <summary>A quotation mark that is no possessive's apostrophe.</summary>
    private bool IsQuotationMark(int t) => _ctx.IsQuoteMark(t) && !_ctx.IsPossessiveApostrophe(t);

    /// <summary>
    /// The noun phrase that opens the sentence (after an opening adjunct: "In fact, Mueller tried to … by warning them",
    /// "For weeks, the president has been attacking …") and ends before <paramref name="limit"/>, when it can speak.
    /// </summary>
    internal (int Start, int End)? SentenceSubject(int a, int limit)
    {
        // "But Mr Brown brushed aside criticism …, insisting …": a leading conjunction is no part of the subject.
        if (limit > a + 1 && (_ctx.Is(a, "but") || _ctx.Is(a, "and") || _ctx.Is(a, "yet"))) a++;
        if (limit <= a || _ctx.IsQuoteMark(a) || _ctx.In(NotSubjects, a)) return null;
        int from = AfterOpeningAdjunct(a, limit);
        // "Newly installed Democrat Congresswoman Rashida Tlaib attacked …": an adverb and a participle before a
        // capitalised title describe the speaker and are no part of the name.
        if (from + 2 < limit && _ctx.In(DescribingAdverbs, from)
            && _ctx.TextOf(from + 1).EndsWith("ed", StringComparison.Ordinal) && !_ctx.IsCapitalized(from + 1) && _ctx.IsCapitalized(from + 2))
            from += 2;
        // An adjunct too long to skip ("After criticism from several groups both on and off campus, …") is no subject.
        if (_ctx.In(AdjunctOpeners, from)) return null;
        return ForwardPhrase(from, limit) is { } sp && sp.Start == from && _classifier.CanSpeak(sp.Start, sp.End) ? sp : null;
    }

    /// <summary>
    /// The subject of the clause an agentless ", it was announced" or ", it has been announced" closes ("The ministry has
    /// launched a programme, it was announced on Monday", "Peugeot is to close its car plant at Ryton, it has been
    /// announced"), when the participle at <paramref name="first"/> is "announced" and that subject can speak.
    /// </summary>
    internal (int Start, int End)? AnnouncedClause(int first, int a)
    {
        if (!_ctx.Is(first, "announced")) return null;
        int be = first - 1;
        // "…, it has been announced": the perfect's auxiliary before "been".
        bool perfect = be - 1 > a && _ctx.Is(be, "been") && (_ctx.Is(be - 1, "has") || _ctx.Is(be - 1, "had"));
        if (perfect) be--;
        if (be - 2 <= a || !(perfect || _ctx.In(BeForms, be)) || !_ctx.Is(be - 1, "it") || !_ctx.IsPunct(be - 2, ',')) return null;
        // The whole subject, up to its auxiliary ("The ministry has launched"), not the first word of "The new service will".
        return SentenceSubject(a, be - 2) is { } subject && subject.End < be - 2 && _ctx.In(ClauseAuxiliaries, subject.End) ? subject : null;
    }

    /// <summary>
    /// Passives of hearsay that still report the subject's words when a verb of saying follows: "The mayor is reported
    /// to have told aides …", "The minister was reported as saying …" (not "are reported to be undecided").
    /// </summary>
    private static readonly WordSet HearsayPassives = new WordSet(StringComparer.OrdinalIgnoreCase, "reported", "said", "alleged", "claimed");

    /// <summary>True when the hearsay passive at <paramref name="first"/> goes on to the subject's own words.</summary>
    internal bool SpeechFollowsHearsay(int first, int b)
    {
        if (!_ctx.In(HearsayPassives, first)) return false;
        if (first + 1 < b && _ctx.Is(first + 1, "as")) return true;
        for (int t = first + 1; t < b && t <= first + 4; t++)
            if (_ctx.Has(t, Signal.AttributionVerb)) return true;
        return false;
    }

    private static readonly WordSet BeForms = new WordSet(StringComparer.OrdinalIgnoreCase,
        "was", "were", "is", "are", "been", "being", "be", "am", "get", "gets", "got", "getting");

    /// <summary>True when a form of "be" (or "get") stands before the participle at <paramref name="first"/>, over adverbs ("was repeatedly told").</summary>
    internal bool IsPassive(int first, int a)
    {
        int k = first - 1;
        while (k > a && k >= first - 3 && _ctx.KindOf(k) == TokenKind.Word && !_ctx.In(BeForms, k)
               && (_ctx.TextOf(k).EndsWith("ly", StringComparison.Ordinal) || _ctx.Is(k, "also") || _ctx.Is(k, "since") || _ctx.Is(k, "later") || _ctx.Is(k, "then")))
            k--;
        return k >= a && _ctx.In(BeForms, k);
    }

    /// <summary>
    /// A passive without its "be", as headlines and reduced clauses write it: "Minister accused of misleading MPs", "a
    /// council criticised for the delay". The active verb takes an object first ("accused the minister of …"); "warned of"
    /// is active ("The minister warned of a real risk"), so "warned" is left out.
    /// </summary>
    internal bool ReducedPassive(int first, int end, int b)
    {
        if (end >= b || _ctx.Is(first, "warned")) return false;
        if (_ctx.Is(end, "of")) return _ctx.Is(first, "accused");
        if (_ctx.Is(end, "to")) return _ctx.Is(first, "urged") || _ctx.Is(first, "told");
        // Not "as": "a sum the regulator described as suspicious" is active, its object put first.
        return _ctx.Is(end, "for") || _ctx.Is(end, "over");
    }

    /// <summary>Participles that open a phrase of place after a subject ("the district, located in Clark County,").</summary>
    private static readonly WordSet LocationParticiples = new WordSet(StringComparer.OrdinalIgnoreCase,
        "located", "based", "headquartered", "situated");

    /// <summary>The token after an opening adjunct and its comma ("In fact, …", "On Monday, …"), or <paramref name="a"/>.</summary>
    internal int AfterOpeningAdjunct(int a, int limit)
    {
        // "On Wednesday night the Food Standards Agency cleared …": a date with no comma after it.
        if ((_ctx.Is(a, "on") || _ctx.Is(a, "late") || _ctx.Is(a, "early")) && a + 1 < limit && _ctx.KindOf(a + 1) == TokenKind.Word
            && _ctx.In(DateWords, a + 1))
        {
            int t = a + 2;
            while (t < limit && (_ctx.KindOf(t) == TokenKind.Number || (_ctx.KindOf(t) == TokenKind.Word && (_ctx.In(DateWords, t) || _ctx.In(PartsOfDay, t))))) t++;
            if (t < limit && _ctx.KindOf(t) == TokenKind.Word) return t;
        }
        // "Apparently Trump told …", "Previously, Reason Magazine analyzed …": one adverb, and its comma if it has one.
        if (_ctx.In(SentenceAdverbs, a) && a + 1 < limit)
        {
            int t = _ctx.IsPunct(a + 1, ',') ? a + 2 : a + 1;
            return t < limit ? AfterOpeningAdjunct(t, limit) : a;
        }
        if (!_ctx.In(AdjunctOpeners, a)) return a;
        for (int t = a + 1; t < limit && t <= a + 16; t++)
            if (_ctx.IsPunct(t, ',')) return t + 1 < limit ? t + 1 : a;
        return a;
    }

    /// <summary>
    /// The first token after a leading wire dateline, or the sentence's first token: capitalised words, commas, full stops
    /// and a bracketed agency ("BROOMFIELD, Colo. (AP)", "GOMA, Congo", "New Delhi:") followed by a dash or a colon, within
    /// the first ten tokens and before <paramref name="limit"/>.
    /// </summary>
    internal int DatelineEnd(Sentence s, int limit)
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
    internal (int Start, int End)? MakerAfter(int phraseStart, int b)
    {
        int noun = phraseStart;
        while (noun < b && noun < phraseStart + 3 && !_ctx.In(DocumentNouns, noun)) noun++;
        int documentEnd = noun + 1;
        if (documentEnd >= b || !_ctx.In(DocumentNouns, noun)) return null;
        // "according to figures from the Home Office".
        if (_ctx.Is(documentEnd, "from")) return ForwardPhrase(documentEnd + 1, b);
        if (!_ctx.In(HandedOverParticiples, documentEnd)) return null;
        for (int k = documentEnd + 1; k < b && k <= documentEnd + 6; k++)
        {
            if (_ctx.KindOf(k) != TokenKind.Word) return null;
            if (_ctx.Is(k, "by")) return ForwardPhrase(k + 1, b);
        }
        return null;
    }

    /// <summary>
    /// Adverbs that describe how a speaker came to a post ("Newly installed", "Recently elected"); a list, not any "-ly"
    /// word, so that "Kelly urged Congress to act, saying …" keeps Kelly.
    /// </summary>
    private static readonly WordSet DescribingAdverbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "newly", "recently", "freshly", "democratically", "duly", "popularly", "narrowly", "overwhelmingly", "unanimously",
        "directly", "jointly", "specially", "previously", "formerly", "only", "lately", "belatedly", "controversially");

    /// <summary>
    /// One of at most two lower-case words between a determiner and a source noun: "the housing minister", "the shadow home
    /// secretary", "its chief executive". Not "why the engineer" or "what the banks": the words must follow the determiner.
    /// </summary>
    internal bool ModifiesSourceNoun(int t)
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
            return IsContentWord(t) || _ctx.In(NpWords, t) || _ctx.TextOf(t).Contains('-') || ModifiesSourceNoun(t) || _classifier.InNameParticles(t)
                || NameSuffixes.At(_ctx, t);
        if (kind == TokenKind.Number) return true;
        if (_ctx.IsPunct(t, '[') || _ctx.IsPunct(t, ']')) return true;
        // "Procter & Gamble", "Marks & Spencer": an ampersand between two capitalised words joins one name.
        if (_ctx.IsPunct(t, '&')) return t > 0 && t + 1 < _ctx.Doc.TokenCount && _ctx.IsCapitalized(t - 1) && _ctx.IsCapitalized(t + 1);
        // An initial ("George W. Bush") or a title's full stop ("army spokesman Col. Olivier Hamuli", "Lt. Gen. Ivanov").
        return _ctx.IsPunct(t, '.') && t > 0 && _ctx.IsCapitalized(t - 1)
            && (_ctx.TextOf(t - 1).Length == 1 || Text.Abbreviations.Titles.Contains(_ctx.TextOf(t - 1)));
    }

    /// <summary>The noun phrase that ends right before <paramref name="cueStart"/> (skipping adverbs and auxiliaries, or an appositive).</summary>
    internal (int Start, int End)? BackwardPhrase(int cueStart, int sentenceStart)
    {
        int e = cueStart;
        // "The Tory co-chairman, Liam Fox, meanwhile, said": a sentence adverb set off by commas after the subject.
        bool interjected = e - 3 > sentenceStart && _ctx.IsPunct(e - 1, ',') && _ctx.In(InterjectedAdverbs, e - 2) && _ctx.IsPunct(e - 3, ',');
        if (interjected) e -= 2;
        // "Repeatedly describing the statement as 'bizarre', Mr McDowell said": an adverb that opens the sentence before a
        // participle is no speaker, capitalised or not ("Kelly wrote" keeps its name: the cue there is no participle).
        bool openingParticiple = _ctx.TextOf(cueStart).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        while (e > sentenceStart && _ctx.KindOf(e - 1) == TokenKind.Word && (!_ctx.IsCapitalized(e - 1) || (e - 1 == sentenceStart && openingParticiple))
               && (_ctx.In(SkipBeforeCue, e - 1) || (_ctx.TextOf(e - 1).EndsWith("ly", StringComparison.Ordinal) && !_ctx.IsSourceCue(e - 1))))
            e--;
        // "Labour and the Conservatives both said", "The ministers all said": a quantifier after the subject (not the
        // subject itself: "…, and both reject its findings").
        if (e - 2 > sentenceStart && (_ctx.Is(e - 1, "both") || _ctx.Is(e - 1, "all")) && _ctx.KindOf(e - 2) == TokenKind.Word
            && !_ctx.Is(e - 2, "and") && !_ctx.Is(e - 2, "but") && !_ctx.Is(e - 2, "or")) e--;
        // "Rep. John Ratcliffe, R-Texas, said", "Sen. Tom Cotton (R-Ark.) said": a party and state tag after a name.
        e = SkipPartyTag(e, sentenceStart);
        // "The union on Monday said": a day between the subject and its verb.
        // "Rep. Joe Barton (R-Texas) on Wednesday apologized": a party tag before the day.
        if (e - 2 > sentenceStart && _ctx.In(Weekdays, e - 1) && _ctx.Is(e - 2, "on")) e = SkipPartyTag(e - 2, sentenceStart);
        // "BA in Wednesday's statement pledged …", "The company in a statement said": the statement named between the
        // subject and its verb is no part of the subject.
        if (e - 3 > sentenceStart && _ctx.In(StatementNouns, e - 1))
            for (int k = e - 2; k > sentenceStart && k >= e - 5; k--)
                if (_ctx.Is(k, "in")) { e = k; break; }
        // "Mr David Willetts appeared to suggest that …": the subject of a verb of seeming.
        if (e - 2 > sentenceStart && _ctx.Is(e - 1, "to") && _ctx.In(SeemingVerbs, e - 2))
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
            if (r - 1 > sentenceStart && _ctx.In(Reflexives, r - 1)) r--;
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
            if (_ctx.In(AdjunctOpeners, open)) return null;
            var subject = ForwardPhrase(open, e - 1);
            if (subject is { } sp && sp.End < e - 1 && !_ctx.IsQuoteMark(sentenceStart)
                && HasContent(_ctx.In(NpWords, sp.Start) ? sp.Start + 1 : sp.Start, sp.End)) return sp;
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
            if (!dashes && !interjected && c == sentenceStart && cueStart + 1 < _ctx.Doc.TokenCount && !_ctx.In(NounCues, cueStart)
                && (_ctx.Is(cueStart + 1, "that") || _ctx.In(PersonPronouns, cueStart + 1) || _ctx.In(GroupPronouns, cueStart + 1) || _ctx.In(FirstPerson, cueStart + 1))
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
            // "The school district, located in Clark County, says": a place set off after the subject, not an appositive
            // that names it; the subject speaks.
            if (!dashes && c > sentenceStart && _ctx.IsPunct(c, ',') && _ctx.In(LocationParticiples, c + 1))
                return Collect(c, sentenceStart);
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
            if (_ctx.Is(c + 1, "who") && _classifier.GivenName(c + 1, e - 1) is null)
            {
                int nameEnd = SkipPartyTag(c + 1, sentenceStart);
                if (Collect(nameEnd, sentenceStart) is { } person && (_ctx.IsCapitalized(nameEnd - 1) || _classifier.HeadType(person.Start, person.End) is not null)
                    && _classifier.CanSpeak(person.Start, person.End))
                    // "Paul Kerr, who is the city's mayor, said": the clause gives the post, read as an appositive.
                    return nameEnd == c && _classifier.IsPostClause(c + 1, e - 1) ? (person.Start, e - 1) : person;
            }
            var inner = Collect(e - 1, c + 1);
            return inner;
        }
        // "A Metroline statement said …", "A Ministry of Defence statement said …": a statement noun after its maker's
        // name (a possessive maker is read elsewhere).
        // "A Home Office review found that …": the same for a document of findings.
        // A title-case headline's "Another Major Study Finds …" is no maker's.
        if (e - 2 >= sentenceStart && (_ctx.In(StatementNouns, e - 1) || (_ctx.In(FindingsNouns, e - 1) && !_ctx.IsCapitalized(e - 1)))
            && MakerStart(e - 2, sentenceStart) is int maker && maker <= e - 2)
            return maker - 1 >= sentenceStart && (_ctx.Is(maker - 1, "a") || _ctx.Is(maker - 1, "an")) ? (maker - 1, e) : (maker, e);
        var tail = Collect(e, sentenceStart);
        // "A Liberal Democrat MP accused of seducing a constituent has denied …": the subject before a reduced relative
        // clause, not the clause's object.
        if (!_ctx.Doc.SentenceArray[_ctx.SentenceOf(cueStart)].IsHeadline && !_ctx.In(NounCues, cueStart)
            && SubjectBeforeReducedRelative(tail?.Start ?? e, sentenceStart) is { } relativeSubject) return relativeSubject;
        if (!_ctx.In(NounCues, cueStart) && SubjectBeforeRestrictiveRelative(tail, e, sentenceStart) is { } restrictedSubject) return restrictedSubject;
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
            bool passive = _ctx.In(ReducedRelativeParticiples, p)
                && (_ctx.Is(p + 1, "of") || _ctx.Is(p + 1, "with") || _ctx.Is(p + 1, "over") || _ctx.Is(p + 1, "in") || _ctx.Is(p + 1, "for"));
            // "The union representing Qantas engineers has denied …": the subject before an active participle and its object.
            if (!passive && !_ctx.In(ActiveModifierParticiples, p)) continue;
            int open = AfterOpeningAdjunct(sentenceStart, p);
            if (ForwardPhrase(open, p) is { } np && np.End == p && np.Start == open && HasContent(np.Start, np.End) && _classifier.CanSpeak(np.Start, np.End)) return np;
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
        if (tail is { } t && (_ctx.IsCapitalized(t.Start) || _classifier.HeadType(t.Start, t.End) is not null || _ctx.In(PersonPronouns, t.Start) || _ctx.In(GroupPronouns, t.Start))) return null;
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
        while (e > sentenceStart && _ctx.KindOf(e - 1) == TokenKind.Word && !_ctx.IsCapitalized(e - 1) && _ctx.In(SkipBeforeCue, e - 1)) e--;
        return e;
    }

    /// <summary>Calls and messages made to someone, whose purpose infinitive is said: "telephoned Mr Bush to concede".</summary>
    private static readonly WordSet ContactVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "telephoned", "phoned", "rang", "emailed", "texted", "telephones", "phones", "rings");

    /// <summary>
    /// The verb of "went on national television", "took to Twitter" or "interrupted the Budget debate in the Commons" that
    /// ends right before the infinitive's <paramref name="to"/>: at most six words back, no punctuation between, and a
    /// medium or a chamber named after the verb; or a call made to someone ("telephoned Mr Bush to concede").
    /// </summary>
    private int? AppearanceVerb(int to, int sentenceStart)
    {
        bool medium = false;
        for (int v = to - 1; v > sentenceStart && v >= to - 9; v--)
        {
            if (_ctx.KindOf(v) != TokenKind.Word) return null;
            if (_ctx.In(AppearanceMedia, v)) medium = true;
            else if (_ctx.In(AppearanceVerbs, v)) return medium && v + 1 < to ? v : null;
            // "Mr Gore telephoned Mr Bush to concede", "The mayor phoned the family to apologise": a call made to say it.
            else if (_ctx.In(ContactVerbs, v)) return v + 1 < to ? v : null;
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
            if ((_ctx.KindOf(open - 1) is not (TokenKind.Word or TokenKind.Number) && !possessive) || _ctx.In(ClauseWords, open - 1)) return null;
            open--;
        }
        if (open > sentenceStart && !_ctx.IsPunct(open - 1, ',') && !_ctx.IsQuoteMark(open - 1)) return null;
        while (open < tail.Start && _ctx.In(DropLeading, open) && !_ctx.IsSourceCue(open)) open++;
        // Its head: a source noun, private person or institution among its first words, right before a preposition
        // ("Prosecutors in", "The Chilean embassy in", "Three former members of") or an agent participle.
        for (int h = open; h < Math.Min(tail.Start - 1, open + 5); h++)
            if (IsSourceHead(h) && (_ctx.In(PlacePrepositions, h + 1) || _ctx.In(AgentParticiples, h + 1)))
                return (open, tail.End);
        // "The BBC's Ana Rivas in Moscow said", "The BBC's Ana Rivas in Chiang Mai says": a name right before "in" and a
        // place of one or two capitalised words, which is where the speaker is, not who speaks.
        if (tail.Start - 2 >= open && _ctx.Is(tail.Start - 1, "in") && _ctx.IsCapitalized(tail.Start - 2) && tail.End - tail.Start <= 2
            && _classifier.IsName(tail.Start, tail.End))
            return (open, tail.Start - 1);
        return null;
    }

    private static readonly WordSet ClauseWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "who", "whom", "whose", "which", "that", "when", "where", "after", "because", "as", "while", "since", "if", "said", "says", "told");

    /// <summary>A word that can head a speaker phrase: a source noun, a private person or an institution.</summary>
    private bool IsSourceHead(int t) =>
        t >= 0 && _ctx.KindOf(t) == TokenKind.Word && (_ctx.IsSourceCue(t) || RoleWords.IsPrivatePerson(_ctx.TextOf(t)) || _ctx.In(InstitutionHeads, t)
                                                       || _ctx.In(GroupHeads, t));

    /// <summary>
    /// A speaker with a place or group after it that ends in a common noun: "Spectators at the roadside said",
    /// "Shoppers in the market told". The phrase before the preposition must name a source (a capitalised word or a
    /// source cue); the whole phrase is the speaker's text.
    /// </summary>
    private (int Start, int End)? WithPlacePhrase(int e, int sentenceStart)
    {
        for (int p = e - 2; p >= Math.Max(sentenceStart + 1, e - 4); p--)
        {
            if (!_ctx.In(PlacePrepositions, p)) continue;
            bool named = false;
            // "Officials from 40 countries said": a count of the plural noun that ends the group is part of it (not a year
            // or a telephone number: "the firm in 2002 after …", "Police on 101 or …").
            for (int t = p + 1; t < e; t++)
            {
                if (_ctx.KindOf(t) == TokenKind.Number && t + 1 < e && _ctx.KindOf(t + 1) == TokenKind.Word
                    && _ctx.KindOf(e - 1) == TokenKind.Word && _ctx.TextOf(e - 1) is [.., not 's', 's']) continue;
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

    internal (int Start, int End)? Collect(int end, int sentenceStart)
    {
        int s = end;
        while (s > sentenceStart && s > end - 14 && IsNpToken(s - 1)) s--;
        // "the county football association", "the centre's board": an institution's lower-case modifiers, back to the article.
        if (s < end && _ctx.In(InstitutionHeads, s))
            for (int m = s - 1; m >= Math.Max(sentenceStart, s - 4); m--)
            {
                if (_ctx.Is(m, "the") || _ctx.Is(m, "its") || _ctx.Is(m, "their")) { s = m + 1; break; }
                if (_ctx.KindOf(m) != TokenKind.Word || _ctx.IsCapitalized(m)) break;
            }
        int collected = s;
        while (s < end && (_ctx.In(DropLeading, s) || _ctx.In(SentenceAdverbs, s)) && !_ctx.IsSourceCue(s)) s++;
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
        while (end - 1 > s && _ctx.In(Weekdays, end - 1) && _ctx.IsCapitalized(end - 1)) end--;
        return (s, end);
    }

    /// <summary>
    /// True when [s, e) is a date and nothing else ("Wednesday December 12", "March 3"): no speaker. It must open with a
    /// weekday or a month, and hold nothing but date words and numbers ("May", a name too, is not a date word).
    /// </summary>
    private bool IsDate(int s, int e)
    {
        if (!_ctx.IsCapitalized(s) || !_ctx.In(DateWords, s)) return false;
        for (int t = s; t < e; t++) if (!_ctx.In(DateWords, t) && _ctx.KindOf(t) != TokenKind.Number) return false;
        return true;
    }

    internal bool HasContent(int s, int e)
    {
        for (int t = s; t < e; t++) if (IsContentWord(t)) return true;
        return false;
    }

    /// <summary>A word that can carry a speaker phrase: a capitalised name, a source noun, a private person or an institution.</summary>
    private bool IsContentWord(int t) => _ctx.IsCapitalized(t) || IsSourceHead(t);

    /// <summary>The noun phrase starting at <paramref name="from"/> (after an opening quote), with an appositive role.</summary>
    internal (int Start, int End)? ForwardPhrase(int from, int sentenceEnd)
    {
        int s = from;
        while (s < sentenceEnd && _ctx.IsQuoteMark(s)) s++;
        // "As I show in my book, …", "If they …": a subordinate clause opens the sentence, not its subject.
        if (s < sentenceEnd && _ctx.In(NotSpeakerOpeners, s)) return null;
        int e = s;
        while (e < sentenceEnd && e < s + 14 && IsNpToken(e) && !(e > s && _ctx.Is(e, "and") && !_ctx.IsCapitalized(e + 1 < sentenceEnd ? e + 1 : e))) e++;
        while (e > s && (_ctx.In(NpWords, e - 1) && !_ctx.IsSourceCue(e - 1) && !_ctx.IsCapitalized(e - 1))) e--;
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
            if (_ctx.IsSourceCue(e - 1) && k < sentenceEnd && _ctx.IsPunct(k, ',') && _classifier.IsName(e + 1, k)) return (s, k);
        }
        return (s, e);
    }
}
