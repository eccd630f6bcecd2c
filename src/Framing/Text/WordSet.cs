using System.Collections;
using System.Collections.Frozen;

namespace Framing.Text;

/// <summary>
/// A fixed set of words that answers for a span of text without allocating. It keeps the frozen set's span lookup
/// made once: asking the set for it on every call (<c>GetAlternateLookup</c>) is a generic virtual call and a type
/// check each time, which a <c>perf</c> profile of rules-only analysis put at about 1% of its cycles.
/// </summary>
internal sealed class WordSet : IEnumerable<string>
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
    // A filter in front of the hash: the lengths the set's words have, and one bit for each first letter (any case; one
    // shared bit for every other first character). Most words asked about are not in a set, and most fail here.
    private readonly int _minLength, _maxLength;
    private readonly ulong _firstLetters;

    /// <summary>A set of <paramref name="words"/> compared by <paramref name="comparer"/> (an ordinal comparer, which can look up spans).</summary>
    public WordSet(StringComparer comparer, params ReadOnlySpan<string> words)
    {
        _words = FrozenSet.Create(comparer, words);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _minLength = int.MaxValue;
        foreach (var w in words)
        {
            _minLength = Math.Min(_minLength, w.Length);
            _maxLength = Math.Max(_maxLength, w.Length);
            if (w.Length > 0) _firstLetters |= 1UL << FirstBit(w[0]);
        }
    }

    /// <summary>The filter bit of a word's first character: its letter's place in the alphabet, any case; 63 otherwise.</summary>
    private static int FirstBit(char c)
    {
        int lower = c | 0x20;
        return lower is >= 'a' and <= 'z' ? lower - 'a' : 63;
    }

    /// <summary>True when the set holds the word.</summary>
    public bool Contains(ReadOnlySpan<char> word) =>
        word.Length >= _minLength && word.Length <= _maxLength
        && (word.Length == 0 || (_firstLetters & (1UL << FirstBit(word[0]))) != 0)
        && _spans.Contains(word);

    /// <summary>True when the set holds the word.</summary>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Number of words.</summary>
    public int Count => _words.Count;

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
