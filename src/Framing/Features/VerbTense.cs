using System.Collections.Frozen;

namespace Framing.Features;

/// <summary>A word's tense as a finite verb, when its form shows it.</summary>
internal enum Tense { None, Past, Present }

/// <summary>
/// Tells past-tense verb forms ("was", "ran", "switched") from present ones ("is", "'m", "want") by their form alone,
/// for the model's view of a sentence: a witness's account tells the past ("He was already cold."), their opinion the
/// present ("I'm saying I would like an explanation."). Verbs of saying are left out: they mark attribution, not the
/// account. Regular pasts are words ending in "-ed" that are not among common "-ed" nouns and adjectives.
/// </summary>
internal static class VerbTense
{
    private static readonly string[] IrregularPast =
    [
        "was", "were", "had", "did", "saw", "heard", "went", "came", "got", "took", "made", "ran", "fell", "knew", "thought",
        "felt", "left", "found", "gave", "stood", "sat", "kept", "held", "brought", "began", "broke", "threw", "drove", "hit",
        "shot", "lost", "led", "met", "paid", "sent", "spent", "built", "caught", "fought", "bought", "taught", "woke", "rose",
        "shook", "struck", "swept", "hid", "lay", "slept", "stole", "tore", "wore", "flew", "grew", "drew", "dug", "fled",
        "burnt", "blew", "bit", "chose", "froze", "rang", "sang", "sank", "spoke", "swam", "understood", "wasn't", "weren't",
        "didn't", "hadn't", "couldn't", "became", "let", "put", "cut", "shut", "set", "quit"
    ];
    private static readonly string[] PresentForms =
    [
        "am", "is", "are", "'m", "’m", "'re", "’re", "do", "does", "don't", "doesn't", "don’t", "doesn’t", "isn't", "aren't",
        "isn’t", "aren’t", "have", "has", "haven't", "hasn't", "can", "can't", "can’t", "cannot", "will", "won't", "won’t",
        "must", "should", "want", "wants", "think", "thinks", "know", "knows", "feel", "feels", "need", "needs", "hope",
        "hopes", "believe", "believes", "mean", "means", "i'm", "i’m", "we're", "we’re", "they're", "they’re", "you're",
        "you’re", "it's", "it’s", "that's", "that’s", "there's", "there’s", "we've", "we’ve", "i've", "i’ve"
    ];
    private static readonly string[] Saying =
    [
        "said", "told", "added", "claimed", "insisted", "stated", "reported", "asked", "replied", "explained", "recalled",
        "described", "noted", "warned", "argued", "confirmed", "denied", "announced", "wrote", "tweeted", "posted"
    ];
    private static readonly string[] EdNonVerbs =
    [
        "need", "speed", "red", "bed", "hundred", "seed", "feed", "shed", "sled", "bred", "fed", "led", "wed", "deed", "greed",
        "weed", "creed", "breed", "embed", "naked", "wicked", "sacred", "rugged", "ragged", "kindred", "beloved", "aged",
        "learned", "alleged", "supposed", "so-called", "unnamed", "unidentified", "detailed", "limited", "united", "armed",
        "masked", "skilled", "qualified", "advanced", "based", "concerned", "interested", "related", "experienced"
    ];

    // One lookup a word: every listed form with its tense (verbs of saying and "-ed" non-verbs as None).
    // A form in two lists takes the later list's tense: present forms, then verbs of saying, then irregular pasts.
    private static readonly FrozenDictionary<string, Tense> Listed = EdNonVerbs.Select(w => KeyValuePair.Create(w, Tense.None))
        .Concat(IrregularPast.Select(w => KeyValuePair.Create(w, Tense.Past)))
        .Concat(Saying.Select(w => KeyValuePair.Create(w, Tense.None)))
        .Concat(PresentForms.Select(w => KeyValuePair.Create(w, Tense.Present)))
        .GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase).Select(g => g.Last())
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> ListedSpan = Listed.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tense a word's form shows, or <see cref="Tense.None"/>.</summary>
    public static Tense Of(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return Tense.None;
        if (ListedSpan.TryGetValue(word, out var listed)) return listed;
        return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) ? Tense.Past : Tense.None;
    }
}
