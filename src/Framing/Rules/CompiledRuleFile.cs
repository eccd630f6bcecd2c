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
        {
            if ((uint)a.Rule >= (uint)ruleCount || a.Tail.Any(k => k >= keys.Length)) throw new InvalidDataException("trie alternative is out of range");
            // The matcher reads the key after every gap: a gap must be followed by a key. A gap is stored as −(width + 1),
            // its width at most what phrases may write.
            for (int k = 0; k < a.Tail.Length; k++)
            {
                if (a.Tail[k] < 0 && (k + 1 == a.Tail.Length || a.Tail[k + 1] < 0)) throw new InvalidDataException("trie alternative has a gap not followed by a word");
                if (a.Tail[k] < -(PhrasePattern.MaxGap + 1)) throw new InvalidDataException($"trie alternative has a gap wider than {PhrasePattern.MaxGap} words");
            }
        }
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

    /// <summary>
    /// Regexes built one by one on first use: a non-backtracking regex costs ~10 ms to build, and the first one in a
    /// process ~100 ms, so one that no sentence needs should never be built.
    /// </summary>
    private sealed class LazyRegexList(IReadOnlyList<string> patterns) : IReadOnlyList<Regex>
    {
        private readonly Regex?[] _regexes = new Regex?[patterns.Count];
        public Regex this[int index] => Volatile.Read(ref _regexes[index]) ?? Build(index);
        public int Count => patterns.Count;
        public IEnumerator<Regex> GetEnumerator() { for (int i = 0; i < Count; i++) yield return this[i]; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private Regex Build(int index)
        {
            var regex = RuleRegex.Create(patterns[index]);
            return Interlocked.CompareExchange(ref _regexes[index], regex, null) ?? regex;
        }
    }
}

/// <summary>
/// How rule regexes are built: case-insensitive, with a timeout, and in time linear in the sentence length. A pattern
/// whose backtracking per start position is bounded by its own shape (see <see cref="RegexShape"/>) runs on the
/// backtracking interpreter, which costs ~0.3 ms to build; any other pattern runs on the non-backtracking engine
/// (~10 ms to build, ~100 ms for the first one in a process). Constructs that only the backtracking engine supports
/// (lookarounds, backreferences, atomic groups) are refused in every pattern, so a rule's validity never depends on
/// which engine it lands on.
/// </summary>
internal static class RuleRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);
    private const RegexOptions Common = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Builds the regex; throws <see cref="ArgumentException"/> for an invalid pattern or a backtracking-only construct.</summary>
    public static Regex Create(string pattern)
    {
        var shape = RegexShape.Of(pattern);
        if (shape.BacktrackingOnly is { } construct)
            throw new ArgumentException($"{construct} needs a backtracking engine; rule regexes must run in linear time");
        // The non-backtracking engine is linear in the text by construction and needs no timeout; a timeout there would
        // also count its lazy construction on first use (~100 ms), so that on a loaded machine a rule silently missed a
        // sentence it matches on an idle one (found when 35 analyzer processes shared two cores).
        return shape.BoundedBacktracking
            ? new Regex(pattern, Common, Timeout)
            : new Regex(pattern, RegexOptions.NonBacktracking | Common, Regex.InfiniteMatchTimeout);
    }

    /// <summary>
    /// The same regex compiled to IL: ~7× faster matching than the interpreter, but tens of milliseconds to build, so it
    /// is built in the background once a regex has run often (<see cref="TieredRegex"/>). Null for a pattern that runs on
    /// the non-backtracking engine (compiling would change its engine).
    /// </summary>
    public static Regex? CreateCompiled(string pattern) =>
        RegexShape.Of(pattern) is { BoundedBacktracking: true, BacktrackingOnly: null }
            ? new Regex(pattern, RegexOptions.Compiled | Common, Timeout) : null;
}

