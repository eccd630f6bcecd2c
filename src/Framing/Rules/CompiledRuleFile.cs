using System.Text;
using System.Text.RegularExpressions;
using Framing.Internal;

namespace Framing.Rules;

/// <summary>
/// A validated rule set in a compact binary form (<c>*.rules.bin</c>): every rule's fields as loaded from YAML, and
/// the hash of the YAML files it came from. Reading it skips YAML parsing and validation, which dominate a cold
/// start; regexes are built on first use. The embedded defaults ship this way beside their YAML, and are used only
/// while the recorded hash equals the YAML's (otherwise the YAML is read).
/// </summary>
internal static class CompiledRuleFile
{
    private static readonly byte[] Magic = "FRAMRULE"u8.ToArray();
    private const int Version = 1;
    // Layout: magic, version, YAML hash, rules (every field), then the matcher's trie tables (see TrieTables).
    private const int MaxItems = 1_000_000;

    public static void Write(RuleSet set, Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(set.Hash);
        w.Write(set.Rules.Count);
        foreach (var r in set.Rules)
        {
            w.Write(r.Id); w.Write((int)r.Signal); w.Write(r.Weight); w.Write(r.File); w.Write(r.Line);
            Strings(w, r.Phrases); Strings(w, r.Exceptions); Strings(w, r.RegexPatterns); Strings(w, r.RegexRequires);
            w.Write((int)r.Quote);
            w.Write((byte)(r.Negated is null ? 0 : r.Negated.Value ? 1 : 2));
            w.Write(r.Near.Count);
            foreach (var n in r.Near) { w.Write((int)n.Kind); w.Write(n.Within); w.Write(n.Present); }
            w.Write(r.Examples.Count);
            foreach (var e in r.Examples) { w.Write(e.Text); w.Write(e.MustMatch); w.Write(e.Line); }
        }
        var t = set.PrecompiledTrie ?? CompiledRules.BuildTables(set.Rules);
        Strings(w, t.Keys);
        w.Write(t.TransitionKeys.Length);
        for (int i = 0; i < t.TransitionKeys.Length; i++) { w.Write(t.TransitionKeys[i]); w.Write(t.TransitionTargets[i]); }
        w.Write(t.Terminals.Length);
        foreach (var term in t.Terminals) Ints(w, term ?? [], term is null);
        w.Write(t.Alternatives.Length);
        foreach (var a in t.Alternatives) { w.Write(a.Rule); w.Write(a.IsException); Ints(w, a.Tail, false); }
        Ints(w, t.NegationKeys, false);
    }

    private static void Ints(BinaryWriter w, int[] values, bool isNull)
    {
        w.Write(isNull ? -1 : values.Length);
        foreach (int v in values) w.Write(v);
    }

