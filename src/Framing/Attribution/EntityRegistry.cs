using Framing.Text;

namespace Framing.Attribution;

/// <summary>A person or body mentioned in the article with a role: "Foreign Minister Sergey Lavrov".</summary>
/// <param name="Name">The fullest name given ("Sergey Lavrov").</param>
/// <param name="Role">The role or organisation ("Russian Foreign Minister").</param>
/// <param name="Type">The source type the role implies.</param>
/// <param name="Position">Character offset of the first mention.</param>
/// <param name="FormerOfficial">True when the role is an official one the holder has left ("former minister").</param>
internal sealed record Entity(string Name, string? Role, SourceType Type, int Position, bool FormerOfficial = false);

/// <summary>
/// The article's people and bodies with their roles, found wherever they are mentioned: a role before a
/// name ("spokesman Igor Konashenkov", "[Foreign Minister Sergey] Lavrov"), an appositive ("Peter Ford,
/// a former ambassador,") or a name of an organisation ("Rami Abdurrahman of the Syrian Observatory").
/// Later mentions by surname find the entity.
/// </summary>
internal sealed class EntityRegistry
{
    private readonly List<Entity> _entities = [];
    private readonly Dictionary<string, Entity> _byKey;
    // Made once: the lookup stays bound to the dictionary as entries are added.
    private readonly Dictionary<string, Entity>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;

    // A two- or three-word person's name by its first word, for a later mention by that word alone when no name ends in
    // it: a family name written first ("Liu Weimin" … "Liu said", "Kim Jong-un" … "Kim") or a given name ("Jane Okafor"
    // … "Jane said"). Null where two entities share the word.
    private readonly Dictionary<string, Entity?> _byFirst;
    private readonly Dictionary<string, Entity?>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;

