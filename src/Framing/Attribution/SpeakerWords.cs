using Framing.Text;

namespace Framing.Attribution;

/// <summary>
/// Word lists that more than one part of the speaker stage reads (<see cref="SpeakerResolver"/>,
/// <see cref="SpeakerPhraseFinder"/>, <see cref="SpeakerClassifier"/>): closed-class words (prepositions, pronouns,
/// modals, auxiliaries) and the organisation words that make a name a body's. They decide the shape of a phrase, not a
/// tag; the cue lexicons that decide tags and source types are rules (<c>rules/*.yaml</c>).
/// </summary>
internal static class SpeakerWords
{
    internal static readonly WordSet NpWords = new WordSet(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "of", "for", "at", "from", "within", "inside", "and", "its", "his", "her", "their", "our", "senior", "former",
        "local", "top", "chief", "deputy", "acting", "junior", "young", "elderly", "independent", "two", "three",
        "four", "five", "six", "several", "many", "some", "one", "other", "another", "both", "most", "few",
        "leading", "prominent", "veteran", "ex", "then", "interim", "new", "retired", "fellow", "british", "american",
        "unnamed", "anonymous", "frightened", "angry", "shaken", "distraught", "local", "regional", "national", "state",
        "federal", "military", "government", "party", "opposition", "ruling", "defence", "defense", "foreign", "interior",
        "health", "police", "army", "club", "company", "firm", "union", "council", "hospital", "school", "village", "town", "city");

    /// <summary>Lower-case words that open a post's name in an appositive: ", vice chairman of Shareholders United,".</summary>
    internal static readonly WordSet RankModifiers = new WordSet(StringComparer.OrdinalIgnoreCase,
        "vice", "deputy", "acting", "assistant", "associate", "interim", "joint", "senior", "chief", "honorary", "founding");

