using Framing.Text;

namespace Framing.Rules;

/// <summary>
/// Parses the phrase syntax of rule files into alternatives: sequences of token keys and bounded gaps.
/// <list type="bullet">
/// <item><c>according to</c>: consecutive tokens, case-insensitive.</item>
/// <item><c>say~</c>: the word and its inflections (says, said, saying).</item>
/// <item><c>appear(s|ed)</c>: alternatives inside a word; <c>(|s)</c> makes a suffix optional.</item>
/// <item><c>independently?</c>: an optional token.</item>
/// <item><c>conspir*</c>: any word that starts with the prefix (at least four letters).</item>
/// <item><c>...</c> or <c>...N</c>: a gap of up to 4 (or N, at most 12) tokens.</item>
/// <item><c>#num</c>: any number token ("on #num May").</item>
/// </list>
/// </summary>
internal static class PhrasePattern
{
    public const int DefaultGap = 4;
    public const int MaxGap = 12;
    public const int MaxAlternatives = 1024;

    /// <summary>Keys that start with this mark stand for a prefix: <c>conspir*</c> matches conspiracy, conspirators.</summary>
    public const char PrefixMarker = '\u0001';

    /// <summary>The phrase word that matches any number token ("#num May", "a #num-0 whitewash" is not supported: whole tokens only).</summary>
    public const string NumberKey = "#num";

    /// <summary>One element: a token key, or a gap (Key null, Gap = max tokens skipped).</summary>
    public readonly record struct Element(string? Key, int Gap);

    /// <summary>Expands <paramref name="phrase"/>; returns an error message instead when it is invalid.</summary>
    public static List<Element[]> Parse(string phrase, out string? error)
    {
        error = null;
        var items = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var result = new List<List<Element>> { new() };
        if (items.Length == 0) { error = "empty phrase: write at least one word"; return []; }
        foreach (var raw in items)
        {
            List<List<Element>> variants;
            if (raw.StartsWith("...", StringComparison.Ordinal))
            {
                int gap = DefaultGap;
                if (raw.Length > 3 && (!int.TryParse(raw.AsSpan(3), out gap) || gap < 1 || gap > MaxGap))
                {
                    error = $"bad gap '{raw}': write '...' or '...N' with N from 1 to {MaxGap}";
                    return [];
                }
                variants = [[new Element(null, gap)]];
            }
            else
            {
                var item = raw;
                bool optional = item.Length > 1 && item.EndsWith('?');
                if (optional) item = item[..^1];
                bool inflect = item.Length > 1 && item.EndsWith('~');
                if (inflect) item = item[..^1];
                bool prefix = !inflect && item.Length > 1 && item.EndsWith('*');
                if (prefix)
                {
                    item = item[..^1];
                    if (item.Length < 4 || !item.All(char.IsLetter))
                    {
                        error = $"prefix '{raw}' must be at least four letters before '*' (e.g. conspir*)";
                        return [];
                    }
                }
                var words = ExpandGroups(item, out error);
                if (error is not null) return [];
                // "~" may also mark one alternative of a group: "(hoping|hope~|hoped)".
                if (!prefix && words.Any(w => w.Length > 1 && (w.EndsWith('*') || w.EndsWith('?'))))
                {
                    error = $"'{raw}': '*' and '?' apply to a whole word, not to one alternative of a group: write the alternatives as separate phrases";
                    return [];
                }
                words = words.SelectMany(w => inflect ? Inflector.Expand(w.TrimEnd('~'))
                    : w.Length > 1 && w.EndsWith('~') ? Inflector.Expand(w[..^1]) : [w]).Distinct(StringComparer.Ordinal).ToList();
                variants = [];
                foreach (var w in words)
                {
                    var keys = prefix ? [PrefixMarker + KeyNormalizer.Normalize(w)] : w == NumberKey ? [NumberKey] : TokenKeys(w);
                    variants.Add(keys.Select(k => new Element(k, 0)).ToList());
                }
                if (optional) variants.Add([]);
            }
            var next = new List<List<Element>>();
            foreach (var prefix in result)
                foreach (var v in variants)
                {
                    var combined = new List<Element>(prefix);
                    combined.AddRange(v);
                    next.Add(combined);
                    if (next.Count > MaxAlternatives)
                    {
                        error = $"phrase '{phrase}' expands to more than {MaxAlternatives} forms: split it into several phrases";
                        return [];
                    }
                }
            result = next;
        }
        var final = new List<Element[]>();
        foreach (var alt in result)
        {
            // Merge consecutive gaps, reject leading/trailing gaps and all-gap alternatives.
            var merged = new List<Element>();
            foreach (var e in alt)
            {
                if (e.Key is null && merged.Count > 0 && merged[^1].Key is null)
                    merged[^1] = new Element(null, Math.Min(MaxGap, merged[^1].Gap + e.Gap));
                else merged.Add(e);
            }
            if (merged.Count == 0) { error = $"phrase '{phrase}' can match nothing: every word in it is optional"; return []; }
            if (merged.Count(e => e.Key is null) > 3)
            {
                error = $"phrase '{phrase}' has more than three gaps: split it into several phrases";
                return [];
            }
            if (merged[0].Key is null || merged[^1].Key is null)
            {
                error = $"phrase '{phrase}' starts or ends with a gap: a gap must stand between two words";
                return [];
            }
            final.Add(merged.ToArray());
        }
        return final;
    }

    /// <summary>Keys of the tokens the article tokenizer makes of <paramref name="word"/>.</summary>
    public static List<string> TokenKeys(string word)
    {
        using var tokens = new PooledBuffer<Token>(8);
        Tokenizer.Tokenize(word, new TextSpan(0, word.Length), tokens);
        return tokens.ToArray().Select(t => KeyNormalizer.Normalize(word.Substring(t.Span.Start, t.Span.Length))).ToList();
    }

    /// <summary>Expands <c>(a|b)</c> groups inside a word.</summary>
    private static List<string> ExpandGroups(string item, out string? error)
    {
        error = null;
        var results = new List<string> { "" };
        int i = 0;
        while (i < item.Length)
        {
            char c = item[i];
            if (c == '(')
            {
                int close = item.IndexOf(')', i + 1);
                if (close < 0) { error = $"unclosed '(' in '{item}': write groups as (a|b)"; return []; }
                var options = item.Substring(i + 1, close - i - 1).Split('|');
                if (options.Any(o => o.Contains('('))) { error = $"nested group in '{item}': groups cannot nest"; return []; }
                results = results.SelectMany(r => options.Select(o => r + o)).ToList();
                i = close + 1;
            }
            else if (c == ')' || c == '|') { error = $"stray '{c}' in '{item}': write groups as (a|b)"; return []; }
            else
            {
                for (int r = 0; r < results.Count; r++) results[r] += c;
                i++;
            }
            if (results.Count > MaxAlternatives) { error = $"'{item}' has too many forms"; return []; }
        }
        results = results.Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (results.Count == 0) error = $"'{item}' has no letters to match";
        return results;
    }
}
