using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Rules.Yaml;

/// <summary>
/// Reads one rule file with YamlDotNet's representation model (every node keeps its line and column),
/// accepts no type tags, bounds size, nesting and node count, and validates every key and value.
/// Collects all problems rather than stopping at the first.
/// </summary>
internal static class RuleFileParser
{
    public const int MaxFileBytes = 4 * 1024 * 1024;
    private const int MaxNodes = 200_000;
    private const int MaxNesting = 64;

    private static readonly string[] TopKeys = ["source", "description", "rules"];
    private static readonly string[] RuleKeys = ["id", "signals", "weight", "phrases", "regex", "regex_requires", "except", "when", "examples", "note"];
    private static readonly string[] WhenKeys = ["quote", "negated", "near", "not_near"];
    private static readonly string[] NearKeys = ["kind", "within"];
    private static readonly string[] ExampleKeys = ["match", "no_match"];

    /// <summary>Decodes bytes as strict UTF-8 (BOM allowed); reports where decoding fails.</summary>
    public static string? Decode(string file, byte[] bytes, List<Diagnostic> diagnostics)
    {
        if (bytes.Length > MaxFileBytes)
        {
            diagnostics.Add(new Diagnostic(file, 0, 0, "FR0001", $"file is {bytes.Length:N0} bytes; rule files may be at most {MaxFileBytes:N0}: split it"));
            return null;
        }
        try
        {
            var enc = new UTF8Encoding(false, throwOnInvalidBytes: true);
            int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return enc.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index >= 0 ? e.Index : 0;
            int line = 1;
            for (int i = 0; i < Math.Min(at, bytes.Length); i++) if (bytes[i] == (byte)'\n') line++;
            diagnostics.Add(new Diagnostic(file, line, 1, "FR0001", "file is not valid UTF-8: save it as UTF-8"));
            return null;
        }
    }