    public EntityRegistry()
    {
        _byKey = new(StringComparer.OrdinalIgnoreCase);
        _byKeySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirst = new(StringComparer.OrdinalIgnoreCase);
        _byFirstSpan = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<Entity> Entities => _entities;

    public Entity? Find(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (_byKey.TryGetValue(name, out var e)) return e;
        var last = name.AsSpan().TrimEnd(' ');
        last = last[(last.LastIndexOf(' ') + 1)..];
        if (_byKeySpan.TryGetValue(last, out e)) return e;
        return last.Length == name.Length && _byFirstSpan.TryGetValue(last, out var first) ? first : null;
    }

    /// <summary>
    /// The last person entity mentioned before a position (for a pronoun with no earlier speaker): a name of two or more
    /// words that <paramref name="isPersonName"/> accepts ("Charity Commission" is a name, not a person).
    /// </summary>
    public Speaker? LastPersonBefore(int position, Func<string, bool> isPersonName)
    {
        // The latest entities added only: an article names far fewer, and a hostile input of tens of thousands of distinct
        // names must not cost a pass over all of them for every pronoun.
        Entity? best = null;
        for (int i = _entities.Count - 1; i >= 0 && i >= _entities.Count - MaxLookBack; i--)
        {
            var e = _entities[i];
            if (e.Position < position && e.Name.Contains(' ') && (best is null || e.Position > best.Position) && isPersonName(e.Name)) best = e;
        }
        return best is null ? null : new Speaker(best.Name, default, best.Name, best.Role, best.Type, null, SpeakerResolution.Pronoun) { FormerOfficial = best.FormerOfficial };
    }

    /// <summary>How many of the latest entities <see cref="LastPersonBefore"/> reads: more than any real article names.</summary>
    private const int MaxLookBack = 256;

    /// <summary>Gives <paramref name="entity"/> another source type, under every key that finds it.</summary>
    public void Retype(Entity entity, SourceType type)
    {
        var retyped = entity with { Type = type };
        int i = _entities.IndexOf(entity);
        if (i >= 0) _entities[i] = retyped;
        Rebind(_byKey, entity, retyped);
        Rebind(_byFirst, entity, retyped);
    }

    /// <summary>Points every key of <paramref name="keys"/> that finds <paramref name="from"/> at <paramref name="to"/>.</summary>
    private static void Rebind<T>(Dictionary<string, T> keys, Entity from, T to) where T : class?
    {
        foreach (var key in keys.Where(kv => ReferenceEquals(kv.Value, from)).Select(kv => kv.Key).ToList()) keys[key] = to;
    }

    /// <summary>Adds a person the article names after their post ("its Speaker … Eileen Bell told MLAs").</summary>
    public void Introduce(string name, string role, SourceType type, int position) => Add(name, role, type, position);

    /// <summary>Adds an explicitly named speaker (two or more name words) so later surname mentions find it.</summary>
    public void Remember(Speaker speaker, int position)
    {
        if (speaker.Name.Contains(' ') && char.IsUpper(speaker.Name[0]) && speaker.Type != SourceType.Anonymous)
            Add(speaker.Name, speaker.Role, speaker.Type, position, speaker.FormerOfficial);
    }

    private void Add(string name, string? role, SourceType type, int position, bool formerOfficial = false)
    {
        // Later mentions drop a suffix: "Guy Mansfield QC" is found as "Mansfield".
        name = NameSuffixes.TrimName(name.Trim());
        if (name.Length < 2) return;
        if (_byKey.ContainsKey(name)) return;
        var e = new Entity(name, role, type, position, formerOfficial);
        _entities.Add(e);
        _byKey[name] = e;
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Only a person's name is found by its last word: "Depot workers for Sainsbury's" is a group named with its
        // employer, and a later "Sainsbury's said" is the company, not those workers.
        bool personName = Array.TrueForAll(parts, static p => SpeakerClassifier.IsNameWord(p));
        if (parts.Length >= 2 && parts[^1].Length > 2 && personName) _byKey.TryAdd(parts[^1], e);
        if (SurnameAfterParticle(parts[^1]) is { } surname) _byKey.TryAdd(surname, e);
        // A knight or dame is named by title and given name after the first mention: "Sir Menzies Campbell" … "Sir Menzies added".
        if (parts.Length >= 3 && (parts[0] is "Sir" or "Dame")) _byKey.TryAdd(parts[0] + " " + parts[1], e);
        if (parts.Length is 2 or 3 && personName && parts[0].Length > 1 && char.IsUpper(parts[0][0]) && !Titles.Contains(parts[0].AsSpan().TrimEnd('.')))
        {
            if (!_byFirst.TryGetValue(parts[0], out var other)) _byFirst[parts[0]] = e;
            else if (other is not null && !ReferenceEquals(other, e)) _byFirst[parts[0]] = null;
        }
    }

    /// <summary>Words of anonymity that are adjectives, never a role on their own.</summary>
    private static readonly WordSet AnonymityAdjectives = new WordSet(StringComparer.OrdinalIgnoreCase, "anonymous", "unnamed", "unidentified");

    /// <summary>Titles and ranks that open a name without being its first word ("Mr Spink", "Dr Amadi").</summary>
    private static readonly WordSet Titles = new WordSet(StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "reverend", "st", "saint",
        "general", "gen", "col", "colonel", "capt", "captain", "judge", "justice", "president", "senator", "sen", "rep",
        "gov", "governor", "mayor", "minister", "sheikh", "king", "queen", "prince", "princess", "pope", "father", "sister",
        "brother", "rabbi", "imam", "bishop", "archbishop", "cardinal", "chief", "inspector", "sergeant", "sgt", "officer",
        "detective", "councillor", "cllr", "deputy", "the");

    /// <summary>
    /// Name particles that join a family name with a hyphen in Arabic, Persian, Urdu and Berber names as the English-language
    /// press spells them ("al-Assad", "Naeem-ul-Haque", "Salah ad-Din"): later mentions drop the particle ("Assad said").
    /// </summary>
    private static readonly WordSet NameParticles = new WordSet(StringComparer.Ordinal,
        "al", "el", "ul", "ud", "ad", "ar", "as", "ash", "at", "az", "ibn", "bin", "ben", "abu", "ould", "ait");

    /// <summary>"Assad" for "al-Assad" and "Haque" for "Naeem-ul-Haque": the capitalised family name after a lower-case particle and a hyphen.</summary>
    private static string? SurnameAfterParticle(string lastPart)
    {
        int hyphen = lastPart.LastIndexOf('-');
        if (hyphen <= 0 || lastPart.Length - hyphen - 1 <= 2 || !char.IsUpper(lastPart[hyphen + 1])) return null;
        int particleStart = lastPart.LastIndexOf('-', hyphen - 1) + 1;
        return NameParticles.Contains(lastPart.AsSpan(particleStart, hyphen - particleStart)) ? lastPart[(hyphen + 1)..] : null;
    }

    public static EntityRegistry Build(ArticleContext ctx)
    {
        var reg = new EntityRegistry();
        var doc = ctx.Doc;
        foreach (var s in doc.SentenceArray)
        {
            int a = s.FirstToken, b = a + s.TokenCount;
            // A title-case headline's capitalised words are no names: "Labour's NEC Drops South Thanet Candidate Over
            // Hitler Tweets" introduces nobody called "Over Hitler Tweets".
            bool titleCase = s.IsHeadline && HeadlineSpeakerFinder.IsTitleCase(ctx, s);
            for (int t = a; t < b; t++)
            {
                if (!ctx.IsSourceCue(t)) continue;
                // Role before name: the cue run, then (skipping ']' and initials) a capitalised name run.
                int cueStart = t;
                while (t + 1 < b && (ctx.IsSourceCue(t + 1) || (ctx.IsCapitalized(t + 1) && NextIsCue(ctx, t + 1, b)))) t++;
                int n = t + 1;
                while (n < b && (ctx.IsPunct(n, ']') || ctx.IsPunct(n, '['))) n++;
                // "One member of the Monetary Policy Committee (MPC), Stephen Nickell,": the body's bracketed initials
                // before the comma.
                if (AfterBracketedWord(ctx, n, b) is int initialsEnd && initialsEnd > n && initialsEnd < b && ctx.IsPunct(initialsEnd, ',')) n = initialsEnd;
                // "The chairman of the Bar Council, Guy Mansfield QC, warned": the name after a comma.
                // Not after a preposition: "Writing in the Observer newspaper, Mr Evans said" names a venue, not a role.
                // Not after an adjective alone: "Cyberattacks are transnational and anonymous, Liu said" gives Liu no role.
                if (n + 1 < b && ctx.IsPunct(n, ',') && ctx.IsCapitalized(n + 1) && !ctx.IsSourceCue(n + 1) && !PrecededBy(ctx, cueStart, a, overNames: true, Prepositions)
                    && !(t == cueStart && AnonymityAdjectives.Contains(ctx.TextOf(t)))) n++;
                // "the self-proclaimed leader of the terror group, Abu Bakr al-Baghdadi", "a spokesman for the ministry, Igor
                // Konashenkov": the role's own short "of"/"for"/"at" phrase, then the name after a comma.
                else if (n < b && (ctx.Is(n, "of") || ctx.Is(n, "for") || ctx.Is(n, "at")) && !PrecededBy(ctx, cueStart, a, overNames: true, Prepositions))
                {
                    int k = n + 1;
                    while (k < b && k < n + 6 && ctx.KindOf(k) == TokenKind.Word && !ctx.IsQuoteMark(k)) k++;
                    // "One member of the Monetary Policy Committee (MPC), Stephen Nickell,": the body's bracketed initials.
                    k = AfterBracketedWord(ctx, k, b);
                    if (k + 1 < b && ctx.IsPunct(k, ',') && ctx.IsCapitalized(k + 1) && !ctx.IsSourceCue(k + 1) && ctx.KindOf(k + 1) == TokenKind.Word) n = k + 1;
                }
                // "the role played by Minister for Europe Keith Vaz", "Chancellor of the Exchequer Gordon Brown", "Secretary of
                // State for Northern Ireland Peter Hain": the post's capitalised complement, then the holder's two-word name
                // (after a preposition too: the run must end in a person's name, which a venue does not).
                if (n < b && n == t + 1 && (ctx.Is(n, "of") || ctx.Is(n, "for")) && TitledNameAfterComplement(ctx, n + 1, b) is int holder) n = holder;
                // "a Muslim spokesman in Tunisia named Said Khecharem": skip to the name after "named"/"called".
                for (int look = n; look < b && look < n + 5; look++)
                    if ((ctx.Is(look, "named") || ctx.Is(look, "called")) && look + 1 < b && ctx.IsCapitalized(look + 1)) { n = look + 1; break; }
                int ns = n;
                // The name stops at a weekday: "Pentagon spokesman Bryan Whitman Monday said".
                while (n < b && (ctx.IsCapitalized(n) || (n > ns && SurnameAfterParticle(ctx.TextOf(n).ToString()) is not null)
                       || (ctx.IsPunct(n, '.') && ctx.TextOf(n - 1).Length == 1) || ctx.IsPunct(n, ']')) && !ctx.IsSourceCue(n)
                       && !(n > ns && SpeakerPhraseFinder.Weekdays.Contains(ctx.TextOf(n)))) n++;
                // "Sources told the BBC Mr Howard had ...": an outlet that is told something does not introduce a name.
                // "Jordan Pemberton-Achi", "Georgia Kemp": a country as a first name is no role; nor is a quantifier ("some
                // Bernard Matthews turkey products").
                bool firstName = t == cueStart && (ctx.CountryAt(cueStart) || (ns == t + 1 && Quantifiers.Contains(ctx.TextOf(cueStart))));
                // "Franks had told Gov. Doug Ducey on Friday …": a title right after the verb is the listener's own, and
                // introduces them; "Sources told the BBC Mr Howard had …" names an outlet told, then the clause's subject.
                bool toldOutlet = PrecededBy(ctx, cueStart, a, overNames: false, TellVerbs)
                                  && (IsDeterminer(ctx, cueStart - 1) || ctx.Has(cueStart, Rules.Signal.MediaOutlet));
                // "ABC News", "BBC Radio": an outlet's own name, not a role and a person called "News".
                bool outletName = n - ns == 1 && t == cueStart && SpeakerClassifier.EndsOutletName(ctx, cueStart, ns);
                if (!firstName && n - ns >= 1 && n - ns <= 4 && !ctx.IsQuoteMark(ns) && !toldOutlet && !outletName && !(titleCase && (n - ns > 2 || !NamedAgainLater(ctx, s, ns, n))))
                {
                    int roleStart = cueStart;
                    // A role is a few words ("Russian Foreign Minister"): the walk back is bounded, so that a sentence of
                    // thousands of capitalised words stays linear.
                    while (roleStart > a && roleStart > cueStart - MaxRoleWords && (ctx.IsCapitalized(roleStart - 1) || ctx.IsPunct(roleStart - 1, '[') || IsModifier(ctx, roleStart - 1)) && !ctx.IsQuoteMark(roleStart - 1)) roleStart--;
                    var (type, formerOfficial) = TypeAt(ctx, cueStart, t + 1, roleStart);
                    var name = SpeakerClassifier.CleanName(ctx.Text(ns, n));
                    if (!AfterAccordingTo(ctx, roleStart, a))
                        reg.Add(name, ctx.Text(roleStart, t + 1).Trim('[', ' '), type, doc.TokenArray[ns].Span.Start, formerOfficial);
                }
            }
            // A known office holder's full name anywhere ("Gordon Brown"): later "Mr Brown" finds it.
            foreach (ref readonly var m in ctx.MatchesOf(s.Index))
            {
                // Office holders only: a capitalised institution ("Downing Street", "White House") is not a person,
                // and a later "he" must never refer back to it.
                if (m.Rule.Signal != Rules.Signal.OfficialSource || m.TokenCount < 2 || !m.Rule.Id.EndsWith("office-holder", StringComparison.Ordinal)) continue;
                bool allCaps = true;
                for (int t = m.FirstToken; t < m.EndToken; t++) if (!ctx.IsCapitalized(t) && !ctx.IsPunct(t, '.')) allCaps = false;
                if (allCaps) reg.Add(SpeakerClassifier.CleanName(ctx.Text(m.FirstToken, m.EndToken)), null, SourceType.Official, doc.TokenArray[m.FirstToken].Span.Start);
            }
            // Appositive: "Peter Ford, a former ambassador," / "Rami Abdurrahman of the Syrian Observatory".
            for (int t = a; t < b; t++)
            {
                if (!ctx.IsCapitalized(t) || ctx.IsSourceCue(t)) continue;
                int ns = t, n = t;
                while (n < b && ctx.IsCapitalized(n) && !ctx.IsSourceCue(n)) n++;
                // "Charles Gordon MSP, who headed the campaign,": the letters of a seat after the name are its role.
                int suffixEnd = n;
                while (suffixEnd < b && NameSuffixes.At(ctx, suffixEnd)) suffixEnd++;
                if (suffixEnd > n && n - ns >= 2 && n - ns <= 4)
                {
                    var (suffixType, _) = TypeAt(ctx, n, suffixEnd, n);
                    if (suffixType != SourceType.Other)
                    {
                        reg.Add(ctx.Text(ns, n), ctx.Text(n, suffixEnd), suffixType, doc.TokenArray[ns].Span.Start);
                        t = suffixEnd;
                        continue;
                    }
                }
                // "Mark McDonald was serving as the Minister for Childcare and Early Years": a post held as the predicate.
                if (n - ns >= 2 && n - ns <= 4 && ServingAs(ctx, n, b) is int post
                    && reg.AddRoleAfter(ctx, ns, n, post, b, maxWords: 8, maxCueOffset: 3, stopAtConjunction: true))
                {
                    t = n;
                    continue;
                }
                if (n - ns >= 2 && n - ns <= 4 && n < b && (ctx.IsPunct(n, ',') || ctx.Is(n, "of")) && n + 1 < b
                    && (ctx.IsSourceCue(n + 1) || IsDeterminer(ctx, n + 1) || IsModifier(ctx, n + 1))
                    && !(ctx.IsPunct(n, ',') && SpeakerClassifier.AdjunctPrepositions.Contains(ctx.TextOf(n + 1))))
                    reg.AddRoleAfter(ctx, ns, n, n + 1, b, maxWords: 9, maxCueOffset: 4, stopAtConjunction: false);
                t = n;
            }
        }
        return reg;
    }

    /// <summary>
    /// The token after a bracketed word that opens at <paramref name="t"/> ("(MPC)", a body's initials), or
    /// <paramref name="t"/> itself when no such bracket opens there.
    /// </summary>
    private static int AfterBracketedWord(ArticleContext ctx, int t, int b) =>
        t + 2 < b && ctx.IsPunct(t, '(') && ctx.KindOf(t + 1) == TokenKind.Word && ctx.IsPunct(t + 2, ')') ? t + 3 : t;

    /// <summary>
    /// Adds the name [<paramref name="ns"/>, <paramref name="n"/>) with the role that starts at <paramref name="from"/>:
    /// the words up to a comma, a full stop, a quotation mark (or "and"/"but" when <paramref name="stopAtConjunction"/>),
    /// at most <paramref name="maxWords"/>, typed by their first source cue, which must stand within
    /// <paramref name="maxCueOffset"/> words of the start. False when there is no such cue.
    /// </summary>
    private bool AddRoleAfter(ArticleContext ctx, int ns, int n, int from, int b, int maxWords, int maxCueOffset, bool stopAtConjunction)
    {
        int k = from, cue = -1;
        while (k < b && k < from + maxWords && !ctx.IsPunct(k, ',') && !ctx.IsPunct(k, '.') && !ctx.IsQuoteMark(k)
               && !(stopAtConjunction && (ctx.Is(k, "but") || ctx.Is(k, "and"))))
        {
            if (cue < 0 && ctx.IsSourceCue(k)) cue = k;
            k++;
        }
        if (cue < 0 || cue > from + maxCueOffset) return false;
        var (type, formerOfficial) = RoleWords.RelationBeforeOffice(ctx, from, cue) ? (SourceType.Other, false) : TypeAt(ctx, cue, cue + 1, from);
        Add(ctx.Text(ns, n), ctx.Text(from, k), type, ctx.Doc.TokenArray[ns].Span.Start, formerOfficial);
        return true;
    }

    /// <summary>
    /// The first token of the post after a name's "was serving as", "is acting as", "served as" or "serves as" (and its
    /// article) at <paramref name="n"/>, or null when the words after the name are not such a predicate.
    /// </summary>
    private static int? ServingAs(ArticleContext ctx, int n, int b)
    {
        int k = n;
        if (k < b && (ctx.Is(k, "was") || ctx.Is(k, "is") || ctx.Is(k, "had") || ctx.Is(k, "has"))) k++;
        if (k < b && ctx.Is(k, "been")) k++;
        if (!(k + 1 < b && (ctx.Is(k, "serving") || ctx.Is(k, "acting") || ((k == n) && (ctx.Is(k, "served") || ctx.Is(k, "serves"))))
              && ctx.Is(k + 1, "as"))) return null;
        k += 2;
        if (k < b && IsDeterminer(ctx, k)) k++;
        return k < b ? k : null;
    }

    /// <summary>Words that end the name of a post or a body, never a person's name ("Home Office", "Foreign Affairs").</summary>
    private static readonly WordSet PostWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "office", "affairs", "department", "service", "services", "committee", "commission", "council", "party", "union", "bank",
        "agency", "authority", "board", "trust", "court", "police", "force", "forces", "security", "defence", "defense", "health",
        "education", "justice", "treasury", "state", "states", "exchequer", "industry", "trade", "development", "energy", "commerce",
        "environment", "transport", "interior", "labor", "labour", "agriculture", "housing", "finance", "navy", "army", "republic",
        "kingdom", "nations", "assembly", "parliament", "government", "executive", "ireland", "scotland", "wales", "england");

