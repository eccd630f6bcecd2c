namespace Framing.Internal;

/// <summary>Binary search over items ordered by an integer key.</summary>
internal static class SortedSearch
{
    /// <summary>
    /// The index of the first item of <paramref name="items"/> (ordered by <paramref name="key"/>) whose key is at least
    /// <paramref name="value"/>; the length when there is none.
    /// </summary>
    public static int FirstAtLeast<T>(ReadOnlySpan<T> items, int value, Func<T, int> key)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (key(items[mid]) < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
