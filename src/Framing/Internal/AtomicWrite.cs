using Framing.Rules;

namespace Framing.Internal;

/// <summary>
/// Writes a file the safe way: into a temporary file beside the target, renamed over it only when complete, so a
/// failure never leaves a user's file half-written. Refuses to replace an existing file unless asked.
/// </summary>
internal static class AtomicWrite
{
    public static void To(string path, bool overwrite, string existsCode, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !overwrite)
            throw new FramingInputException(new Diagnostic(path, 0, 0, existsCode, "output file exists: choose another name or pass --force to overwrite it"));
        var tmp = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew)) write(fs);
            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
