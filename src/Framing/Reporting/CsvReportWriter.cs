using System.Globalization;
using Framing.Analysis;

namespace Framing.Reporting;

/// <summary>Writes one CSV row per sentence (RFC 4180 quoting).</summary>
public static class CsvReportWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "article,index,start,end,headline,tags,speaker,source_type,allegation,hedge,official_statement,eyewitness_report,text";

    /// <summary>Writes the header.</summary>
    public static void WriteHeader(TextWriter w) => w.WriteLine(Header);

    /// <summary>Writes the rows of one article.</summary>
    public static void Write(TextWriter w, ArticleAnalysis a, string id)
    {
        foreach (var s in a.Sentences)
        {
            w.Write(Field(id)); w.Write(',');
            w.Write(s.Index.ToString(CultureInfo.InvariantCulture)); w.Write(',');
            w.Write(s.Span.Start.ToString(CultureInfo.InvariantCulture)); w.Write(',');
            w.Write(s.Span.End.ToString(CultureInfo.InvariantCulture)); w.Write(',');
            w.Write(s.IsHeadline ? "true" : "false"); w.Write(',');
            w.Write(Field(string.Join(";", s.Tags.Names()))); w.Write(',');
            w.Write(Field(s.Attribution?.Speaker.Name ?? "")); w.Write(',');
            w.Write(s.Attribution?.Speaker.Type.ToString().ToLowerInvariant() ?? ""); w.Write(',');
            foreach (var d in s.Decisions) { w.Write(d.Score.ToString("0.####", CultureInfo.InvariantCulture)); w.Write(','); }
            w.WriteLine(Field(s.Text));
        }
    }

    private static string Field(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
