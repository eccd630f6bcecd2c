using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using Framing.Internal;
using Framing.Text;

namespace Framing.Rules;

/// <summary>One phrase variant of a rule in the trie: its rule, whether it is an exception, and the keys and gaps after its first run of words.</summary>
internal readonly record struct TrieAlternative(int Rule, bool IsException, int[] Tail);

/// <summary>The compiled trie as plain tables: what compiling the phrases produces and what a compiled rules file stores.</summary>
internal sealed record TrieTables(string[] Keys, long[] TransitionKeys, int[] TransitionTargets, int[]?[] Terminals,
    TrieAlternative[] Alternatives, int[] NegationKeys);

/// <summary>
/// A rule set compiled once into a token trie over normalised keys: every phrase of every rule is one
/// path, gaps are checked by a short bounded search after the path's first run of words. Matching a
/// sentence walks the trie from each token, so cost is linear in tokens, not in rules. Immutable and
/// thread-safe.
/// </summary>
internal sealed class CompiledRules
{
    private const int NegationWindow = 3;

    private readonly Rule[] _rules;
    private readonly KeyTable _keyTable;       // exact token keys → vocabulary id
    private readonly KeyTable _prefixTable;    // stem* prefixes → vocabulary id
    private readonly KeyTable _prefixStartTable; // the first _minPrefix characters of every prefix → index into _prefixLengths
    private readonly ulong[] _prefixLengths;     // per start: bit (len − _minPrefix) set when a prefix of length len begins so
    private readonly LongTable _transitions;   // (node << 32 | key) → child node
    private readonly TrieNode[] _nodes;        // per node: its alternatives' runs in _ends, and a filter of its children's keys
    private readonly ulong[] _gapWords;        // per node: the filter of the words after its gaps (read only at nodes with gapped alternatives)
    private readonly PhraseEnd[] _ends;        // the alternatives ending at each node, node by node
    private readonly int[] _tails;             // every alternative's tail, one after another
    private readonly LongTable _gapGroups;     // (node << 32 | key after the gap) → index into _groupStart
    private readonly int[] _groupStart;        // group g's ends are _groupEnds[_groupStart[g] .. _groupStart[g + 1]]
    private readonly int[] _groupEnds;         // indices into _ends
    private readonly int[] _rootChild;
    private readonly int[] _regexRules;
    private readonly int[]?[] _regexRequires; // per rule: vocabulary ids of which a sentence needs one, or null
    private readonly ulong[]? _requiredByRegex; // per vocabulary id: bit k set when regex rule _regexRules[k] requires the word (null past 64 regex rules)
    private readonly TieredRegex[][] _regexes; // per rule and pattern
    private readonly bool[] _hasExceptions;
    private readonly NearCondition[][] _near; // per rule, as arrays: a loop over the rule's IReadOnlyList allocated an enumerator per match
    private readonly bool[] _isNegationKey; // per vocabulary id
    private readonly int _minPrefix;
    private readonly int _numberKey; // vocabulary id of PhrasePattern.NumberKey, or -1 when no phrase uses it


    /// <summary>Compiles the rule set's phrases into the trie, or takes the trie stored with a compiled rule set.</summary>
    public CompiledRules(RuleSet ruleSet)
    {
        RuleSet = ruleSet;
        _rules = ruleSet.Rules.ToArray();
        var tables = ruleSet.PrecompiledTrie ?? BuildTables(_rules);
        var vocab = new Dictionary<string, int>(tables.Keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < tables.Keys.Length; i++) vocab[tables.Keys[i]] = i;
        _hasExceptions = _rules.Select(r => r.Exceptions.Count > 0).ToArray();
        _near = _rules.Select(r => r.Near.ToArray()).ToArray();
        _regexes = _rules.Select(r => Enumerable.Range(0, r.RegexPatterns.Count).Select(i => new TieredRegex(r, i)).ToArray()).ToArray();
        _regexRules = Enumerable.Range(0, _rules.Length).Where(r => _rules[r].RegexPatterns.Count > 0).ToArray();
        // A required word missing from the keys (a trie from other rules) would hide matches: run such a regex always.
        _regexRequires = _rules.Select(r => r.RegexRequires.Count == 0 || r.RegexRequires.Any(w => !vocab.ContainsKey(w))
            ? null : r.RegexRequires.Select(w => vocab[w]).Distinct().ToArray()).ToArray();
        if (_regexRules.Length <= 64)
        {
            _requiredByRegex = new ulong[vocab.Count];
            for (int k = 0; k < _regexRules.Length; k++)
                foreach (int id in _regexRequires[_regexRules[k]] ?? []) _requiredByRegex[id] |= 1UL << k;
        }
        var prefixes = vocab.Where(kv => kv.Key.Length > 0 && kv.Key[0] == PhrasePattern.PrefixMarker)
            .ToDictionary(kv => kv.Key[1..], kv => kv.Value, StringComparer.Ordinal);
        _minPrefix = prefixes.Count == 0 ? int.MaxValue : prefixes.Keys.Min(k => k.Length);
        _keyTable = new KeyTable(vocab.ToList());
        _prefixTable = new KeyTable(prefixes.ToList());
        var starts = prefixes.Keys.GroupBy(k => k[.._minPrefix], StringComparer.Ordinal).ToList();
        _prefixStartTable = new KeyTable(starts.Select((g, i) => KeyValuePair.Create(g.Key, i)).ToList());
        // A token longer than KeyNormalizer.MaxKeyLength (64) is never looked up, so a prefix can match only when
        // len ≤ 64, and then len − _minPrefix ≤ 63 fits the mask; a longer prefix can never match and sets no bit.
        _prefixLengths = starts.Select(g => g.Aggregate(0UL, (mask, k) =>
            k.Length <= KeyNormalizer.MaxKeyLength ? mask | 1UL << (k.Length - _minPrefix) : mask)).ToArray();
        _transitions = new LongTable(tables.TransitionKeys, tables.TransitionTargets);
        (_nodes, _gapWords, _ends, _tails, _gapGroups, _groupStart, _groupEnds) = Flatten(tables);
        // The root step is taken at every token: an array indexed by key id instead of a hash lookup.
        _rootChild = new int[vocab.Count];
        for (int id = 0; id < _rootChild.Length; id++) _rootChild[id] = _transitions.TryGetValue(id, out int child) ? child : -1;
        _numberKey = vocab.TryGetValue(PhrasePattern.NumberKey, out int numberKey) ? numberKey : -1;
        _isNegationKey = new bool[vocab.Count];
        foreach (int id in tables.NegationKeys) if ((uint)id < (uint)_isNegationKey.Length) _isNegationKey[id] = true;
    }

