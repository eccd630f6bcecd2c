
namespace Framing.Text;

/// <summary>Abbreviation tables the sentence splitter consults before ending a sentence at a full stop.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and forms always followed by more of the sentence (Mr., Maj. Gen., St.).</summary>
    public static readonly WordSet Titles = new WordSet(StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "maj", "lt", "col", "capt", "cpt", "cmdr", "cdr",
        "sgt", "cpl", "pvt", "adm", "brig", "lieut", "gov", "sen", "sens", "rep", "reps", "rev", "hon", "fr", "st", "ste", "mt",
        "pres", "supt", "insp", "det", "atty", "amb", "sr", "vs", "v", "cf", "approx", "dept", "est", "ft", "univ", "assn");

    /// <summary>Forms that do not end a sentence when a number follows (Dec. 8, No. 10, p. 4).</summary>
    public static readonly WordSet BeforeNumbers = new WordSet(StringComparer.OrdinalIgnoreCase,
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "p", "pp", "fig", "art", "vol", "ch", "sec", "para", "op", "ed");

    /// <summary>Forms that may end a sentence (Inc., U.S., a.m.): the sentence ends only before a usual sentence opener.</summary>
    public static readonly WordSet Ambiguous = new WordSet(StringComparer.OrdinalIgnoreCase,
        "inc", "corp", "ltd", "co", "plc", "bros", "etc", "jr", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "e.g", "i.e",
        "d.c", "l.a", "n.y", "al", "llc", "llp", "esq", "ph.d");

    /// <summary>
    /// US state abbreviations in AP style (the Associated Press Stylebook's list, a published fact), as datelines and
    /// addresses use them ("GREELEY, Colo. (AP) —", "a trucker from Macon, Ga., said"): ambiguous like <see cref="Ambiguous"/>,
    /// but only capitalised and after a place name and a comma, so that "ill." or "at Mass." ending a sentence still ends it.
    /// </summary>
    public static readonly WordSet States = new WordSet(StringComparer.Ordinal,
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo");

    /// <summary>Words that usually open a sentence; after an ambiguous abbreviation they signal a new sentence.</summary>
    public static readonly WordSet SentenceOpeners = new WordSet(StringComparer.Ordinal,
        "The", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "A", "An", "This", "That", "These",
        "Those", "There", "His", "Her", "Their", "Its", "Our", "On", "At", "As", "After", "Before", "When", "While",
        "If", "So", "Yet", "Meanwhile", "However", "Mr", "Ms", "Mrs", "Dr", "Officials", "Police", "One", "Some");

    /// <summary>Verbs that, right after a closing quote, show the quote is still the same sentence ("Why?" she asked).</summary>
    public static readonly WordSet SpeechAfterQuote = new WordSet(StringComparer.OrdinalIgnoreCase,
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "shouted", "yelled",
        "screamed", "cried", "replied", "insisted", "declared", "exclaimed", "demanded", "wondered", "tweeted",
        "posted", "noted", "warned", "continued", "recalled", "explained", "concluded", "admitted", "claimed",
        "answered", "responded", "joked", "quipped", "pleaded", "whispered", "remarked", "argued", "concurs", "agreed");
}