    /// <summary>
    /// The start of the holder's name after a post's capitalised complement that starts at <paramref name="from"/>
    /// ("Europe Keith Vaz", "the Exchequer Gordon Brown", "State for Northern Ireland Peter Hain"): capitalised words and
    /// the connectives "of", "for", "and", "the", ending in at least three capitalised words, the last two of them a
    /// person's name (no source word, no word that ends a post's name). Null when there is no such name.
    /// </summary>
    private static int? TitledNameAfterComplement(ArticleContext ctx, int from, int b)
    {
        int k = from;
        // A second post ("Secretary of State Jane Doerr and Minister for Trade Paul Quenby") ends the run at its title.
        while (k < b && k < from + 10 && ctx.KindOf(k) == TokenKind.Word && !(k > from && ctx.IsSourceCue(k))
               && (ctx.IsCapitalized(k) || ctx.Is(k, "of") || ctx.Is(k, "for") || ctx.Is(k, "and") || ctx.Is(k, "the"))) k++;
        while (k > from && ctx.Is(k - 1, "and")) k--;
        while (k > from && !ctx.IsCapitalized(k - 1)) k--;
        if (k - from < 3 || !ctx.IsCapitalized(k - 3) || !ctx.IsCapitalized(k - 2) || !ctx.IsCapitalized(k - 1)) return null;
        for (int t = k - 2; t < k; t++)
            if (ctx.IsSourceCue(t) || ctx.CountryAt(t) || PostWords.Contains(ctx.TextOf(t))) return null;
        // The name ends the phrase: a following capitalised word or quotation mark means the run was cut, not ended.
        return k < b && ctx.IsQuoteMark(k) ? null : k - 2;
    }