    /// <summary>
    /// A trie node as the walk reads it: the alternatives ending there whose tail is empty or starts with a word
    /// (<paramref name="DirectCount"/>, checked one by one), then those whose tail starts with a gap
    /// (<paramref name="GappedCount"/>, found by the word after the gap), the longest such gap (−1 when none), and a
    /// one-word filter of its children: bit <c>key % 64</c> of <paramref name="ChildKeys"/> is set for every key with a
    /// child here. Four of five lookups of the next token find no child; the filter answers most of them from the node
    /// already read, without a probe of the transition table. (The same filter of the words after a node's gaps
    /// is kept apart, in <see cref="_gapWords"/>: few nodes have gaps, and a node of 24 bytes reads faster than one of 32.)
    /// </summary>
    private readonly record struct TrieNode(int FirstEnd, int DirectCount, int GappedCount, int MaxGap, ulong ChildKeys)
    {
        public bool HasChildren => ChildKeys != 0;

        /// <summary>False when <paramref name="key"/> has no child here; true when it may.</summary>
        public bool MayHaveChild(int key) => InFilter(ChildKeys, key);
    }

    /// <summary>A key's bit in a one-word filter of keys.</summary>
    private static ulong KeyBit(long key) => 1UL << (int)(key & 63);

    /// <summary>False when <paramref name="key"/>'s bit is clear in <paramref name="filter"/>: the key is absent; true when it may be present.</summary>
    private static bool InFilter(ulong filter, int key) => (filter & KeyBit(key)) != 0;

    /// <summary>False when no gapped alternative at the node has <paramref name="key"/> after its gap; true when one may.</summary>
    private bool MayFollowGap(int node, int key) => InFilter(_gapWords[node], key);

    /// <summary>An alternative ending at a node: its rule, whether it is an exception, and its tail as a run of the flat tail array.</summary>
    private readonly record struct PhraseEnd(int Rule, bool IsException, int TailStart, int TailLength);