    private static int[]? Ints(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n == -1) return null;
        if (n is < 0 or > MaxItems) throw new InvalidDataException($"count {n} is out of range");
        var values = new int[n];
        for (int i = 0; i < n; i++) values[i] = r.ReadInt32();
        return values;
    }

    /// <summary>Reads the trie tables and checks every index, so a damaged file cannot send the matcher out of bounds.</summary>
    private static TrieTables ReadTrie(BinaryReader r, int ruleCount)
    {
        var keys = Strings(r);
        int transitions = Count(r);
        var tk = new long[transitions]; var tt = new int[transitions];
        for (int i = 0; i < transitions; i++) { tk[i] = r.ReadInt64(); tt[i] = r.ReadInt32(); }
        var terminals = new int[]?[Count(r)];
        for (int i = 0; i < terminals.Length; i++) terminals[i] = Ints(r);
        var alternatives = new TrieAlternative[Count(r)];
        for (int i = 0; i < alternatives.Length; i++) alternatives[i] = new TrieAlternative(r.ReadInt32(), r.ReadBoolean(), Ints(r) ?? throw new InvalidDataException("missing tail"));
        var negation = Ints(r) ?? throw new InvalidDataException("missing negation keys");
        for (int i = 0; i < transitions; i++)
            if ((uint)tt[i] >= (uint)terminals.Length || (uint)(tk[i] >> 32) >= (uint)terminals.Length || (uint)(tk[i] & 0xFFFFFFFF) >= (uint)keys.Length)
                throw new InvalidDataException($"trie transition {i} is out of range");
        foreach (var term in terminals)
            if (term is not null && term.Any(a => (uint)a >= (uint)alternatives.Length)) throw new InvalidDataException("trie terminal is out of range");
        foreach (var a in alternatives)
            if ((uint)a.Rule >= (uint)ruleCount || a.Tail.Any(k => k >= keys.Length)) throw new InvalidDataException("trie alternative is out of range");
        if (negation.Any(k => (uint)k >= (uint)keys.Length)) throw new InvalidDataException("negation key is out of range");
        return new TrieTables(keys, tk, tt, terminals, alternatives, negation);
    }

    /// <summary>Reads a compiled rule set; throws <see cref="InvalidDataException"/> when the bytes are not one.</summary>
    public static (string Hash, List<Rule> Rules, TrieTables Trie) Read(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) throw new InvalidDataException("not a compiled Framing rules file");
        int version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"compiled rules version {version} is not supported (this library reads {Version})");
        string hash = r.ReadString();
        int count = Count(r);
        var rules = new List<Rule>(count);
        for (int i = 0; i < count; i++)
        {
            string id = r.ReadString();
            var signal = (Signal)r.ReadInt32();
            if (!Enum.IsDefined(signal)) throw new InvalidDataException($"rule {id}: unknown signal {(int)signal}");
            double weight = r.ReadDouble();
            string file = r.ReadString();
            int line = r.ReadInt32();
            var phrases = Strings(r); var exceptions = Strings(r); var patterns = Strings(r); var requires = Strings(r);
            var quote = (QuoteCondition)r.ReadInt32();
            byte negated = r.ReadByte();
            var near = new NearCondition[Count(r)];
            for (int k = 0; k < near.Length; k++)
            {
                near[k] = new NearCondition((Signal)r.ReadInt32(), r.ReadInt32(), r.ReadBoolean());
                if (!Enum.IsDefined(near[k].Kind) || near[k].Within is < 1 or > 60) throw new InvalidDataException($"rule {id}: bad near condition");
            }
            if (!Enum.IsDefined(quote) || !double.IsFinite(weight) || weight is <= 0 or > 1) throw new InvalidDataException($"rule {id}: bad quote condition or weight");
            var examples = new RuleExample[Count(r)];
            for (int k = 0; k < examples.Length; k++) examples[k] = new RuleExample(r.ReadString(), r.ReadBoolean(), r.ReadInt32());
            rules.Add(new Rule
            {
                Id = id, Signal = signal, Weight = weight, File = file, Line = line, Phrases = phrases, Exceptions = exceptions,
                RegexPatterns = patterns, Regexes = new LazyRegexList(patterns), RegexRequires = requires, Quote = quote,
                Negated = negated switch { 0 => null, 1 => true, _ => false }, Near = near, Examples = examples,
            });
        }
        var trie = ReadTrie(r, rules.Count);
        if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("trailing bytes after the trie");
        return (hash, rules, trie);
    }

    private static void Strings(BinaryWriter w, IReadOnlyList<string> items)
    {
        w.Write(items.Count);
        foreach (var s in items) w.Write(s);
    }

    private static string[] Strings(BinaryReader r)
    {
        var items = new string[Count(r)];
        for (int i = 0; i < items.Length; i++) items[i] = r.ReadString();
        return items;
    }

    private static int Count(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n is < 0 or > MaxItems) throw new InvalidDataException($"count {n} is out of range");
        return n;
    }

    /// <summary>Regexes built on first use (construction of a non-backtracking regex costs tens of milliseconds cold).</summary>
    private sealed class LazyRegexList(IReadOnlyList<string> patterns) : IReadOnlyList<Regex>
    {
        private readonly Lazy<Regex[]> _regexes = new(() => patterns.Select(RuleRegex.Create).ToArray());
        public Regex this[int index] => _regexes.Value[index];
        public int Count => patterns.Count;
        public IEnumerator<Regex> GetEnumerator() => ((IEnumerable<Regex>)_regexes.Value).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>How rule regexes are built: non-backtracking (linear time on any input), case-insensitive, with a timeout.</summary>
internal static class RuleRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    public static Regex Create(string pattern) =>
        new(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
}
