namespace Framing.Internal;

/// <summary>Reads the library's embedded resources (the default rules and model).</summary>
internal static class EmbeddedResource
{
    /// <summary>The resource's bytes, or null when it is not embedded.</summary>
    public static byte[]? Read(string name)
    {
        using var s = typeof(EmbeddedResource).Assembly.GetManifestResourceStream(name);
        if (s is null) return null;
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