    /// <summary>The start of the last YAML event read before the reader fails (1-based line and column).</summary>
    private static (int Line, int Column) LastReadPosition(string content)
    {
        var parser = new Parser(new StringReader(content));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
                if (parser.Current is { } ev) last = ev.Start;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
        }
        return (Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column));
    }

    public static List<Rule> Parse(string file, string content, List<Diagnostic> diagnostics)
    {
        var rules = new List<Rule>();
        if (content.IndexOf('\0') >= 0)
        {
            diagnostics.Add(new Diagnostic(file, 0, 0, "FR0001", "file contains NUL characters: it is binary, not a YAML rule file"));
            return rules;
        }
        if (TooDeep(content, out int deepLine))
        {
            diagnostics.Add(new Diagnostic(file, deepLine, 1, "FR0102", $"nesting deeper than {MaxNesting} levels: rule files are at most a few levels deep"));
            return rules;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            diagnostics.Add(new Diagnostic(file, (int)e.Start.Line, (int)e.Start.Column, "FR0101", "YAML syntax error: " + Clean(e.Message)));
            return rules;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's reader fails this way, without a position, on some malformed files (found by fuzzing): an
            // unclosed '[' followed by a 'key:' line is the common one. Report where the reader last got to.
            var (line, column) = LastReadPosition(content);
            diagnostics.Add(new Diagnostic(file, line, column, "FR0101",
                "YAML syntax error: the file cannot be read past this point; look here for an unclosed '[' or '{' or an unmatched quote"));
            return rules;
        }
        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(new Diagnostic(file, 1, 1, "FR0105", "file is empty: it needs a 'rules:' list"));
            return rules;
        }
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(new Diagnostic(file, (int)stream.Documents[1].RootNode.Start.Line, 1, "FR0101", "more than one YAML document ('---'): keep one per file"));
        }
        int nodes = 0;
        var root = stream.Documents[0].RootNode;
        if (!CheckNodes(file, root, ref nodes, diagnostics)) return rules;
        if (root is not YamlMappingNode top)
        {
            diagnostics.Add(Error(file, root, "FR0104", "the file must be a mapping with a 'rules:' key"));
            return rules;
        }
        CheckKeys(file, top, TopKeys, "file", diagnostics);
        var rulesNode = Get(top, "rules");
        if (rulesNode is null)
        {
            diagnostics.Add(Error(file, top, "FR0105", "missing 'rules:' list"));
            return rules;
        }
        if (rulesNode is not YamlSequenceNode list)
        {
            diagnostics.Add(Error(file, rulesNode, "FR0104", "'rules' must be a list of rules (each item starting with '- id:')"));
            return rules;
        }
        foreach (var item in list)
        {
            var rule = ParseRule(file, item, diagnostics);
            if (rule is not null) rules.Add(rule);
        }
        return rules;
    }

    /// <summary>Lower-case letters and digits, then also '.', '_' or '-' (checked without a regex: it runs at every load).</summary>
    private static bool IsValidId(string id)
    {
        if (id.Length == 0 || !(char.IsAsciiLetterLower(id[0]) || char.IsAsciiDigit(id[0]))) return false;
        foreach (char c in id)
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-')) return false;
        return true;
    }

    private static Rule? ParseRule(string file, YamlNode node, List<Diagnostic> d)
    {
        if (node is not YamlMappingNode map)
        {
            d.Add(Error(file, node, "FR0104", "each rule must be a mapping with id, signals and phrases"));
            return null;
        }
        int before = d.Count;
        CheckKeys(file, map, RuleKeys, "rule", d);
        var id = Scalar(file, map, "id", d, required: true);
        if (id is not null && !IsValidId(id))
            d.Add(Error(file, Get(map, "id")!, "FR0104", $"id '{id}' must be lower-case letters, digits, '.', '_' or '-'"));
        var signalText = Scalar(file, map, "signals", d, required: true);
        Signal signal = default;
        if (signalText is not null && !SignalNames.TryParse(signalText, out signal))
            d.Add(Error(file, Get(map, "signals")!, "FR0106", $"unknown signal '{signalText}' (expected one of: {string.Join(", ", SignalNames.All)})"));

        double weight = 0.8;
        var weightText = Scalar(file, map, "weight", d, required: false);
        if (weightText is not null && (!double.TryParse(weightText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out weight) || weight <= 0 || weight > 1))
            d.Add(Error(file, Get(map, "weight")!, "FR0110", $"weight '{weightText}' must be a number greater than 0 and at most 1"));

        var phrases = StringList(file, map, "phrases", d);
        foreach (var (text, n) in phrases)
        {
            PhrasePattern.Parse(text, out var err);
            if (err is not null) d.Add(Error(file, n, "FR0108", err));
        }
        var exceptions = StringList(file, map, "except", d);
        foreach (var (text, n) in exceptions)
        {
            PhrasePattern.Parse(text, out var err);
            if (err is not null) d.Add(Error(file, n, "FR0108", err));
        }
        var regexes = new List<Regex>();
        foreach (var (text, n) in StringList(file, map, "regex", d))
        {
            try
            {
                regexes.Add(RuleRegex.Create(text));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                d.Add(Error(file, n, "FR0109", $"regex '{text}' is invalid or uses a construct that needs backtracking (backreferences, lookarounds, atomic groups): {Clean(e.Message)}"));
            }
        }
        var requires = StringList(file, map, "regex_requires", d);
        foreach (var (text, n) in requires)
            if (text.Length == 0 || text.Any(c => char.IsWhiteSpace(c)) || text.Length > KeyNormalizer.MaxKeyLength)
                d.Add(Error(file, n, "FR0112", $"regex_requires: '{text}' must be one word (the regex runs only on sentences containing one of these words)"));
        if (requires.Count > 0 && regexes.Count == 0 && !d.Skip(before).Any(x => x.Code == "FR0109"))
            d.Add(Error(file, Get(map, "regex_requires")!, "FR0112", "regex_requires is only meaningful with a 'regex:' list"));
        if (phrases.Count == 0 && regexes.Count == 0 && !d.Skip(before).Any(x => x.Code == "FR0109"))
            d.Add(Error(file, map, "FR0108", "rule has no patterns: add a non-empty 'phrases:' (or 'regex:') list"));

        var quote = QuoteCondition.Any;
        bool? negated = null;
        var near = new List<NearCondition>();
        if (Get(map, "when") is { } whenNode)
        {
            if (whenNode is not YamlMappingNode when) d.Add(Error(file, whenNode, "FR0104", "'when' must be a mapping (quote, negated, near, not_near)"));
            else
            {
                CheckKeys(file, when, WhenKeys, "when", d);
                var q = Scalar(file, when, "quote", d, required: false);
                if (q is not null)
                {
                    if (q == "inside") quote = QuoteCondition.Inside;
                    else if (q == "outside") quote = QuoteCondition.Outside;
                    else if (q != "any") d.Add(Error(file, Get(when, "quote")!, "FR0111", $"quote: '{q}' must be inside, outside or any"));
                }
                var neg = Scalar(file, when, "negated", d, required: false);
                if (neg is not null)
                {
                    if (neg is "true" or "yes") negated = true;
                    else if (neg is "false" or "no") negated = false;
                    else d.Add(Error(file, Get(when, "negated")!, "FR0111", $"negated: '{neg}' must be true or false"));
                }
                ParseNear(file, when, "near", true, near, d);
                ParseNear(file, when, "not_near", false, near, d);
            }
        }

        var examples = new List<RuleExample>();
        if (Get(map, "examples") is { } exNode)
        {
            if (exNode is not YamlMappingNode ex) d.Add(Error(file, exNode, "FR0104", "'examples' must be a mapping with 'match' and 'no_match' lists"));
            else
            {
                CheckKeys(file, ex, ExampleKeys, "examples", d);
                foreach (var (text, n) in StringList(file, ex, "match", d)) examples.Add(new RuleExample(text, true, (int)n.Start.Line));
                foreach (var (text, n) in StringList(file, ex, "no_match", d)) examples.Add(new RuleExample(text, false, (int)n.Start.Line));
            }
        }
        if (d.Count > before || id is null) return null;
        return new Rule
        {
            Id = id, Signal = signal, Weight = weight, File = file, Line = (int)Get(map, "id")!.Start.Line,
            Phrases = phrases.Select(p => p.Text).ToArray(), Exceptions = exceptions.Select(p => p.Text).ToArray(),
            Regexes = regexes, RegexPatterns = regexes.Select(x => x.ToString()).ToArray(), RegexRequires = requires.Select(r => KeyNormalizer.Normalize(r.Text)).ToArray(), Quote = quote, Negated = negated, Near = near, Examples = examples,
        };
    }

    private static void ParseNear(string file, YamlMappingNode when, string key, bool present, List<NearCondition> output, List<Diagnostic> d)
    {
        if (Get(when, key) is not { } node) return;
        if (node is not YamlSequenceNode seq) { d.Add(Error(file, node, "FR0104", $"'{key}' must be a list of {{kind, within}}")); return; }
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode m) { d.Add(Error(file, item, "FR0104", $"each '{key}' item must be a mapping {{kind: ..., within: N}}")); continue; }
            CheckKeys(file, m, NearKeys, key, d);
            var kind = Scalar(file, m, "kind", d, required: true);
            var within = Scalar(file, m, "within", d, required: false) ?? "8";
            if (kind is null) continue;
            if (!SignalNames.TryParse(kind, out var s)) { d.Add(Error(file, Get(m, "kind")!, "FR0106", $"unknown kind '{kind}' (expected one of: {string.Join(", ", SignalNames.All)})")); continue; }
            if (!int.TryParse(within, out int w) || w < 1 || w > 60) { d.Add(Error(file, Get(m, "within") ?? m, "FR0111", $"within: '{within}' must be a whole number of tokens from 1 to 60")); continue; }
            output.Add(new NearCondition(s, w, present));
        }
    }

    private static bool CheckNodes(string file, YamlNode node, ref int count, List<Diagnostic> d)
    {
        if (++count > MaxNodes)
        {
            d.Add(Error(file, node, "FR0102", $"more than {MaxNodes:N0} YAML nodes (aliases expanded): rule files must not use alias bombs"));
            return false;
        }
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            d.Add(Error(file, node, "FR0102", $"type tag '{node.Tag}' is not allowed: rule files hold plain strings, numbers, lists and mappings"));
            return false;
        }
        switch (node)
        {
            case YamlMappingNode m:
                foreach (var kv in m.Children)
                    if (!CheckNodes(file, kv.Key, ref count, d) || !CheckNodes(file, kv.Value, ref count, d)) return false;
                break;
            case YamlSequenceNode s:
                foreach (var c in s.Children)
                    if (!CheckNodes(file, c, ref count, d)) return false;
                break;
        }
        return true;
    }

    /// <summary>Rejects flow or block nesting deeper than <see cref="MaxNesting"/> before the recursive parser sees it.</summary>
    private static bool TooDeep(string content, out int line)
    {
        line = 1;
        int depth = 0;
        bool inSingle = false, inDouble = false;
        int lineStart = 0;
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (c == '\n')
            {
                line++; lineStart = i + 1; inSingle = inDouble = false;
                // Block nesting: indentation and "- - -" prefixes.
                int j = i + 1, indentDepth = 0;
                while (j < content.Length && (content[j] == ' ' || content[j] == '-' || content[j] == '\t'))
                {
                    if (content[j] == '-' && j + 1 < content.Length && content[j + 1] == ' ') indentDepth++;
                    j++;
                }
                if (j - (i + 1) > 4 * MaxNesting || indentDepth > MaxNesting) return true;
                continue;
            }
            if (c == '#' && !inSingle && !inDouble && (i == lineStart || content[i - 1] == ' '))
            {
                while (i + 1 < content.Length && content[i + 1] != '\n') i++;
                continue;
            }
            if (c == '\'' && !inDouble) inSingle = !inSingle;
            else if (c == '"' && !inSingle && (i == 0 || content[i - 1] != '\\')) inDouble = !inDouble;
            else if (!inSingle && !inDouble)
            {
                if (c is '[' or '{') { if (++depth > MaxNesting) return true; }
                else if (c is ']' or '}') depth = Math.Max(0, depth - 1);
            }
        }
        return false;
    }

    private static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var kv in map.Children)
            if (kv.Key is YamlScalarNode k && k.Value == key) return kv.Value;
        return null;
    }

    private static void CheckKeys(string file, YamlMappingNode map, string[] allowed, string what, List<Diagnostic> d)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kv in map.Children)
        {
            if (kv.Key is not YamlScalarNode k || k.Value is null)
            {
                d.Add(Error(file, kv.Key, "FR0104", $"keys of a {what} must be plain words"));
                continue;
            }
            if (!allowed.Contains(k.Value))
                d.Add(Error(file, k, "FR0103", $"unknown key '{k.Value}' in {what} (expected: {string.Join(", ", allowed)})"));
            else if (!seen.Add(k.Value))
                d.Add(Error(file, k, "FR0103", $"key '{k.Value}' appears twice in one {what}"));
        }
    }

    private static string? Scalar(string file, YamlMappingNode map, string key, List<Diagnostic> d, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required) d.Add(Error(file, map, "FR0105", $"missing required key '{key}'"));
            return null;
        }
        if (node is not YamlScalarNode s || string.IsNullOrWhiteSpace(s.Value))
        {
            d.Add(Error(file, node, "FR0104", $"'{key}' must be a single non-empty value"));
            return null;
        }
        return s.Value.Trim();
    }

    private static List<(string Text, YamlNode Node)> StringList(string file, YamlMappingNode map, string key, List<Diagnostic> d)
    {
        var result = new List<(string, YamlNode)>();
        var node = Get(map, key);
        if (node is null) return result;
        if (node is not YamlSequenceNode seq)
        {
            d.Add(Error(file, node, "FR0104", $"'{key}' must be a list (items starting with '- ')"));
            return result;
        }
        foreach (var item in seq)
        {
            if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) result.Add((s.Value.Trim(), item));
            else d.Add(Error(file, item, "FR0108", $"each item of '{key}' must be a non-empty string"));
        }
        if (seq.Children.Count == 0) d.Add(Error(file, node, "FR0108", $"'{key}' is an empty list: add items or remove the key"));
        return result;
    }

    private static Diagnostic Error(string file, YamlNode node, string code, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, code, message);

    private static string Clean(string message)
    {
        int i = message.IndexOf("): ", StringComparison.Ordinal);
        return (i > 0 && message.StartsWith('(') ? message[(i + 3)..] : message).ReplaceLineEndings(" ");
    }
}
