using System.Collections.Frozen;

namespace Framing.Rules;

/// <summary>
/// Expands a base form into its inflections for <c>word~</c> patterns: say → says, said, saying;
/// accusation → accusations. Over-generation is harmless (a form that is not a word never matches).
/// </summary>
internal static class Inflector
{
    private static readonly FrozenDictionary<string, string[]> Irregular = new Dictionary<string, string[]>
    {
        ["say"] = ["said"], ["tell"] = ["told"], ["think"] = ["thought"], ["see"] = ["saw", "seen"],
        ["hear"] = ["heard"], ["write"] = ["wrote", "written"], ["speak"] = ["spoke", "spoken"],
        ["hold"] = ["held"], ["find"] = ["found"], ["make"] = ["made"], ["know"] = ["knew", "known"],
        ["get"] = ["got", "gotten"], ["give"] = ["gave", "given"], ["take"] = ["took", "taken"],
        ["come"] = ["came"], ["go"] = ["went", "gone"], ["run"] = ["ran"], ["leave"] = ["left"],
        ["feel"] = ["felt"], ["bring"] = ["brought"], ["fall"] = ["fell", "fallen"], ["lead"] = ["led"],
        ["seek"] = ["sought"], ["teach"] = ["taught"], ["catch"] = ["caught"], ["fight"] = ["fought"],
        ["stand"] = ["stood"], ["understand"] = ["understood"], ["mean"] = ["meant"], ["keep"] = ["kept"],
        ["sell"] = ["sold"], ["show"] = ["shown"], ["begin"] = ["began", "begun"], ["break"] = ["broke", "broken"],
        ["choose"] = ["chose", "chosen"], ["drive"] = ["drove", "driven"], ["rise"] = ["rose", "risen"],
        ["shake"] = ["shook", "shaken"], ["steal"] = ["stole", "stolen"], ["swear"] = ["swore", "sworn"],
        ["throw"] = ["threw", "thrown"], ["wake"] = ["woke", "woken"], ["beat"] = ["beaten"], ["hide"] = ["hid", "hidden"],
        ["flee"] = ["fled"], ["shoot"] = ["shot"], ["forecast"] = ["forecast"], ["broadcast"] = ["broadcast"],
        ["put"] = ["put"], ["cut"] = ["cut"], ["let"] = ["let"], ["set"] = ["set"], ["read"] = ["read"],
        ["spread"] = ["spread"], ["hit"] = ["hit"], ["cost"] = ["cost"], ["bet"] = ["bet"], ["buy"] = ["bought"],
        ["mislead"] = ["misled"], ["foresee"] = ["foresaw", "foreseen"], ["overhear"] = ["overheard"],
        ["withhold"] = ["withheld"], ["undertake"] = ["undertook", "undertaken"], ["lie"] = ["lied", "lying", "lay", "lain"],
        ["be"] = ["is", "are", "was", "were", "been", "being", "am"], ["have"] = ["has", "had", "having"],
        ["do"] = ["does", "did", "done", "doing"], ["bear"] = ["bore", "borne"], ["win"] = ["won"],
        ["feed"] = ["fed"], ["send"] = ["sent"], ["spend"] = ["spent"], ["build"] = ["built"], ["lose"] = ["lost"],
        ["meet"] = ["met"], ["pay"] = ["paid"], ["lay"] = ["laid"], ["sleep"] = ["slept"], ["sit"] = ["sat"],
        ["wear"] = ["wore", "worn"], ["tear"] = ["tore", "torn"], ["blow"] = ["blew", "blown"], ["grow"] = ["grew", "grown"],
        ["draw"] = ["drew", "drawn"], ["fly"] = ["flew", "flown"], ["forget"] = ["forgot", "forgotten"],
        ["rewrite"] = ["rewrote", "rewritten"], ["misunderstand"] = ["misunderstood"], ["dig"] = ["dug"],
        ["strike"] = ["struck", "stricken"], ["stick"] = ["stuck"], ["sink"] = ["sank", "sunk"], ["ring"] = ["rang", "rung"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The base form and all generated forms, lower-case, without duplicates.</summary>
    public static IReadOnlyList<string> Expand(string word)
    {
        var w = word.ToLowerInvariant();
        var forms = new List<string> { w };
        if (Irregular.TryGetValue(w, out var irregular)) forms.AddRange(irregular);
        int n = w.Length;
        if (n == 0) return forms;
        char last = w[n - 1];
        // -s / -es / -ies
        if (last == 'y' && n > 1 && !IsVowel(w[n - 2])) forms.Add(w[..^1] + "ies");
        else if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh") || last == 'o') forms.Add(w + "es");
        else forms.Add(w + "s");
        // -ed / -ing
        if (last == 'e') { forms.Add(w + "d"); forms.Add(w[..^1] + "ing"); }
        else if (last == 'y' && n > 1 && !IsVowel(w[n - 2])) { forms.Add(w[..^1] + "ied"); forms.Add(w + "ing"); }
        else
        {
            forms.Add(w + "ed"); forms.Add(w + "ing");
            // stop → stopped, admit → admitted (consonant-vowel-consonant endings).
            if (n >= 3 && !IsVowel(last) && last is not 'w' and not 'x' and not 'y' && IsVowel(w[n - 2]) && !IsVowel(w[n - 3]))
            {
                forms.Add(w + last + "ed"); forms.Add(w + last + "ing");
            }
        }
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }
}