    /// <summary>Auxiliaries that make the noun phrase before them a clause's subject ("said Seifert had made …").</summary>
    internal static readonly WordSet ClauseAuxiliaries = new WordSet(StringComparer.OrdinalIgnoreCase,
        "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "did", "does", "can", "may", "might", "must");

    /// <summary>Prepositions that attach an affiliation or a post-modifier to a speaker's head noun ("a researcher at the ministry").</summary>
    internal static readonly WordSet Prepositions = new WordSet(StringComparer.OrdinalIgnoreCase, "of", "at", "for", "from", "with", "within", "inside");

    /// <summary>Words that open a noun phrase and name nothing by themselves.</summary>
    internal static readonly WordSet PhraseOpeners = new WordSet(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "this", "these", "those", "its", "their", "our", "my", "your");

    /// <summary>Third-person pronouns that refer to one person.</summary>
    internal static readonly WordSet PersonPronouns = new WordSet(StringComparer.OrdinalIgnoreCase, "he", "she", "him", "her");

    /// <summary>First-person subject pronouns: the speaker is the one quoted, never a phrase to name.</summary>
    internal static readonly WordSet FirstPerson = new WordSet(StringComparer.OrdinalIgnoreCase, "i", "we");

    /// <summary>Words that cannot open a speaker's noun phrase: conjunctions and gerunds ("If", "Having said that")
    /// and indefinite pronouns ("Someone should ask"), which name nobody.</summary>
    internal static readonly WordSet NotSpeakerOpeners = new WordSet(StringComparer.OrdinalIgnoreCase,
        "if", "having", "asked", "as", "although", "though", "unless", "whether", "because", "while", "whereas", "someone", "somebody",
        "anyone", "anybody", "nobody", "no-one", "everyone", "everybody", "whoever", "nothing", "something", "everything");

    /// <summary>Courtesy titles before a surname ("Mr. Khan", "Mrs Hale", "Dr Amadi").</summary>
    internal static readonly WordSet Honorifics = new WordSet(StringComparer.OrdinalIgnoreCase, "mr", "mrs", "ms", "miss", "dr");

    /// <summary>
    /// Things that carry a message but speak for nobody: "many wearing T-shirts protesting against redundancies", "placards
    /// saying 'No to the cuts'". A phrase headed by one is never a speaker (nor a later "she"'s antecedent).
    /// </summary>
    internal static readonly WordSet MessageCarriers = new WordSet(StringComparer.OrdinalIgnoreCase,
        "t-shirt", "t-shirts", "tshirts", "shirts", "banner", "banners", "placard", "placards", "poster", "posters", "slogan",
        "slogans", "badge", "badges", "sticker", "stickers", "billboard", "billboards", "flag", "flags", "leaflet", "leaflets",
        "flyer", "flyers", "graffiti", "hoardings", "sign", "signs");

    /// <summary>
    /// Adjectives of nationality, region, religion and ethnicity, which open a group's description, never a person's
    /// name: "Danish Muslim community leaders", "Iraqi Kurdish officials" (a later "he" is not "Danish Muslim"). Facts: the
    /// adjectives of nationality of countries named in ISO 3166-1 (as in rules/gazetteer.yaml) and of major religions and
    /// peoples. "Christian" is left out: it is also a given name.
    /// </summary>
    internal static readonly WordSet Demonyms = new WordSet(StringComparer.OrdinalIgnoreCase,
        "afghan", "albanian", "algerian", "american", "angolan", "argentine", "argentinian", "armenian", "australian", "austrian",
        "azerbaijani", "bahraini", "bangladeshi", "belarusian", "belgian", "bolivian", "bosnian", "brazilian", "british", "bulgarian",
        "burmese", "cambodian", "cameroonian", "canadian", "chilean", "chinese", "colombian", "congolese", "croatian", "cuban",
        "cypriot", "czech", "danish", "dutch", "ecuadorian", "egyptian", "english", "eritrean", "estonian", "ethiopian", "european",
        "filipino", "finnish", "french", "georgian", "german", "ghanaian", "greek", "guatemalan", "haitian", "honduran", "hungarian",
        "icelandic", "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kazakh",
        "kenyan", "kosovan", "kuwaiti", "kyrgyz", "laotian", "latvian", "lebanese", "libyan", "lithuanian", "malaysian", "malian",
        "maltese", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican", "nepalese", "nepali", "nicaraguan",
        "nigerian", "nigerien", "norwegian", "omani", "pakistani", "palestinian", "panamanian", "paraguayan", "peruvian", "polish",
        "portuguese", "qatari", "romanian", "russian", "rwandan", "saudi", "scottish", "senegalese", "serbian", "singaporean",
        "slovak", "slovenian", "somali", "spanish", "sudanese", "swedish", "swiss", "syrian", "taiwanese", "tajik",
        "tanzanian", "thai", "tunisian", "turkish", "turkmen", "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan",
        "vietnamese", "welsh", "yemeni", "zambian", "zimbabwean", "african", "asian", "arab", "kurdish", "muslim", "jewish",
        "hindu", "sikh", "buddhist", "catholic", "protestant", "orthodox", "islamic", "shia", "shiite", "sunni", "pashtun", "tamil",
        "sinhalese", "latino", "hispanic");

    /// <summary>Words that cannot head a clause's subject or modify a post: demonstratives, question words, conjunctions.</summary>
    internal static readonly WordSet NotSubjects = new WordSet(StringComparer.OrdinalIgnoreCase,
        "this", "that", "these", "those", "it", "there", "please", "here", "what", "why", "how", "when", "if", "so", "but", "and",
        "according");

    /// <summary>Prepositions that place a speaker or a body ("Prosecutors in Focșani", "Workers at a distribution centre").</summary>
    internal static readonly WordSet PlacePrepositions = new WordSet(StringComparer.OrdinalIgnoreCase,
        "at", "of", "in", "on", "near", "outside", "inside", "from", "along", "across", "around", "behind", "by", "for");

    /// <summary>Last words of an organisation's name ("Orrin Bank", "Hestia Housewares", "Tillpoint Ltd"): the name is a body's, not a person's.</summary>
    internal static readonly WordSet OrgSuffixes = new WordSet(StringComparer.OrdinalIgnoreCase,
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
    internal static readonly WordSet InstitutionHeads = new WordSet(StringComparer.OrdinalIgnoreCase,
        "association", "board", "office", "exchange", "committee", "trust", "foundation", "institute", "federation", "league",
        "university", "college", "school", "hospital", "church", "commission", "authority", "agency", "airline", "airport",
        "festival", "charity", "society", "organisation", "organization", "council", "regulator", "watchdog", "insurer");

    /// <summary>
    /// Plural nouns for groups that speak as one, lower case after a name or an article: "Houthi rebels said", "The
    /// protesters said", "Local militias said" (blind real news of the thirty-fifth session). The type comes from the
    /// rest of the phrase ("Houthi" names an armed movement that speaks for itself); the noun alone is no official source.
    /// </summary>
    internal static readonly WordSet GroupHeads = new WordSet(StringComparer.OrdinalIgnoreCase,
        "rebels", "insurgents", "militants", "separatists", "guerrillas", "militias", "militiamen", "paramilitaries",
        "protesters", "protestors", "demonstrators", "strikers", "activists", "campaigners");

    /// <summary>Modal verbs: never part of a speaker's name (a title-case headline's "States Could Ask").</summary>
    internal static readonly WordSet Modals = new WordSet(StringComparer.OrdinalIgnoreCase,
        "could", "would", "should", "may", "might", "must", "can", "will", "shall");

    /// <summary>Possessive determiners: a phrase of nothing else owns nothing and names nobody ("Their only answer is …").</summary>
    internal static readonly WordSet Possessives = new WordSet(StringComparer.OrdinalIgnoreCase,
        "their", "his", "her", "its", "our", "my", "your", "whose");

    /// <summary>Pronouns that refer to an organisation or a group ("it" only to organisations, "they" to groups).</summary>
    internal static readonly WordSet GroupPronouns = new WordSet(StringComparer.OrdinalIgnoreCase, "they", "it", "them");

    /// <summary>Nouns for what a speaker issued ("statement", "letter", "testimony"): "The statement said" speaks for its maker.</summary>
    internal static readonly WordSet StatementNouns = new WordSet(StringComparer.OrdinalIgnoreCase,
        "response", "statement", "text", "reply", "remarks", "letter", "speech", "transcript", "testimony", "submission", "rebuttal");

    /// <summary>
    /// Documents of findings a body makes ("A Home Office review found that …", "An Ofsted inspection concluded …"): the
    /// name before the noun speaks when it is an official source.
    /// </summary>
    internal static readonly WordSet FindingsNouns = new WordSet(StringComparer.OrdinalIgnoreCase,
        "review", "inquiry", "inspection", "survey", "study", "audit", "investigation", "analysis", "assessment", "research",
        "census", "evaluation", "consultation", "probe");

    /// <summary>Words that open an adjunct before a clause's subject ("In a statement, …", "Speaking on crime, …", "Meanwhile, …").</summary>
    internal static readonly WordSet AdjunctOpeners = new WordSet(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "after", "before", "during", "despite", "meanwhile", "however", "earlier", "later", "last",
        "yesterday", "today", "separately", "instead", "indeed", "still", "now", "since", "following", "speaking", "writing",
        "for", "over", "throughout", "amid", "amidst", "under", "within", "until", "having", "asked", "unlike", "ahead");

    /// <summary>Cue words that are nouns as often as verbs ("cleared of perjury charges"): no verb after a relative clause.</summary>
    internal static readonly WordSet NounCues = new WordSet(StringComparer.OrdinalIgnoreCase,
        "charges", "claims", "reports", "allegations", "accusations", "statements", "comments", "remarks", "denials", "warnings");
}