    /// <summary>
    /// The trie's per-node alternatives laid out flat, node by node, with their tails in one array: the walk reads a
    /// node's endings from one or two cache lines instead of following an array reference, an alternative and its
    /// tail array in three places of the heap. Alternatives whose tail starts with a gap ("nobody {0,4} believes")
    /// are also grouped by the word after the gap: a node such as "nobody" ends 456 of them, and trying each at every
    /// "nobody" cost 57,000 tail searches a pass of the train split, of which almost none matched; the walk now looks
    /// up only the groups of the words that stand within the gap.
    /// </summary>
    private static (TrieNode[], ulong[], PhraseEnd[], int[], LongTable, int[], int[]) Flatten(TrieTables tables)
    {
        var childKeys = new ulong[tables.Terminals.Length];
        foreach (long t in tables.TransitionKeys) childKeys[(int)(t >> 32)] |= KeyBit((uint)t);
        int endCount = 0, tailCount = 0;
        foreach (var term in tables.Terminals)
            foreach (int a in term ?? [])
            {
                endCount++;
                tailCount += tables.Alternatives[a].Tail.Length;
            }
        var nodes = new TrieNode[tables.Terminals.Length];
        var gapWordsOf = new ulong[tables.Terminals.Length];
        var ends = new PhraseEnd[endCount];
        var tails = new int[tailCount];
        var groupKeys = new List<long>();
        var groupStart = new List<int>();
        var groupEnds = new List<int>();
        int e = 0, tail = 0;
        for (int node = 0; node < nodes.Length; node++)
        {
            var term = tables.Terminals[node] ?? [];
            int first = e, direct = 0, maxGap = -1;
            // Direct alternatives first, then the gapped ones, each in their stored order.
            foreach (bool gapped in (ReadOnlySpan<bool>)[false, true])
                foreach (int a in term)
                {
                    var alt = tables.Alternatives[a];
                    bool startsWithGap = alt.Tail.Length > 0 && alt.Tail[0] < 0;
                    if (startsWithGap != gapped) continue;
                    if (gapped) maxGap = Math.Max(maxGap, -alt.Tail[0] - 1);
                    else direct++;
                    ends[e++] = new PhraseEnd(alt.Rule, alt.IsException, tail, alt.Tail.Length);
                    alt.Tail.CopyTo(tails, tail);
                    tail += alt.Tail.Length;
                }
            // The gapped ones by the word after their gap (a gap is always followed by a word). Few nodes have any.
            int gappedCount = e - first - direct;
            ulong gapWords = 0;
            if (gappedCount > 0)
            {
                var byWord = new int[gappedCount];
                var members = new int[gappedCount];
                for (int i = 0; i < gappedCount; i++)
                {
                    members[i] = first + direct + i;
                    byWord[i] = tails[ends[members[i]].TailStart + 1];
                }
                Array.Sort(byWord, members);
                for (int i = 0; i < gappedCount; i++)
                {
                    if (i == 0 || byWord[i] != byWord[i - 1])
                    {
                        groupKeys.Add(((long)node << 32) | (uint)byWord[i]);
                        groupStart.Add(groupEnds.Count);
                    }
                    groupEnds.Add(members[i]);
                    gapWords |= KeyBit(byWord[i]);
                }
            }
            nodes[node] = new TrieNode(first, direct, gappedCount, maxGap, childKeys[node]);
            gapWordsOf[node] = gapWords;
        }
        groupStart.Add(groupEnds.Count);
        var groupIds = new int[groupKeys.Count];
        for (int g = 0; g < groupIds.Length; g++) groupIds[g] = g;
        var groups = new LongTable(groupKeys.ToArray(), groupIds);
        return (nodes, gapWordsOf, ends, tails, groups, groupStart.ToArray(), groupEnds.ToArray());
    }

    /// <summary>
    /// Compiles every phrase and exception of every rule into trie tables: node 0 is the root; a transition
    /// (node, key) → child is keyed <c>node &lt;&lt; 32 | key</c>; a node's terminals list the alternatives (a rule's
    /// phrase variant and the tail after its first run of words) that end there.
    /// </summary>
    internal static TrieTables BuildTables(IReadOnlyList<Rule> rules)
    {
        var vocab = new Dictionary<string, int>(StringComparer.Ordinal);
        var transitions = new Dictionary<long, int>();
        var terminals = new List<List<int>?> { null };
        var alternatives = new List<TrieAlternative>();
        var negationKeys = new HashSet<int>();
        int Key(string k)
        {
            if (!vocab.TryGetValue(k, out int id)) vocab[k] = id = vocab.Count;
            return id;
        }
        void Add(int rule, string phrase, bool isException)
        {
            foreach (var alt in PhrasePattern.Parse(phrase, out _))
            {
                int node = 0, i = 0;
                for (; i < alt.Length && alt[i].Key is not null; i++)
                {
                    long t = ((long)node << 32) | (uint)Key(alt[i].Key!);
                    if (!transitions.TryGetValue(t, out int child))
                    {
                        child = terminals.Count;
                        terminals.Add(null);
                        transitions[t] = child;
                    }
                    node = child;
                }
                var tail = alt.Skip(i).Select(e => e.Key is null ? -e.Gap - 1 : Key(e.Key)).ToArray();
                (terminals[node] ??= []).Add(alternatives.Count);
                alternatives.Add(new TrieAlternative(rule, isException, tail));
                if (!isException && rules[rule].Signal == Signal.Negation && alt.Length == 1) negationKeys.Add(Key(alt[0].Key!));
            }
        }
        for (int r = 0; r < rules.Count; r++)
        {
            foreach (var p in rules[r].Phrases) Add(r, p, false);
            foreach (var p in rules[r].Exceptions) Add(r, p, true);
            foreach (var w in rules[r].RegexRequires) Key(w);
        }
        var keys = new string[vocab.Count];
        foreach (var (k, id) in vocab) keys[id] = k;
        return new TrieTables(keys, transitions.Keys.ToArray(), transitions.Values.ToArray(),
            terminals.Select(t => t?.ToArray()).ToArray(), alternatives.ToArray(), negationKeys.Order().ToArray());
    }

