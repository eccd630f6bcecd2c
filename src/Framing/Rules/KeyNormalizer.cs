namespace Framing.Rules;

/// <summary>
/// Turns token text into a lookup key: lower-case invariant, typographic apostrophes and quotes folded
/// to ASCII. Used for both rule phrases and article tokens, so they meet in one key space.
/// </summary>
internal static class KeyNormalizer
{
    /// <summary>Longest token that gets a key; longer tokens never match a phrase.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Writes the key of <paramref name="source"/> into <paramref name="destination"/>; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = Math.Min(source.Length, destination.Length);
        for (int i = 0; i < n; i++) destination[i] = Fold(source[i]);
        return n;
    }

    /// <summary>The key character of one text character.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) =>
        c < 128 && c != '`' ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : FoldRare(c); // most text is ASCII

    private static char FoldRare(char c) => c switch
    {
        '’' or '‘' or '‛' or '`' or '´' => '\'',
        '“' or '”' or '„' or '‟' or '«' or '»' or '＂' => '"',
        '‑' or '–' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The key of a string, allocated (for compile time).</summary>
    public static string Normalize(string source)
    {
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        int n = Normalize(source, buffer);
        return new string(buffer[..n]);
    }
}