    /// <summary>Abbreviations that end a company's name with a full stop inside a role ("WorldCom Inc. chief").</summary>
    private static readonly WordSet OrgAbbreviations = new WordSet(StringComparer.OrdinalIgnoreCase,
        "inc", "co", "corp", "ltd", "plc", "llc", "bros", "cos");

    /// <summary>The most words a role before a name is read back over ("the former Deputy Foreign Minister of").</summary>
    private const int MaxRoleWords = 8;

    /// <summary>How many characters after a headline are searched for its name (a short story's whole text).</summary>
    private const int MaxNamedAgainSearch = 20_000;

    /// <summary>
    /// True when the last word of the name <c>[from, to)</c> of a title-case headline occurs again after the headline:
    /// "Sheriff Joe Arpaio" is named again in the story, "Council Drops Ward" (a verb and a noun) is not. A run of more
    /// than two capitalised words there is not taken at all ("CNN Calls Out Chris Murphy": a verb between the cue and
    /// the name, so the cue is no role of his).
    /// </summary>
    private static bool NamedAgainLater(ArticleContext ctx, Sentence headline, int from, int to)
    {
        var last = ctx.TextOf(to - 1);
        if (last.Length < 3) return false;
        // The story's opening is where a headline's person is named again; the bound keeps a headline with many cues
        // over an enormous body linear.
        var text = ctx.Doc.Text.AsSpan(headline.Span.End);
        if (text.Length > MaxNamedAgainSearch) text = text[..MaxNamedAgainSearch];
        return text.IndexOf(last, StringComparison.Ordinal) >= 0;
    }

