using System.Text.Encodings.Web;
using System.Text.Json;
using Framing.Analysis;
using Framing.Attribution;
using Framing.Text;

namespace Framing.Reporting;

/// <summary>Writes an <see cref="ArticleAnalysis"/> as JSON (the shape is documented in the README).</summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one article as an indented JSON document, or as one compact line when <paramref name="compact"/>.</summary>
    public static void Write(Stream output, ArticleAnalysis analysis, string? id = null, bool compact = false)
    {
        using var w = new Utf8JsonWriter(output, compact ? Compact : Indented);
        Write(w, analysis, id);
        w.Flush();
    }

    /// <summary>Writes one article into an open JSON writer.</summary>
    public static void Write(Utf8JsonWriter w, ArticleAnalysis a, string? id)
    {
        w.WriteStartObject();
        if (id is not null) w.WriteString("id", id);
        w.WriteString("mode", a.Mode);
        w.WriteStartArray("sentences");
        foreach (var s in a.Sentences) WriteSentence(w, s);
        w.WriteEndArray();
        w.WriteStartArray("quotations");
        foreach (var q in a.Quotations)
        {
            w.WriteStartObject();
            WriteSpan(w, q.Span);
            w.WriteNumber("chain", q.Chain);
            w.WriteBoolean("closed", q.IsClosed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteProfile(w, a.Profile);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    private static void WriteSentence(Utf8JsonWriter w, SentenceAnalysis s)
    {
        w.WriteStartObject();
        w.WriteNumber("index", s.Index);
        WriteSpan(w, s.Span);
        w.WriteNumber("paragraph", s.Paragraph);
        w.WriteBoolean("headline", s.IsHeadline);
        // Written from the article's text: no copy of the sentence is made.
        w.WriteString("text", s.TextChars);
        w.WriteStartArray("tags");
        foreach (var n in s.Tags.Names()) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteStartObject("decisions");
        foreach (var d in s.Decisions)
        {
            w.WriteStartObject(d.Tag.ToName());
            w.WriteBoolean("assigned", d.Assigned);
            w.WriteNumber("score", Math.Round(d.Score, 4));
            w.WriteNumber("rule_score", Math.Round(d.RuleScore, 4));
            if (d.ModelScore is { } m) w.WriteNumber("model_score", Math.Round(m, 4)); else w.WriteNull("model_score");
            w.WriteNumber("threshold", Math.Round(d.Threshold, 4));
            if (d.Note is not null) w.WriteString("note", d.Note);
            w.WriteStartArray("evidence");
            foreach (var e in d.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("source", e.Source);
                WriteSpan(w, e.Span);
                w.WriteString("text", e.Text);
                w.WriteNumber("weight", e.Weight);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
        if (s.Attribution is { } a) WriteAttribution(w, a); else w.WriteNull("speaker");
        w.WriteStartArray("cues");
        foreach (var c in s.Cues)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind);
            WriteSpan(w, c.Span);
            w.WriteString("text", c.Text);
            w.WriteString("source", c.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAttribution(Utf8JsonWriter w, SentenceAttribution a)
    {
        w.WriteStartObject("speaker");
        w.WriteString("text", a.Speaker.Text);
        w.WriteString("name", a.Speaker.Name);
        if (a.Speaker.Role is not null) w.WriteString("role", a.Speaker.Role); else w.WriteNull("role");
        w.WriteString("type", a.Speaker.Type.ToString().ToLowerInvariant());
        if (a.Speaker.Via is not null) w.WriteString("via", a.Speaker.Via); else w.WriteNull("via");
        w.WriteString("resolution", a.Speaker.Resolution switch
        {
            SpeakerResolution.Explicit => "explicit",
            SpeakerResolution.Pronoun => "pronoun",
            SpeakerResolution.Alias => "alias",
            _ => "quotation_continued",
        });
        w.WriteBoolean("former_official", a.Speaker.FormerOfficial);
        w.WriteString("cue", a.CueText);
        w.WriteNumber("cue_start", a.Cue.Start);
        w.WriteNumber("cue_end", a.Cue.End);
        w.WriteBoolean("in_quotation", a.InQuotation);
        w.WriteEndObject();
    }

    private static void WriteProfile(Utf8JsonWriter w, FramingProfile p)
    {
        w.WriteStartObject("profile");
        w.WriteNumber("sentences", p.SentenceCount);
        w.WriteStartObject("tag_shares");
        foreach (var kv in p.TagShares) w.WriteNumber(kv.Key, Math.Round(kv.Value, 4));
        w.WriteEndObject();
        w.WriteNumber("author_allegation_share", Math.Round(p.AuthorAllegationShare, 4));
        w.WriteStartObject("sourcing_shares");
        foreach (var kv in p.SourcingShares) w.WriteNumber(kv.Key, Math.Round(kv.Value, 4));
        w.WriteEndObject();
        w.WriteStartArray("sources");
        foreach (var s in p.Sources)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("type", s.Type.ToString().ToLowerInvariant());
            if (s.Role is not null) w.WriteString("role", s.Role); else w.WriteNull("role");
            w.WriteStartArray("sentences");
            foreach (var i in s.Sentences) w.WriteNumberValue(i);
            w.WriteEndArray();
            w.WriteStartObject("tags");
            foreach (var kv in s.TagCounts) w.WriteNumber(kv.Key, kv.Value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("allegations");
        foreach (var a in p.Allegations)
        {
            w.WriteStartObject();
            w.WriteString("by", a.By);
            w.WriteString("type", a.Type.ToString().ToLowerInvariant());
            w.WriteStartArray("sentences");
            foreach (var i in a.Sentences) w.WriteNumberValue(i);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("cues");
        foreach (var c in p.Cues)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind);
            w.WriteString("text", c.Text);
            w.WriteNumber("count", c.Count);
            w.WriteStartArray("spans");
            foreach (var sp in c.Spans)
            {
                w.WriteStartArray();
                w.WriteNumberValue(sp.Start);
                w.WriteNumberValue(sp.End);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
