namespace Framing.Text;

/// <summary>
/// Shares the strings of short, often repeated pieces of text (cue words such as "said" or "allegedly", speaker
/// phrases such as "police") across sentences and analyses: one string per distinct text in a fixed table instead of
/// one per occurrence. Lock-free: a slot holds an immutable string, so two threads that race on a slot at worst make
/// one string each, as they would without the table.
/// </summary>
internal static class ShortStrings
{
    private const int MaxLength = 24;
    private static readonly string?[] Slots = new string?[4096];

    /// <summary>The text of <c>text[start .. start + length]</c>, shared when it is short and was seen before.</summary>
    public static string Of(string text, int start, int length)
    {
        if (length <= 0) return "";
        if (length > MaxLength) return text.Substring(start, length);
        var span = text.AsSpan(start, length);
        ref var slot = ref Slots[string.GetHashCode(span) & (Slots.Length - 1)];
        var s = Volatile.Read(ref slot);
        if (s is not null && span.SequenceEqual(s)) return s;
        s = new string(span);
        Volatile.Write(ref slot, s);
        return s;
    }
}
