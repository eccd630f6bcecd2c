using System.Buffers;
using Framing.Text;

namespace Framing.Features;

/// <summary>
/// The word unigrams and bigrams a model reads, chosen at training time as the most frequent in the training
/// sentences. A sentence's n-gram features are presence flags (1 when the n-gram occurs). Words are lower-cased
/// letter tokens; quotation marks and punctuation are skipped, so a bigram spans a comma, while a number or an
/// over-long token breaks the chain. Lookups
/// read the sentence's characters through a stack buffer: no string is allocated per token. Immutable and
/// thread-safe.
/// </summary>
internal sealed class NgramVocabulary
{
    /// <summary>Longest word, in characters, that takes part in an n-gram (longer tokens are not words).</summary>
    private const int MaxWordChars = 40;

    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NgramVocabulary(IReadOnlyList<string> terms)
    {
        Terms = terms;
        _index = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (int i = 0; i < terms.Count; i++) _index.TryAdd(terms[i], i);
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No n-grams (a model over structural features only).</summary>
    public static NgramVocabulary Empty { get; } = new([]);

    /// <summary>The n-grams, in feature order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Number of n-gram features.</summary>
    public int Count => Terms.Count;

    /// <summary>
    /// The <paramref name="max"/> n-grams occurring in the most sentences, at least twice, ties broken by
    /// ordinal order so the same data always gives the same vocabulary.
    /// </summary>
    public static NgramVocabulary Build(IEnumerable<IReadOnlyCollection<string>> sentenceNgrams, int max)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in sentenceNgrams)
            foreach (var g in set)
                df[g] = df.GetValueOrDefault(g) + 1;
        var terms = df.Where(kv => kv.Value >= 2)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, max)).Select(kv => kv.Key).ToArray();
        return new NgramVocabulary(terms);
    }

    /// <summary>The distinct n-grams of one sentence as strings (training only).</summary>
    public static HashSet<string> NgramsOf(Document doc, Sentence sentence)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        Walk(doc, sentence, (ReadOnlySpan<char> gram, ref HashSet<string> s) => s.Add(gram.ToString()), ref set);
        return set;
    }

    /// <summary>Adds to <paramref name="hits"/> the feature index of every vocabulary n-gram in the sentence (may repeat).</summary>
    public void Collect(Document doc, Sentence sentence, List<int> hits)
    {
        if (Count == 0) return;
        var state = (this, hits);
        Walk(doc, sentence, static (ReadOnlySpan<char> gram, ref (NgramVocabulary V, List<int> Hits) st) =>
        {
            if (st.V._lookup.TryGetValue(gram, out int index)) st.Hits.Add(index);
        }, ref state);
    }

    private delegate void GramVisitor<T>(ReadOnlySpan<char> gram, ref T state);

    /// <summary>Calls <paramref name="visit"/> for each unigram and each bigram ("w1 w2") of the sentence.</summary>
    private static void Walk<T>(Document doc, Sentence sentence, GramVisitor<T> visit, ref T state)
    {
        var buffer = ArrayPool<char>.Shared.Rent(2 * MaxWordChars + 1);
        try
        {
            int prevLength = 0; // length of the previous word, stored at buffer[0..prevLength)
            foreach (var token in doc.TokensOf(sentence))
            {
                if (token.Kind != TokenKind.Word || token.Span.Length > MaxWordChars)
                {
                    if (token.Kind is TokenKind.Number || token.Span.Length > MaxWordChars) prevLength = 0;
                    continue;
                }
                var word = doc.Text.AsSpan(token.Span.Start, token.Span.Length);
                var current = buffer.AsSpan(prevLength + 1, word.Length);
                word.ToLowerInvariant(current);
                visit(current, ref state);
                if (prevLength > 0)
                {
                    buffer[prevLength] = ' ';
                    visit(buffer.AsSpan(0, prevLength + 1 + word.Length), ref state);
                }
                current.CopyTo(buffer);
                prevLength = word.Length;
            }
        }
        finally { ArrayPool<char>.Shared.Return(buffer); }
    }
}