    /// <summary>The rules this matcher was compiled from.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>
    /// Fills per-token lookup keys, in one pass (each token is normalised once): the exact vocabulary id, or -1 for a
    /// word no rule mentions; and the id of the longest <c>stem*</c> pattern the token starts with, or -1.
    /// </summary>
    private void KeyIds(Document doc, int[] ids, int[] prefixIds)
    {
        var tokens = doc.TokenSpan;
        Span<char> buffer = stackalloc char[KeyNormalizer.MaxKeyLength];
        Span<uint> prefixHash = stackalloc uint[KeyNormalizer.MaxKeyLength + 1];
        var text = doc.Text.AsSpan();
        for (int i = 0; i < tokens.Length; i++)
        {
            ids[i] = prefixIds[i] = -1;
            var span = tokens[i].Span;
            if (span.Length > KeyNormalizer.MaxKeyLength) continue;
            // One pass folds each character into the key and hashes it: prefixHash[len] is the hash of the key's first
            // len characters.
            var source = text.Slice(span.Start, span.Length);
            int n = source.Length;
            uint h = KeyTable.Empty;
            prefixHash[0] = h;
            for (int c = 0; c < n; c++)
            {
                char k = KeyNormalizer.Fold(source[c]);
                buffer[c] = k;
                prefixHash[c + 1] = h = KeyTable.Step(h, k);
            }
            int id = _keyTable.Find(buffer[..n], h);
            if (id < 0 && n > 2 && buffer[n - 1] == 's' && buffer[n - 2] == '\'') id = _keyTable.Find(buffer[..(n - 2)], prefixHash[n - 2]); // possessive: CNN's
            ids[i] = id;
            // A number token also takes the #num key, in the second key slot that words use for their stem* prefix.
            if (tokens[i].Kind == TokenKind.Number) { prefixIds[i] = _numberKey; continue; }
            // A quotation mark is marked in that slot, so that a phrase can step over it (see Arrive).
            if (tokens[i].Kind == TokenKind.Quote) { prefixIds[i] = QuoteMark; continue; }
            if (n < _minPrefix || tokens[i].Kind != TokenKind.Word) continue;
            int start = _prefixStartTable.Find(buffer[.._minPrefix], prefixHash[_minPrefix]);
            if (start < 0) continue; // no prefix starts like this word
            // Only the lengths some prefix with this start has, longest first, and none longer than the word.
            int room = n - _minPrefix;
            ulong lengths = _prefixLengths[start] & (room >= 63 ? ulong.MaxValue : (2UL << room) - 1);
            while (lengths != 0)
            {
                int bit = 63 - BitOperations.LeadingZeroCount(lengths);
                int len = _minPrefix + bit;
                int pid = _prefixTable.Find(buffer[..len], prefixHash[len]);
                if (pid >= 0) { prefixIds[i] = pid; break; }
                lengths &= ~(1UL << bit);
            }
        }
    }

    /// <summary>True when the token at <paramref name="i"/> negates (a negation rule's word, or a "n't" contraction).</summary>
    private bool IsNegation(Document doc, int[] ids, int i)
    {
        if (ids[i] >= 0 && _isNegationKey[ids[i]]) return true;
        var s = doc.TokenArray[i].Span;
        if (s.Length < 4) return false;
        var t = doc.Text.AsSpan(s.Start, s.Length);
        return (t[^1] is 't' or 'T') && (t[^2] is '\'' or '’') && (t[^3] is 'n' or 'N');
    }

