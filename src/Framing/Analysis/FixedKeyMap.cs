using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Framing.Analysis;

/// <summary>
/// A read-only map over a fixed, shared key list (the four tag names, the source type names): one small value array
/// per instance instead of a hash table. Keys enumerate in list order; lookups are ordinal.
/// </summary>
internal sealed class FixedKeyMap<T>(IReadOnlyList<string> keys, T[] values) : IReadOnlyDictionary<string, T>
{
    public T this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"'{key}' is not a key of this map.");
    // Neither array is handed out: the keys are shared by every map and the values belong to an immutable result.
    public IEnumerable<string> Keys => keys.Select(k => k);
    public IEnumerable<T> Values => Array.AsReadOnly(values);
    public int Count => keys.Count;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        int i = IndexOf(key);
        value = i >= 0 ? values[i] : default;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        for (int i = 0; i < keys.Count; i++) yield return new KeyValuePair<string, T>(keys[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (int i = 0; i < keys.Count; i++) if (string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