/// <summary>
/// One rule regex as the matcher runs it: the rule's own (interpreted or non-backtracking) regex at first, replaced by a
/// compiled copy, built on another thread, after <see cref="Threshold"/> runs. Both find the same matches (same pattern,
/// same backtracking engine semantics), so the switch changes speed only. Safe to share between threads.
/// </summary>
internal sealed class TieredRegex(Rule rule, int index)
{
    /// <summary>Runs after which compiling pays: ~1,000 interpreted runs cost about as much as compiling once.</summary>
    public const int Threshold = 1000;

    private readonly RegexShape _shape = RegexShape.Of(rule.RegexPatterns[index]);
    private Regex? _current;
    private int _runs, _upgrading;

    /// <summary>Punctuation every match contains (see <see cref="RegexShape.RequiredChar"/>): a sentence without it need not be run.</summary>
    public char? RequiredChar => _shape.RequiredChar;

    /// <summary>The regex to run now.</summary>
    public Regex Get()
    {
        var regex = Volatile.Read(ref _current) ?? (_current = rule.Regexes[index]);
        // A racy count is fine: it only decides when to start compiling, which happens once.
        if (++_runs == Threshold && _shape.BoundedBacktracking && Interlocked.Exchange(ref _upgrading, 1) == 0)
            _ = Task.Run(() =>
            {
                if (RuleRegex.CreateCompiled(rule.RegexPatterns[index]) is { } compiled) Volatile.Write(ref _current, compiled);
            });
        return regex;
    }
}

