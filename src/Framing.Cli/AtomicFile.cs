using System.Text;

namespace Framing.Cli;

/// <summary>Writes a file through a temporary file beside it, renamed into place only when complete.</summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private bool _committed;

    public AtomicFile(string path)
    {
        _path = Path.GetFullPath(path);
        _temp = Path.Combine(Path.GetDirectoryName(_path) ?? ".", "." + Path.GetFileName(_path) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        Writer = new StreamWriter(_temp, false, new UTF8Encoding(false), 1 << 16);
    }

    public TextWriter Writer { get; }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(_temp, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        Writer.Dispose();
        if (File.Exists(_temp)) File.Delete(_temp);
    }

    public static void Write(string path, Action<TextWriter> write)
    {
        using var f = new AtomicFile(path);
        write(f.Writer);
        f.Commit();
    }
}