    /// <summary>The most words read back over to find the word before a name and its role ("to the Foreign Minister").</summary>
    private const int MaxPrecedingWords = 16;

    private static readonly WordSet Prepositions = new WordSet(StringComparer.OrdinalIgnoreCase,
        "in", "on", "to", "for", "with", "from", "by", "at", "into", "outside", "inside", "near", "before", "after", "during",
        "behind", "opposite", "beside", "across", "through", "via", "under", "over", "against", "about");

    /// <summary>True when the match is a one-word country or capital from the gazetteer.</summary>
    internal static bool IsCountry(Rules.RuleMatch m) => m.TokenCount == 1 && m.Rule.Id == "gazetteer.country";

    private static readonly WordSet TellVerbs = new WordSet(StringComparer.OrdinalIgnoreCase,
        "told", "tells", "tell", "telling", "informed");

    /// <summary>
    /// Quantifiers that are also anonymous-source words ("some say"): before a name they count its things, not its
    /// holder ("cleared some Bernard Matthews turkey products").
    /// </summary>
    private static readonly WordSet Quantifiers = new WordSet(StringComparer.Ordinal,
        "some", "many", "most", "several", "few", "all", "other", "others");

    /// <summary>
    /// True when the word before the phrase that ends before <paramref name="t"/> is one of <paramref name="words"/>;
    /// the phrase is determiners, and also capitalised words when <paramref name="overNames"/> is set.
    /// </summary>
    private static bool PrecededBy(ArticleContext ctx, int t, int sentenceStart, bool overNames, WordSet words)
    {
        // The walk back covers a name and its role, a few words: bounded, so that a sentence of thousands of capitalised
        // words stays linear.
        int k = t - 1, stop = Math.Max(sentenceStart, t - MaxPrecedingWords);
        while (k >= stop && ((overNames && ctx.IsCapitalized(k)) || IsDeterminer(ctx, k))) k--;
        return k >= stop && words.Contains(ctx.TextOf(k));
    }

