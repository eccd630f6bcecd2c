namespace Framing.Rules;

/// <summary>
/// A read-only open-addressing hash table from normalised keys to ids, looked up by character span. The matcher looks
/// up every token (and, for words that start like a <c>stem*</c> pattern, each of its prefixes): one FNV-1a pass over
/// the characters gives the hash of every prefix on the way, so a token costs one pass however many prefixes it tries.
/// </summary>
internal sealed class KeyTable
{
    private const uint Seed = 2166136261, Prime = 16777619;

    // A probe reads one 16-byte slot: the stored hash (0 = empty; stored hashes have their lowest bit set) beside the
    // id and the key's place in one shared character array, so a hit costs one cache line of the table, not two.
    private readonly Slot[] _slots;  // at most a quarter full: a miss usually ends at the first empty slot
    private readonly char[] _chars;
    private readonly int _mask;

    private struct Slot
    {
        public uint Hash;
        public int Id;
        public int Offset;
        public int Length;
    }

    public KeyTable(IReadOnlyList<KeyValuePair<string, int>> entries)
    {
        int size = 16;
        while (size < entries.Count * 4) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        int chars = 0;
        for (int k = 0; k < entries.Count; k++) chars += entries[k].Key.Length;
        _chars = new char[chars];
        int offset = 0;
        for (int k = 0; k < entries.Count; k++)
        {
            var (key, id) = (entries[k].Key, entries[k].Value);
            uint hash = Hash(key);
            int slot = (int)(hash & (uint)_mask);
            while (_slots[slot].Hash != 0)
            {
                if (KeyAt(slot).SequenceEqual(key)) throw new ArgumentException($"duplicate key '{key}'", nameof(entries));
                slot = (slot + 1) & _mask;
            }
            key.CopyTo(_chars.AsSpan(offset));
            _slots[slot] = new Slot { Hash = hash | 1, Id = id, Offset = offset, Length = key.Length };
            offset += key.Length;
        }
    }

    private ReadOnlySpan<char> KeyAt(int slot) => _chars.AsSpan(_slots[slot].Offset, _slots[slot].Length);

    public static uint Hash(ReadOnlySpan<char> key)
    {
        uint h = Seed;
        foreach (char c in key) h = Step(h, c);
        return h;
    }

    /// <summary>The hash of <c>key + c</c> from the hash of <c>key</c> (start from <see cref="Empty"/>).</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * Prime;

    /// <summary>The hash of the empty key.</summary>
    public static uint Empty => Seed;

    /// <summary>The id of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key) => Find(key, Hash(key));

    /// <summary>The id of <paramref name="key"/> whose <see cref="Hash"/> is <paramref name="hash"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key, uint hash)
    {
        var slots = _slots;
        uint stored = hash | 1;
        int slot = (int)(hash & (uint)_mask);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Hash == 0) return -1;
            if (s.Hash == stored && s.Length == key.Length && key.SequenceEqual(_chars.AsSpan(s.Offset, s.Length))) return s.Id;
            slot = (slot + 1) & _mask;
        }
    }
}


/// <summary>
/// A read-only open-addressing hash table from 64-bit keys to ints (the trie's (node, key) → child transitions): cheap
/// to build at start-up, one array read per probe.
/// </summary>
internal sealed class LongTable
{
    // Key and value side by side: a probe reads one cache line, not one in each of two arrays.
    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public long Key;
        public int Value; // value + 1; 0 marks an empty slot
    }

    /// <summary>Builds the table from parallel key and value arrays; keys must be distinct.</summary>
    public LongTable(long[] keys, int[] values)
    {
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = SlotOf(keys[i]);
            while (_slots[slot].Value != 0)
            {
                if (_slots[slot].Key == keys[i]) throw new ArgumentException($"duplicate key {keys[i]}", nameof(keys));
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot { Key = keys[i], Value = values[i] + 1 };
        }
    }

    private int SlotOf(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 40) & _mask;

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    public bool TryGetValue(long key, out int value)
    {
        var slots = _slots;
        int slot = SlotOf(key);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Value == 0) { value = -1; return false; }
            if (s.Key == key) { value = s.Value - 1; return true; }
            slot = (slot + 1) & _mask;
        }
    }
}
