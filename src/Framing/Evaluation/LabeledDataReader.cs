using System.Text;
using System.Text.Json;
using Framing.Analysis;
using Framing.Attribution;
using Framing.Rules;
using Framing.Text;

namespace Framing.Evaluation;

/// <summary>
/// Reads labeled data: JSONL with <c>{"text","tags","article",...}</c> per sentence (the corpus shape),
/// JSONL with <c>{"article": file, "start", "end", "tags"}</c> (the span shape: article files beside the labels file),
/// or TSV <c>article⇥text⇥tags[⇥para]</c>. Every problem is reported with file and line.
/// </summary>
public static class LabeledDataReader
{
    private const long MaxBytes = 512L * 1024 * 1024;

    private static readonly HashSet<string> SourceTypes = ["official", "media", "expert", "eyewitness", "anonymous", "other"];

    /// <summary>Reads every labeled sentence of a file.</summary>
    public static IReadOnlyList<LabeledSentence> ReadSentences(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw Error(path, 0, "FR0401", "labeled data file not found");
        if (info.Length == 0) throw Error(path, 0, "FR0402", "labeled data file is empty: it needs one labeled sentence per line");
        if (info.Length > MaxBytes) throw Error(path, 0, "FR0402", $"labeled data file is larger than {MaxBytes:N0} bytes: split it");
        bool tsv = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);
        var result = new List<LabeledSentence>();
        int lineNo = 0;
        using var reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        string? line;
        try
        {
            while ((line = reader.ReadLine()) is not null)
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                if (line.IndexOf('\0') >= 0) throw Error(path, lineNo, "FR0403", "line holds NUL characters: this is not a text file of labels");
                if (tsv)
                {
                    if (lineNo == 1 && line.StartsWith("article\t", StringComparison.OrdinalIgnoreCase)) continue;
                    result.Add(ParseTsv(path, lineNo, line));
                }
                else result.Add(ParseJson(path, lineNo, line));
            }
        }
        catch (DecoderFallbackException)
        {
            throw Error(path, lineNo + 1, "FR0403", "file is not valid UTF-8: save it as UTF-8");
        }
        if (result.Count == 0) throw Error(path, 0, "FR0402", "labeled data file has no labeled sentences");
        return result;
    }

    /// <summary>Reads a file and groups its sentences into articles (in order of first appearance).</summary>
    public static IReadOnlyList<LabeledArticle> ReadArticles(string path)
    {
        var sentences = ReadSentences(path);
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var articles = new List<LabeledArticle>();
        foreach (var group in sentences.GroupBy(s => s.Article))
        {
            var list = group.ToList();
            if (list.All(s => s.Span is not null)) articles.Add(FromSpans(path, baseDir, group.Key, list));
            else if (list.Any(s => s.Span is not null))
                throw Error(path, list.First(s => s.Span is null).Line, "FR0404", $"article '{group.Key}' mixes span lines and text lines: use one shape per article");
            else articles.Add(FromText(group.Key, list));
        }
        return articles;
    }

    /// <summary>Joins sentences into an article text: one space within a paragraph, a blank line between paragraphs.</summary>
    public static LabeledArticle FromText(string id, IReadOnlyList<LabeledSentence> sentences)
    {
        var b = new StringBuilder();
        var spans = new List<TextSpan>(sentences.Count);
        int? lastPara = null;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (i > 0) b.Append(s.Paragraph is { } p && p == lastPara ? " " : "\n\n");
            int start = b.Length;
            // Line breaks inside a sentence would split it: keep the sentence on one line.
            b.Append(s.Text.ReplaceLineEndings(" "));
            spans.Add(TextSpan.FromBounds(start, b.Length));
            lastPara = s.Paragraph ?? -1 - i;
        }
        var text = b.ToString();
        return new LabeledArticle(id, Document.FromSentenceSpans(text, spans), sentences, null);
    }

    private static LabeledArticle FromSpans(string labelsPath, string baseDir, string article, List<LabeledSentence> list)
    {
        var file = Path.Combine(baseDir, article);
        if (!File.Exists(file)) throw Error(labelsPath, list[0].Line, "FR0405", $"article file '{article}' not found next to the labels file");
        var text = File.ReadAllText(file);
        list.Sort((a, b) => a.Span!.Value.Start.CompareTo(b.Span!.Value.Start));
        int prevEnd = 0;
        foreach (var s in list)
        {
            var sp = s.Span!.Value;
            if (sp.End > text.Length) throw Error(labelsPath, s.Line, "FR0406", $"span {sp} is outside the article ({text.Length} characters)");
            if (sp.Start < prevEnd) throw Error(labelsPath, s.Line, "FR0406", $"span {sp} overlaps the previous labeled sentence");
            prevEnd = sp.End;
        }
        var doc = Document.FromSentenceSpans(text, list.Select(s => s.Span!.Value).ToList());
        return new LabeledArticle(article, doc, list, text);
    }

    private static LabeledSentence ParseTsv(string path, int line, string text)
    {
        var cols = text.Split('\t');
        if (cols.Length < 3) throw Error(path, line, "FR0407", "TSV line needs at least 3 tab-separated columns: article, text, tags (comma-separated, may be empty)");
        var tags = ParseTags(path, line, cols[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (string.IsNullOrWhiteSpace(cols[1])) throw Error(path, line, "FR0408", "empty sentence text");
        int? para = cols.Length > 3 && int.TryParse(cols[3], out var p) ? p : null;
        return new LabeledSentence(cols[0], cols[1], tags, para, Line: line);
    }

    private static LabeledSentence ParseJson(string path, int line, string text)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(text); }
        catch (JsonException e) { throw Error(path, line, "FR0409", $"invalid JSON: {e.Message.Split(" Path:")[0]}"); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error(path, line, "FR0409", "each line must be a JSON object");
            string article = Str(root, "article") ?? Str(root, "id") ?? "article";
            if (!root.TryGetProperty("tags", out var tagsEl) || tagsEl.ValueKind != JsonValueKind.Array)
                throw Error(path, line, "FR0410", "missing \"tags\": give a list of tags ([] for none)");
            var names = new List<string>();
            foreach (var t in tagsEl.EnumerateArray())
            {
                if (t.ValueKind != JsonValueKind.String) throw Error(path, line, "FR0410", "\"tags\" must hold strings");
                names.Add(t.GetString()!);
            }
            var tags = ParseTags(path, line, names);
            TextSpan? span = null;
            if (root.TryGetProperty("start", out var st) && root.TryGetProperty("end", out var en))
            {
                // TryGetInt32 throws on a non-number ("end": "12"), so the kind is checked first (found by fuzzing).
                if (!Int(st, out int s) || !Int(en, out int e) || s < 0 || e <= s)
                    throw Error(path, line, "FR0406", "\"start\" and \"end\" must be character offsets with start < end");
                span = TextSpan.FromBounds(s, e);
            }
            var sentence = Str(root, "text");
            if (span is null && string.IsNullOrWhiteSpace(sentence)) throw Error(path, line, "FR0408", "empty or missing \"text\"");
            int? para = root.TryGetProperty("para", out var pe) && Int(pe, out var pv) ? pv : null;
            var speaker = Str(root, "speaker");
            SourceType? type = null;
            if (Str(root, "source_type") is { } st2)
            {
                if (!SourceTypes.Contains(st2)) throw Error(path, line, "FR0411", $"unknown source_type '{st2}' (expected: {string.Join(", ", SourceTypes)})");
                type = Enum.Parse<SourceType>(st2, ignoreCase: true);
            }
            return new LabeledSentence(article, sentence ?? "", tags, para, speaker, type, span, line);
        }
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Int(JsonElement e, out int value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out value);
    }

    private static FramingTags ParseTags(string path, int line, IEnumerable<string> names)
    {
        var tags = FramingTags.None;
        foreach (var n in names)
        {
            if (!FramingTagNames.TryParse(n, out var t))
                throw Error(path, line, "FR0412", $"unknown tag '{n}' (expected: allegation, hedge, official_statement, eyewitness_report)");
            tags |= t.ToFlag();
        }
        return tags;
    }

    internal static FramingInputException Error(string file, int line, string code, string message) =>
        new(new Diagnostic(file, line, line > 0 ? 1 : 0, code, message));
}
