using System.Numerics;

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
    // One bit per hash bucket, eight buckets a key (a few KB, resident in the first-level cache): a key whose bit is
    // clear is absent without a probe of the slots. Most lookups of a word's stem* start are such misses (49,205 of
    // 49,756 a pass of the train split), and about one in five lookups of a whole token.
    private readonly ulong[] _filter;
    private readonly int _filterShift;

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
        int filterBits = 64;
        while (filterBits < entries.Count * 8) filterBits <<= 1;
        _filter = new ulong[filterBits / 64];
        _filterShift = 32 - BitOperations.Log2((uint)filterBits);
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
            int bit = FilterBit(hash);
            _filter[bit >> 6] |= 1UL << bit;
            offset += key.Length;
        }
    }

    // The bucket from the hash's high bits (the slot comes from its low bits), mixed so that keys which differ only in
    // their last character spread.
    private int FilterBit(uint hash) => (int)((hash * 0x9E3779B1u) >> _filterShift);

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
        int bit = FilterBit(hash);
        if ((_filter[bit >> 6] & 1UL << bit) == 0) return -1;
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
/// to build at start-up, one array read per probe. When every key's two 32-bit halves fit in 31 bits together (the
/// shipped trie: 41,384 nodes and some 10,000 keys), a slot holds them packed in 32 bits beside its value: 8 bytes a slot
/// instead of 16, so the table the walk probes at random is half the size (1 MB instead of 2).
/// </summary>
internal sealed class LongTable
{
    // Key and value side by side: a probe reads one cache line, not one in each of two arrays.
    private readonly Slot[]? _slots;
    private readonly PackedSlot[]? _packed;
    private readonly int _mask;
    private readonly int _lowBits;     // packed: bits of the low half
    private readonly uint _maxLow, _maxHigh;

    private struct Slot
    {
        public long Key;
        public int Value; // value + 1; 0 marks an empty slot
    }

    private struct PackedSlot
    {
        public uint Key;   // (high << _lowBits | low) + 1; 0 marks an empty slot
        public int Value;
    }

    /// <summary>Builds the table from parallel key and value arrays; keys must be distinct.</summary>
    public LongTable(long[] keys, int[] values)
    {
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;
        _mask = size - 1;
        uint maxLow = 0, maxHigh = 0;
        bool packable = true;
        foreach (long k in keys)
        {
            if (k < 0) { packable = false; break; }
            maxLow = Math.Max(maxLow, (uint)k);
            maxHigh = Math.Max(maxHigh, (uint)(k >> 32));
        }
        int lowBits = 32 - BitOperations.LeadingZeroCount(maxLow), highBits = 32 - BitOperations.LeadingZeroCount(maxHigh);
        if (packable && lowBits + highBits <= 31)
        {
            (_lowBits, _maxLow, _maxHigh) = (lowBits, maxLow, maxHigh);
            _packed = new PackedSlot[size];
            for (int i = 0; i < keys.Length; i++)
            {
                uint packed = Pack(keys[i]);
                int slot = SlotOf(packed);
                while (_packed[slot].Key != 0)
                {
                    if (_packed[slot].Key == packed) throw new ArgumentException($"duplicate key {keys[i]}", nameof(keys));
                    slot = (slot + 1) & _mask;
                }
                _packed[slot] = new PackedSlot { Key = packed, Value = values[i] };
            }
            return;
        }
        _slots = new Slot[size];
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

    private uint Pack(long key) => ((uint)(key >> 32) << _lowBits | (uint)key) + 1;

    private int SlotOf(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 40) & _mask;

    private int SlotOf(uint packed) => (int)(packed * 0x9E3779B1u >> 8) & _mask;

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    public bool TryGetValue(long key, out int value)
    {
        if (_packed is { } packedSlots)
        {
            // A half beyond every stored key's is absent (and would not pack).
            if ((uint)key > _maxLow || (ulong)key >> 32 > _maxHigh) { value = -1; return false; }
            uint packed = Pack(key);
            int p = SlotOf(packed);
            while (true)
            {
                ref readonly var s = ref packedSlots[p];
                if (s.Key == packed) { value = s.Value; return true; }
                if (s.Key == 0) { value = -1; return false; }
                p = (p + 1) & _mask;
            }
        }
        var slots = _slots!;
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