    /// <summary>
    /// True when the phrase at <paramref name="roleStart"/> follows "according to (the)": "according to the Chicago Police
    /// Department Smollett orchestrated …" names the source, and the name after it opens the reported clause.
    /// </summary>
    private static bool AfterAccordingTo(ArticleContext ctx, int roleStart, int sentenceStart)
    {
        int k = roleStart - 1;
        if (k >= sentenceStart && IsDeterminer(ctx, k)) k--;
        return k - 1 >= sentenceStart && ctx.Is(k, "to") && ctx.Is(k - 1, "according");
    }

    private static bool IsDeterminer(ArticleContext ctx, int t) =>
        ctx.Is(t, "a") || ctx.Is(t, "an") || ctx.Is(t, "the") || ctx.Is(t, "his") || ctx.Is(t, "her") || ctx.Is(t, "its") || ctx.Is(t, "their");

    private static bool NextIsCue(ArticleContext ctx, int t, int b) => t + 1 < b && ctx.IsSourceCue(t + 1);

    private static bool IsModifier(ArticleContext ctx, int t) =>
        ctx.Is(t, "former") || ctx.Is(t, "senior") || ctx.Is(t, "deputy") || ctx.Is(t, "acting") || ctx.Is(t, "chief");

    /// <summary>The source type of a role (Other when the holder has left it) and whether it was an official role left.</summary>
    private static (SourceType Type, bool FormerOfficial) TypeAt(ArticleContext ctx, int cueStart, int cueEnd, int roleStart)
    {
        // The head is the right-most cue token; the first source signal found on it gives the type.
        SourceType type = SourceType.Other;
        for (int t = cueEnd - 1; t >= cueStart && type == SourceType.Other; t--)
            for (int sig = (int)Rules.Signal.OfficialSource; sig <= (int)Rules.Signal.AnonymousSource; sig++)
                if ((ctx.Signals[t] & (1 << sig)) != 0) { type = ArticleContext.TypeOf((Rules.Signal)sig); break; }
        // "former UK ambassador to Syria Peter Ford": look back over the whole noun phrase for "former".
        int from = cueEnd - 1;
        // An abbreviation's full stop ("former WorldCom Inc. chief Bernard Ebbers") does not end the phrase.
        while (from > Math.Max(0, roleStart - 8) && !ctx.IsPunct(from - 1, ',') && !ctx.IsQuoteMark(from - 1)
               && !(ctx.IsPunct(from - 1, '.') && !(from >= 2 && OrgAbbreviations.Contains(ctx.TextOf(from - 2))))) from--;
        // An official cue that modifies another noun ("former White House intern") was not the role.
        int after = cueEnd;
        while (after < ctx.Doc.TokenCount && ctx.IsSourceCue(after)) after++;
        bool heads = after >= ctx.Doc.TokenCount || ctx.IsCapitalized(after) || ctx.KindOf(after) != TokenKind.Word;
        return RoleWords.NoLongerInRole(ctx, from, cueEnd) ? (SourceType.Other, type == SourceType.Official && heads) : (type, false);
    }
}
