using System.Text.Json;
using Framing.Rules;
using Framing.Text;

namespace Framing.Cli;

/// <summary>One article to analyze, or the reason it cannot be read.</summary>
internal sealed record ArticleInput(string Id, string? Text, string? Error);

/// <summary>
/// Enumerates the articles named on the command line, lazily: files (.txt, .md, .html, .jsonl with
/// {"id","text"} per line), directories searched recursively with glob patterns, or "-" for standard input.
/// Unreadable inputs come back with an error instead of stopping the batch.
/// </summary>
internal static class ArticleSource
{
    public static IEnumerable<ArticleInput> Enumerate(IEnumerable<string> inputs, string[] globs, TextReader stdin)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                yield return new ArticleInput("stdin", stdin.ReadToEnd(), null);
                continue;
            }
            if (Directory.Exists(input))
            {
                var files = globs.SelectMany(g => Directory.EnumerateFiles(input, g, SearchOption.AllDirectories)).Distinct().OrderBy(f => f, StringComparer.Ordinal);
                foreach (var f in files)
                    foreach (var a in FromFile(f)) yield return a;
                continue;
            }
            foreach (var a in FromFile(input)) yield return a;
        }
    }

    private static IEnumerable<ArticleInput> FromFile(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var a in FromJsonl(path)) yield return a;
            yield break;
        }
        string? text = null, error = null;
        try
        {
            text = ArticleFile.Read(path);
            if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) text = ArticleText.FromHtml(text);
            else if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)) text = ArticleText.FromMarkdown(text);
        }
        catch (FramingInputException e) { error = e.Diagnostic.ToString(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { error = $"{path}: error FR0301: {e.Message}"; }
        yield return new ArticleInput(path, text, error);
    }

    private static IEnumerable<ArticleInput> FromJsonl(string path)
    {
        StreamReader reader;
        try { reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true), true, 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }
        using (reader)
        {
            int line = 0;
            while (true)
            {
                string? l;
                string? error = null;
                try { l = reader.ReadLine(); }
                catch (System.Text.DecoderFallbackException) { l = null; error = $"{path}:{line + 1}:1: error FR0304: not valid UTF-8; the rest of the file was skipped"; }
                if (error is not null) { yield return new ArticleInput($"{path}:{line + 1}", null, error); yield break; }
                if (l is null) yield break;
                line++;
                if (string.IsNullOrWhiteSpace(l)) continue;
                string? id = null, text = null;
                try
                {
                    using var json = JsonDocument.Parse(l);
                    var root = json.RootElement;
                    if (root.ValueKind == JsonValueKind.Object)
                    {
                        id = root.TryGetProperty("id", out var i) ? (i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText()) : null;
                        text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                    }
                }
                catch (JsonException e) { error = $"{path}:{line}:1: error FR0409: invalid JSON: {e.Message.Split(" Path:")[0]}"; }
                if (error is null && text is null) error = $"{path}:{line}:1: error FR0410: each line needs {{\"id\": ..., \"text\": \"...\"}}";
                yield return new ArticleInput(id ?? $"{path}:{line}", text, error);
            }
        }
    }
}