/// <summary>
/// A conservative reading of a regex pattern's text. <see cref="BoundedBacktracking"/> holds when backtracking from any
/// start position is bounded by the pattern alone: no group is repeated (except by <c>?</c>); the product of the
/// bounded repeats' sizes is at most <see cref="MaxPaths"/>; and the only unbounded repeat is a single <c>\s+</c> or
/// <c>\s*</c> right after a word character, a group or <c>\b</c>, so the whitespace runs it scans from different starts
/// never overlap. <see cref="RequiredChar"/> is punctuation every match must contain (an unrepeated literal outside any
/// group, in a pattern without a top-level '|'): a sentence without it cannot match, and its regex need not run.
/// Unknown or unusual syntax only ever makes the answer more conservative.
/// </summary>
internal readonly record struct RegexShape(bool BoundedBacktracking, string? BacktrackingOnly, char? RequiredChar)
{
    /// <summary>Largest product of bounded repeat sizes (<c>{0,80}</c> counts 81, <c>?</c> counts 2) still called bounded.</summary>
    public const long MaxPaths = 1024;

    /// <summary>Scans the pattern once.</summary>
    public static RegexShape Of(string pattern)
    {
        bool bounded = true, topLevelAlternation = false;
        long paths = 1;
        int unboundedRepeats = 0, depth = 0;
        char? required = null;
        string? atom = null, beforeAtom = null; // the atom a quantifier would apply to (")" for a group), and the one before it
        void Atom(string a) { beforeAtom = atom; atom = a; }
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            bool quantified = i + 1 < pattern.Length && pattern[i + 1] is '*' or '+' or '?' or '{';
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length) return new(false, null, null);
                    char e = pattern[i + 1];
                    if (e is >= '1' and <= '9' || e == 'k') return new(false, $"'\\{e}' (a backreference)", null);
                    int end = e is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{' ? pattern.IndexOf('}', i + 2) : i + 1;
                    if (end < 0) return new(false, null, null);
                    Atom(pattern[i..(end + 1)]);
                    bool literalPunctuation = end == i + 1 && char.IsPunctuation(e);
                    if (literalPunctuation && depth == 0 && !(end + 1 < pattern.Length && pattern[end + 1] is '*' or '+' or '?' or '{')) required ??= e;
                    i = end;
                    break;
                case '[':
                    int close = ClassEnd(pattern, i);
                    if (close < 0) return new(false, null, null);
                    Atom(pattern[i..(close + 1)]);
                    i = close;
                    break;
                case '(':
                    if (i + 2 < pattern.Length && pattern[i + 1] == '?')
                    {
                        string head = pattern[(i + 1)..Math.Min(pattern.Length, i + 4)];
                        if (head.StartsWith("?=", StringComparison.Ordinal) || head.StartsWith("?!", StringComparison.Ordinal)
                            || head.StartsWith("?<=", StringComparison.Ordinal) || head.StartsWith("?<!", StringComparison.Ordinal))
                            return new(false, $"'({head}' (a lookaround)", null);
                        if (head.StartsWith("?>", StringComparison.Ordinal)) return new(false, "'(?>' (an atomic group)", null);
                        // Skip the group's prefix: (?:  (?-i:  (?<name>  (?'name'  or an inline option switch (?i)
                        int j = i + 2;
                        if (pattern[j] is '<' or '\'') { j = pattern.IndexOf(pattern[j] == '<' ? '>' : '\'', j + 1); if (j < 0) return new(false, null, null); }
                        else
                        {
                            while (j < pattern.Length && (char.IsAsciiLetter(pattern[j]) || pattern[j] == '-')) j++;
                            if (j >= pattern.Length || pattern[j] is not (':' or ')')) return new(false, null, null);
                            if (pattern[j] == ')') { i = j; break; } // (?i): switches options, opens no group
                        }
                        i = j;
                    }
                    depth++;
                    atom = null;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    Atom(")");
                    break;
                case '|':
                    if (depth == 0) topLevelAlternation = true;
                    atom = null;
                    break;
                case '*' or '+' or '{' or '?':
                    long size;
                    bool unbounded;
                    if (c == '{')
                    {
                        int brace = pattern.IndexOf('}', i);
                        string body = brace < 0 ? "" : pattern[(i + 1)..brace];
                        int comma = body.IndexOf(',');
                        bool isQuantifier = body.Length > 0 && comma != 0 && comma == body.LastIndexOf(',') && body.All(ch => char.IsAsciiDigit(ch) || ch == ',');
                        if (!isQuantifier) { Atom("{"); break; }
                        unbounded = comma == body.Length - 1;
                        size = unbounded ? 0 : (long.TryParse(comma < 0 ? body : body[(comma + 1)..], out long upper) ? upper + 1 : long.MaxValue);
                        i = brace;
                    }
                    else { unbounded = c != '?'; size = unbounded ? 0 : 2; }
                    if (atom is null) return new(false, null, null); // nothing to repeat: let the engine report it
                    if (unbounded)
                    {
                        bool afterNonSpace = beforeAtom is ")" or "\\b" || beforeAtom is { Length: 1 } b && char.IsLetterOrDigit(b[0]);
                        if (atom != "\\s" || !afterNonSpace || ++unboundedRepeats > 1) bounded = false;
                    }
                    else if (atom == ")" && c != '?') bounded = false;
                    else paths = size > MaxPaths ? MaxPaths + 1 : Math.Min(MaxPaths + 1, paths * size);
                    if (i + 1 < pattern.Length && pattern[i + 1] is '?' or '+') i++; // lazy or possessive suffix
                    atom = null;
                    break;
                default:
                    Atom(c.ToString());
                    if (depth == 0 && char.IsPunctuation(c) && c is not '.' && !quantified) required ??= c;
                    break;
            }
        }
        return new(bounded && paths <= MaxPaths, null, topLevelAlternation ? null : required);
    }

    /// <summary>Index of the ']' closing the character class opened at <paramref name="open"/>, or -1.</summary>
    private static int ClassEnd(string pattern, int open)
    {
        int i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++; // a leading ']' is a literal
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') { i++; continue; }
            if (pattern[i] == '[') return -1; // nested classes / subtraction: leave it to the non-backtracking engine
            if (pattern[i] == ']') return i;
        }
        return -1;
    }
}
