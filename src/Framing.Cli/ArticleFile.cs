using System.Text;
using Framing.Rules;

namespace Framing.Cli;

/// <summary>Reads an article file: UTF-8 (with or without BOM) or UTF-16 with BOM; binary files are refused.</summary>
internal static class ArticleFile
{
    public const long MaxBytes = 64L * 1024 * 1024;

    public static string Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FramingInputException(new Diagnostic(path, 0, 0, "FR0301", "file not found"));
        if (info.Length > MaxBytes)
            throw new FramingInputException(new Diagnostic(path, 0, 0, "FR0302", $"file is {info.Length:N0} bytes; articles may be at most {MaxBytes:N0}: split it or use a JSONL batch"));
        var bytes = File.ReadAllBytes(path);
        return Decode(path, bytes);
    }

    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        int nul = Array.IndexOf(bytes, (byte)0, skip);
        if (nul >= 0)
            throw new FramingInputException(new Diagnostic(path, LineOf(bytes, nul), 0, "FR0303", "file holds NUL bytes: it looks binary, not an article; give a UTF-8 text file"));
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new FramingInputException(new Diagnostic(path, LineOf(bytes, Math.Max(0, e.Index)), 0, "FR0304", "file is not valid UTF-8: convert it to UTF-8"));
        }
    }

    private static int LineOf(byte[] bytes, int index)
    {
        int line = 1;
        for (int i = 0; i < Math.Min(index, bytes.Length); i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}