    /// <summary>Marks tokens that lie inside a quotation (quotation marks themselves excluded).</summary>
    /// <param name="doc">The document.</param>
    /// <param name="pooled">Rent the array from <see cref="ArrayPool{T}.Shared"/> (it may be longer than the document's
    /// tokens; the caller returns it).</param>
    public static bool[] InsideQuote(Document doc, bool pooled = false)
    {
        // Each quotation adds +1 at its first inner token and −1 after its last: one pass over the tokens then
        // marks them. Quotations come sorted by start, so the first inner token only moves forward, and the last is
        // found by a galloping search from there: nested or stray marks (100,000 of them) cost O(tokens + quotes ×
        // log quote length), not O(quotes × log tokens).
        var tokens = doc.TokenSpan;
        var quotes = doc.QuotationArray;
        var inside = pooled ? ArrayPool<bool>.Shared.Rent(Math.Max(1, tokens.Length)) : new bool[tokens.Length];
        var depth = ArrayPool<int>.Shared.Rent(tokens.Length + 1);
        Array.Clear(depth, 0, tokens.Length + 1);
        int first = 0;
        for (int qi = 0; qi < quotes.Length; qi++)
        {
            var q = quotes[qi];
            int innerStart = q.Span.Start + 1, innerEnd = q.IsClosed ? q.Span.End - 1 : q.Span.End;
            while (first < tokens.Length && tokens[first].Span.Start < innerStart) first++;
            int end = FirstTokenEndingAfter(tokens, first, innerEnd);
            if (end <= first) continue;
            depth[first]++;
            depth[end]--;
        }
        int open = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            open += depth[k];
            inside[k] = open > 0;
        }
        ArrayPool<int>.Shared.Return(depth);
        return inside;
    }

    /// <summary>The first token at or after <paramref name="from"/> that ends after <paramref name="position"/>.</summary>
    private static int FirstTokenEndingAfter(ReadOnlySpan<Token> tokens, int from, int position)
    {
        // Gallop: steps of 1, 2, 4, … bound the answer, then a binary search inside the last step.
        int lo = from, step = 1, hi = from;
        while (hi < tokens.Length && tokens[hi].Span.End <= position) { lo = hi + 1; hi += step; step <<= 1; }
        hi = Math.Min(hi, tokens.Length);
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>All matches in the document, ordered by sentence and position.</summary>
    public List<RuleMatch> Match(Document doc) => Match(doc, InsideQuote(doc));

    /// <summary>All matches, given which tokens lie inside quotations.</summary>
    public List<RuleMatch> Match(Document doc, bool[] insideQuote)
    {
        // The per-token key arrays and the raw match list live only for this call: rented, not allocated.
        int n = Math.Max(1, doc.TokenCount);
        var ids = ArrayPool<int>.Shared.Rent(n);
        var prefixIds = ArrayPool<int>.Shared.Rent(n);
        var raw = _raw ??= [];
        try
        {
            KeyIds(doc, ids, prefixIds);
            return MatchSentences(doc, insideQuote, ids, prefixIds, raw);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<int>.Shared.Return(prefixIds);
            if (raw.Capacity > 1 << 14) _raw = null;
        }
    }

    [ThreadStatic] private static List<(int Rule, int Start, int End, bool Exception)>? _raw;

    private List<RuleMatch> MatchSentences(Document doc, bool[] insideQuote, int[] ids, int[] prefixIds, List<(int Rule, int Start, int End, bool Exception)> raw)
    {
        var result = new List<RuleMatch>(Math.Max(4, doc.TokenCount / 6));
        foreach (var sentence in doc.SentenceArray)
        {
            raw.Clear();
            int a = sentence.FirstToken, b = a + sentence.TokenCount;
            // The root step inline: most tokens start no phrase, and those cost two array reads.
            for (int s = a; s < b; s++)
            {
                int id = ids[s], pid = prefixIds[s];
                if (id >= 0 && _rootChild[id] is var c0 and >= 0) Arrive(ids, prefixIds, s, s, c0, b, raw);
                if (pid >= 0 && pid != id && _rootChild[pid] is var c1 and >= 0) Arrive(ids, prefixIds, s, s, c1, b, raw);
            }
            // Which regex rules' required words the sentence holds: one mask lookup per token.
            ulong present = 0;
            if (_requiredByRegex is { } requiredBy)
                for (int t = a; t < b; t++) if (ids[t] >= 0) present |= requiredBy[ids[t]];
            for (int k = 0; k < _regexRules.Length; k++)
            {
                int r = _regexRules[k];
                bool holdsRequired = _regexRequires[r] is not { } required
                    || (_requiredByRegex is null ? ContainsAny(ids, a, b, required) : (present >> k & 1) != 0);
                if (holdsRequired) MatchRegexes(doc, sentence, r, raw);
            }
            if (raw.Count == 0) continue;
            Select(doc, sentence, ids, insideQuote, raw, result);
        }
        return result;
    }

    /// <summary>
    /// At trie node <paramref name="node"/>, reached by the token at <paramref name="p"/> for a phrase that starts at
    /// <paramref name="s"/>: records every alternative that ends there, then follows the next token. A token can take
    /// both its exact key and a <c>stem*</c> prefix key ("estimated" and "estimat*"): each has its own path, and both
    /// are walked.
    /// </summary>
    private void Arrive(int[] ids, int[] prefixIds, int s, int p, int node, int b, List<(int, int, int, bool)> raw)
    {
        var n = _nodes[node];
        for (int e = n.FirstEnd; e < n.FirstEnd + n.DirectCount; e++)
        {
            ref readonly var end = ref _ends[e];
            int last = end.TailLength == 0 ? p + 1 : MatchTail(ids, prefixIds, _tails.AsSpan(end.TailStart, end.TailLength), p + 1, b);
            if (last > 0) raw.Add((end.Rule, s, last, end.IsException));
        }
        if (n.GappedCount > 0) ArriveGapped(ids, prefixIds, s, p, node, n, b, raw);
        if (!n.HasChildren || ++p >= b) return;
        // Scare quotes inside a phrase: a “blatant falsification” of the count holds "falsification of". The mark is stepped
        // over (once) unless the phrase itself names a quotation mark there.
        if (!Follow(ids, prefixIds, s, p, node, n, b, raw) && prefixIds[p] == QuoteMark && p + 1 < b)
            Follow(ids, prefixIds, s, p + 1, node, n, b, raw);
    }

    /// <summary>
    /// From trie node <paramref name="node"/>, follows the token at <paramref name="p"/> by its exact key and by its
    /// stem key. Returns whether the exact key leads on (a phrase that names a quotation mark there).
    /// </summary>
    private bool Follow(int[] ids, int[] prefixIds, int s, int p, int node, in TrieNode n, int b, List<(int, int, int, bool)> raw)
    {
        int id = ids[p], pid = prefixIds[p];
        long from = (long)node << 32;
        bool exact = false;
        if (id >= 0 && n.MayHaveChild(id) && _transitions.TryGetValue(from | (uint)id, out int next)) { exact = true; Arrive(ids, prefixIds, s, p, next, b, raw); }
        if (pid >= 0 && pid != id && n.MayHaveChild(pid) && _transitions.TryGetValue(from | (uint)pid, out next)) Arrive(ids, prefixIds, s, p, next, b, raw);
        return exact;
    }

    /// <summary>The second key slot's mark for a quotation mark token, which phrases step over.</summary>
    private const int QuoteMark = -2;

    // Per thread: the arrival at which each alternative last matched, so that a gapped alternative is recorded once,
    // at the nearest position of its word from which the rest of its tail matches (as a search of the gap finds it).
    [ThreadStatic] private static int[]? _matchedAt;
    [ThreadStatic] private static int _arrival;

    /// <summary>
    /// The alternatives at <paramref name="node"/> whose tail starts with a gap: for each position within the longest
    /// gap, the groups of the word (and stem) there, each alternative checked against its own gap and the rest of its
    /// tail. The same matches, in another order, as trying each alternative's gap in turn.
    /// </summary>
    private void ArriveGapped(int[] ids, int[] prefixIds, int s, int p, int node, TrieNode n, int b, List<(int, int, int, bool)> raw)
    {
        var matchedAt = _matchedAt;
        if (matchedAt is null || matchedAt.Length < _ends.Length) _matchedAt = matchedAt = new int[_ends.Length];
        if (++_arrival == int.MaxValue) { Array.Clear(matchedAt); _arrival = 1; }
        int arrival = _arrival;
        long from = (long)node << 32;
        int start = p + 1, stop = Math.Min(b, start + n.MaxGap + 1);
        for (int pos = start; pos < stop; pos++)
            for (int k = 0; k < 2; k++)
            {
                int key = k == 0 ? ids[pos] : prefixIds[pos];
                if (key < 0 || (k == 1 && key == ids[pos]) || !MayFollowGap(node, key) || !_gapGroups.TryGetValue(from | (uint)key, out int g)) continue;
                for (int x = _groupStart[g]; x < _groupStart[g + 1]; x++)
                {
                    int e = _groupEnds[x];
                    ref readonly var end = ref _ends[e];
                    if (matchedAt[e] == arrival || pos - start > -_tails[end.TailStart] - 1) continue;
                    int last = MatchTail(ids, prefixIds, _tails.AsSpan(end.TailStart + 2, end.TailLength - 2), pos + 1, b);
                    if (last < 0) continue;
                    matchedAt[e] = arrival;
                    raw.Add((end.Rule, s, last, end.IsException));
                }
            }
    }

    private static bool ContainsAny(int[] ids, int start, int end, int[] keys)
    {
        for (int t = start; t < end; t++)
            if (ids[t] >= 0 && Array.IndexOf(keys, ids[t]) >= 0) return true;
        return false;
    }

    private static int MatchTail(int[] ids, int[] prefixIds, ReadOnlySpan<int> tail, int pos, int limit)
    {
        if (tail.IsEmpty) return pos;
        int e = tail[0];
        if (e >= 0)
        {
            if (pos >= limit) return -1;
            if (ids[pos] == e || prefixIds[pos] == e) return MatchTail(ids, prefixIds, tail[1..], pos + 1, limit);
            // A quotation mark inside the phrase is stepped over, as in Arrive.
            return prefixIds[pos] == QuoteMark && pos + 1 < limit && (ids[pos + 1] == e || prefixIds[pos + 1] == e)
                ? MatchTail(ids, prefixIds, tail[1..], pos + 2, limit) : -1;
        }
        // A gap is followed by a key (phrases never end in a gap): only the positions that hold that key can go on, so
        // the search compares keys instead of recursing at every position of the gap.
        int gap = -e - 1, next = tail[1];
        for (int k = 0; k <= gap && pos + k < limit; k++)
        {
            if (ids[pos + k] != next && prefixIds[pos + k] != next) continue;
            int r = MatchTail(ids, prefixIds, tail[2..], pos + k + 1, limit);
            if (r >= 0) return r;
        }
        return -1;
    }

    private void MatchRegexes(Document doc, Sentence sentence, int rule, List<(int, int, int, bool)> raw)
    {
        var text = doc.Text.AsSpan(sentence.Span.Start, sentence.Span.Length);
        var tokens = doc.TokenArray;
        var regexes = _regexes[rule];
        for (int i = 0; i < regexes.Length; i++)
        {
            // A pattern that needs a punctuation mark the sentence lacks is not run (nor, when lazy, built).
            if (regexes[i].RequiredChar is { } needed && !text.Contains(needed)) continue;
            try
            {
                foreach (var m in regexes[i].Get().EnumerateMatches(text))
                {
                    if (m.Length == 0) continue;
                    int ms = sentence.Span.Start + m.Index, me = ms + m.Length;
                    int first = -1, last = -1;
                    for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
                    {
                        if (tokens[t].Span.End <= ms) continue;
                        if (tokens[t].Span.Start >= me) break;
                        if (first < 0) first = t;
                        last = t;
                    }
                    if (first >= 0) raw.Add((rule, first, last + 1, false));
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException) { /* a pathological sentence: no match */ }
        }
    }

    private static readonly Comparison<(int Rule, int Start, int End, bool Exception)> RawOrder =
        (x, y) => x.Rule != y.Rule ? x.Rule.CompareTo(y.Rule) : x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End);
    private static readonly Comparison<(int Rule, int Start, int End)> AcceptedOrder =
        (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Rule.CompareTo(y.Rule);

    // Scratch lists, one set per thread: matching allocates only its results.
    [ThreadStatic] private static List<(int Rule, int Start, int End)>? _level1;
    [ThreadStatic] private static List<(int Rule, int Start, int End)>? _accepted;
    [ThreadStatic] private static List<(int Start, int End)>? _exceptions;
    [ThreadStatic] private static List<int>? _exceptionReach;
    [ThreadStatic] private static List<(int Start, int End, int Index)>? _byKind;

    private void Select(Document doc, Sentence sentence, int[] ids, bool[] insideQuote, List<(int Rule, int Start, int End, bool Exception)> raw, List<RuleMatch> output)
    {
        // By rule, then start, then longest first: three stable counting passes, last key first, for a sentence of
        // thousands of matches; a comparison sort otherwise. (Equal keys differ at most in the exception flag, whose
        // order within a rule's run does not matter.)
        if (raw.Count > CountingSortThreshold)
        {
            StableSortByKey(raw, static m => -m.End);
            StableSortByKey(raw, static m => m.Start);
            StableSortByKey(raw, static m => m.Rule);
        }
        else raw.Sort(RawOrder);
        var level1 = _level1 ??= [];
        level1.Clear();
        int i = 0;
        while (i < raw.Count)
        {
            int rule = raw[i].Rule, j = i;
            while (j < raw.Count && raw[j].Rule == rule) j++;
            if (_hasExceptions[rule]) CollectExceptions(raw, i, j);
            int keptEnd = -1;
            for (int k = i; k < j; k++)
            {
                var m = raw[k];
                if (m.Exception) continue;
                if (m.End <= keptEnd) continue; // contained in a longer match of the same rule
                if (_hasExceptions[rule] && Cancelled(m.Start, m.End)) continue;
                var r = _rules[rule];
                if (r.Quote != QuoteCondition.Any && insideQuote[m.Start] != (r.Quote == QuoteCondition.Inside)) continue;
                if (r.Negated is { } neg && Negated(doc, ids, sentence.FirstToken, m.Start) != neg) continue;
                if (r.Signal == Signal.Hedge && m.End - m.Start == 1 && IsNameInsideSentence(doc, sentence, m.Start)) continue;
                level1.Add((rule, m.Start, m.End));
                keptEnd = m.End;
            }
            i = j;
        }
        var accepted = _accepted ??= [];
        accepted.Clear();
        List<(int Start, int End, int Index)>? byStart = null;
        int longest = 0;
        for (int a = 0; a < level1.Count; a++)
        {
            var m = level1[a];
            bool ok = true;
            foreach (var c in _near[m.Rule])
            {
                byStart ??= SortedByStart(level1, out longest);
                if (HasNear(byStart, level1, a, c, longest) != c.Present) { ok = false; break; }
            }
            if (ok) accepted.Add(m);
        }
        // Accepted matches come rule by rule, each rule's by start, one per (rule, start): ordered by start and then
        // rule, which a stable sort by start alone gives. Thousands of matches in one sentence (a hostile input) are
        // sorted by counting, in linear time; the few of an ordinary sentence by comparison.
        if (accepted.Count > CountingSortThreshold) StableSortByKey(accepted, static m => m.Start);
        else accepted.Sort(AcceptedOrder);
        var tokens = doc.TokenArray;
        foreach (var m in accepted)
        {
            var span = TextSpan.FromBounds(tokens[m.Start].Span.Start, tokens[m.End - 1].Span.End);
            output.Add(new RuleMatch(_rules[m.Rule], sentence.Index, m.Start, m.End - m.Start, span));
        }
    }

    /// <summary>
    /// True when the one-word cue at <paramref name="t"/> is capitalised inside a sentence, right after a word: a name, not
    /// the cue ("Brian May played", "Mrs May's deal"); also after a comma when a capitalised word follows ("The
    /// subcontractor, May Gurney, was fined"). Not at a sentence's start ("Maybe Slimvera will …", "Perhaps I am wrong"),
    /// after a quotation mark, a colon or a bracket, where any word opens with a capital; not after a time stamp ("10.05am
    /// Unverified reports"); and not in headlines, which capitalise words.
    /// </summary>
    private static bool IsNameInsideSentence(Document doc, Sentence sentence, int t)
    {
        var tokens = doc.TokenArray;
        if (sentence.IsHeadline || t == sentence.FirstToken || !tokens[t].IsCapitalized) return false;
        var before = tokens[t - 1];
        if (before.Kind == TokenKind.Word) return char.IsLetter(doc.Text[before.Span.Start]);
        bool nameFollows = t + 1 < sentence.FirstToken + sentence.TokenCount && tokens[t + 1].IsCapitalized;
        return nameFollows && before.Kind == TokenKind.Punctuation && doc.Text[before.Span.Start] == ',';
    }

    /// <summary>
    /// Gathers the exception matches of one rule's run <c>raw[from..to)</c> (sorted by start) and the furthest end reached
    /// by the first k of them, so that <see cref="Cancelled"/> answers in O(log n): a sentence of thousands of matches of
    /// one rule (a hostile input) stays linear.
    /// </summary>
    private static void CollectExceptions(List<(int Rule, int Start, int End, bool Exception)> raw, int from, int to)
    {
        var exceptions = _exceptions ??= [];
        var reach = _exceptionReach ??= [];
        exceptions.Clear();
        reach.Clear();
        int furthest = int.MinValue;
        for (int k = from; k < to; k++)
        {
            if (!raw[k].Exception) continue;
            exceptions.Add((raw[k].Start, raw[k].End));
            furthest = Math.Max(furthest, raw[k].End);
            reach.Add(furthest);
        }
    }

    /// <summary>True when an exception gathered by <see cref="CollectExceptions"/> overlaps <c>[start, end)</c>.</summary>
    private static bool Cancelled(int start, int end)
    {
        // The exceptions that start before the match ends are the first `count` of them; one overlaps when the furthest
        // end among them lies after the match's start.
        int count = SortedSearch.FirstAtLeast(CollectionsMarshal.AsSpan(_exceptions), end, static e => e.Start);
        return count > 0 && _exceptionReach![count - 1] > start;
    }

    /// <summary>Above this many matches in one sentence, matches are ordered by a counting sort over token positions.</summary>
    private const int CountingSortThreshold = 256;

    [ThreadStatic] private static int[]? _keyCounts;

    /// <summary>
    /// Orders <paramref name="list"/> by the small integer key <paramref name="key"/> gives (a token position, a rule
    /// index), keeping the order of equal keys: a counting sort, linear in the list and the keys' range.
    /// </summary>
    private static void StableSortByKey<T>(List<T> list, Func<T, int> key)
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (var item in list) { int k = key(item); min = Math.Min(min, k); max = Math.Max(max, k); }
        int range = max - min + 2;
        var counts = _keyCounts is { } c && c.Length >= range ? c : _keyCounts = new int[Math.Max(range, 1024)];
        Array.Clear(counts, 0, range);
        foreach (var item in list) counts[key(item) - min + 1]++;
        for (int k = 1; k < range; k++) counts[k] += counts[k - 1];
        var sorted = SortScratch<T>.Items is { } buffer && buffer.Length >= list.Count ? buffer : SortScratch<T>.Items = new T[list.Count];
        foreach (var item in list) sorted[counts[key(item) - min]++] = item;
        for (int k = 0; k < list.Count; k++) list[k] = sorted[k];
    }

    /// <summary>One reusable buffer per thread and element type for <see cref="StableSortByKey{T}"/>.</summary>
    private static class SortScratch<T>
    {
        [ThreadStatic] public static T[]? Items;
    }

    /// <summary>The level-one matches ordered by start (a scratch list), and the length of the longest.</summary>
    private static List<(int Start, int End, int Index)> SortedByStart(List<(int Rule, int Start, int End)> level1, out int longest)
    {
        var list = _byKind ??= [];
        list.Clear();
        longest = 0;
        for (int k = 0; k < level1.Count; k++)
        {
            list.Add((level1[k].Start, level1[k].End, k));
            longest = Math.Max(longest, level1[k].End - level1[k].Start);
        }
        if (list.Count > CountingSortThreshold) StableSortByKey(list, static m => m.Start); // added in index order
        else list.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Index.CompareTo(y.Index));
        return list;
    }

    /// <summary>
    /// True when another level-one match of the condition's signal lies within its distance of match <paramref name="index"/>.
    /// Only matches that start no earlier than the longest match's length before the window can reach it, so the scan
    /// stays local in a sentence of thousands of matches.
    /// </summary>
    private bool HasNear(List<(int Start, int End, int Index)> byStart, List<(int Rule, int Start, int End)> level1, int index, NearCondition c, int longest)
    {
        var m = level1[index];
        int from = m.Start - c.Within - longest, to = m.End + c.Within;
        for (int k = SortedSearch.FirstAtLeast(CollectionsMarshal.AsSpan(byStart), from, static o => o.Start); k < byStart.Count && byStart[k].Start <= to; k++)
        {
            var o = byStart[k];
            if (o.Index == index || _rules[level1[o.Index].Rule].Signal != c.Kind) continue;
            int distance = o.End <= m.Start ? m.Start - o.End : m.End <= o.Start ? o.Start - m.End : 0;
            if (distance <= c.Within) return true;
        }
        return false;
    }

    private bool Negated(Document doc, int[] ids, int sentenceStart, int start)
    {
        for (int t = Math.Max(sentenceStart, start - NegationWindow); t < start; t++)
            if (IsNegation(doc, ids, t)) return true;
        return false;
    }
}
