using System.Globalization;
using System.Net;
using System.Text;
using Framing.Analysis;

namespace Framing.Reporting;

/// <summary>
/// Writes one self-contained HTML report (no external scripts, styles or fonts): the article with each
/// sentence highlighted by its tags and its cue spans marked, evidence shown on click, a legend, the
/// sources panel and the framing profile with bar charts drawn in inline SVG.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly (string Tag, string Color, string Label)[] Tags =
    [
        ("allegation", "#d9534f", "allegation"),
        ("hedge", "#e0a800", "hedge"),
        ("official_statement", "#2a6fdb", "official statement"),
        ("eyewitness_report", "#2e9d57", "eyewitness report"),
    ];

    /// <summary>Writes the report for one article.</summary>
    public static void Write(TextWriter w, ArticleAnalysis a, string title)
    {
        var t = WebUtility.HtmlEncode(title);
        w.Write($$"""
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Framing report: {{t}}</title>
<style>
body{font:16px/1.55 Georgia,'Times New Roman',serif;margin:0;color:#222;background:#fafafa}
header{padding:14px 24px;background:#1f2937;color:#fff;font-family:system-ui,sans-serif}
header h1{margin:0;font-size:20px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,1.2fr);gap:24px;padding:20px 24px}
article{background:#fff;padding:20px 28px;border:1px solid #ddd;border-radius:6px}
aside{font-family:system-ui,sans-serif;font-size:14px}
aside section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 14px;margin-bottom:16px}
aside h2{font-size:15px;margin:0 0 8px}
.s{cursor:pointer;border-bottom:3px solid transparent;padding:1px 0}
.s.tagged{background:#f3f4f6}
.s.allegation{border-bottom-color:#d9534f}
.s.hedge{box-shadow:inset 0 -6px 0 rgba(224,168,0,.35)}
.s.official_statement{background:rgba(42,111,219,.10)}
.s.eyewitness_report{outline:2px dotted #2e9d57}
.s.selected{outline:2px solid #111}
mark.cue{background:rgba(255,230,0,.55);padding:0 1px}
mark.frame{background:none;border-bottom:2px dashed #8b5cf6}
.legend span{display:inline-block;margin:2px 10px 2px 0}
.sw{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
#evidence{white-space:pre-wrap;font-size:13px;min-height:60px}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:3px 4px;border-bottom:1px solid #eee;vertical-align:top;overflow-wrap:anywhere}
table{table-layout:fixed}
h1.headline{font-size:24px;margin:0 0 12px}
p{margin:0 0 12px}
</style></head><body>
<header><h1>Framing report: {{t}}</h1><div>{{a.Sentences.Count}} sentences · mode {{a.Mode}}</div></header>
<main><article id="article">
""");
        int para = -1;
        bool open = false;
        foreach (var s in a.Sentences)
        {
            if (s.Paragraph != para)
            {
                if (open) w.Write(s.IsHeadline ? "</h1>\n" : "</p>\n");
                w.Write(s.IsHeadline ? "<h1 class=\"headline\">" : "<p>");
                open = true;
                para = s.Paragraph;
            }
            else w.Write(' ');
            var classes = new StringBuilder("s");
            if (s.Tags != FramingTags.None) classes.Append(" tagged");
            foreach (var n in s.Tags.Names()) classes.Append(' ').Append(n);
            w.Write($"<span class=\"{classes}\" data-i=\"{s.Index}\" data-tags=\"{string.Join(" ", s.Tags.Names())}\" title=\"{WebUtility.HtmlEncode(s.Tags == FramingTags.None ? "none" : string.Join(", ", s.Tags.Names()))}\">");
            w.Write(Marked(a.Text, s));
            w.Write("</span>");
        }
        if (open) w.Write("</p>\n");
        w.Write("</article>\n<aside>\n<section class=\"legend\" id=\"legend\"><h2>Legend</h2>");
        foreach (var (tag, color, label) in Tags)
            w.Write($"<span><i class=\"sw\" style=\"background:{color}\"></i>{label} ({a.Sentences.Count(s => s.Tags.Names().Contains(tag))})</span>");
        w.Write("<span><mark class=\"cue\">cue</mark> evidence</span><span><mark class=\"frame\">framing cue</mark></span><p>Click a sentence to see its evidence.</p></section>\n");
        w.Write("<section><h2>Evidence</h2><div id=\"evidence\">Click a sentence.</div></section>\n");
        w.Write("<section id=\"sources\"><h2>Sources</h2><table><tr><th>source</th><th>type</th><th>sentences</th><th>tags</th></tr>");
        foreach (var src in a.Profile.Sources)
            w.Write($"<tr><td>{WebUtility.HtmlEncode(src.Name)}</td><td>{src.Type.ToString().ToLowerInvariant()}</td><td>{src.Sentences.Count}</td><td>{WebUtility.HtmlEncode(string.Join(", ", src.TagCounts.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value}")))}</td></tr>");
        w.Write("</table></section>\n<section id=\"profile\"><h2>Framing profile</h2>");
        w.Write("<h3 style=\"font-size:13px\">Share of sentences by tag</h3>");
        w.Write(Bars(Tags.Select(x => (x.Label, a.Profile.TagShares[x.Tag], x.Color)).ToList()));
        w.Write("<h3 style=\"font-size:13px\">Attributed sentences by source type</h3>");
        w.Write(Bars(a.Profile.SourcingShares.Where(kv => kv.Value > 0).Select(kv => (kv.Key, kv.Value, "#6b7280")).ToList()));
        w.Write($"<p>Allegations in the author's own voice: {a.Profile.AuthorAllegationShare.ToString("P0", CultureInfo.InvariantCulture)} of sentences.</p>");
        if (a.Profile.Allegations.Count > 0)
            w.Write("<p>Allegations by: " + WebUtility.HtmlEncode(string.Join(", ", a.Profile.Allegations.Select(x => $"{x.By} ({x.Sentences.Count})"))) + "</p>");
        if (a.Profile.Cues.Count > 0)
            w.Write("<p>Framing cues: " + WebUtility.HtmlEncode(string.Join(", ", a.Profile.Cues.Take(25).Select(c => $"{c.Text} ({c.Kind}, {c.Count})"))) + "</p>");
        w.Write("</section>\n</aside></main>\n<script id=\"data\" type=\"application/json\">");
        w.Write(EvidenceJson(a));
        w.Write("""
</script>
<script>
window.addEventListener('error', function(){ document.body.setAttribute('data-script-error', '1'); });
(function(){
  var data = JSON.parse(document.getElementById('data').textContent);
  var box = document.getElementById('evidence');
  document.querySelectorAll('.s').forEach(function(el){
    el.addEventListener('click', function(){
      document.querySelectorAll('.s.selected').forEach(function(x){x.classList.remove('selected');});
      el.classList.add('selected');
      box.textContent = data[+el.getAttribute('data-i')];
    });
  });
  // Self-check for automated viewers: what a reader sees.
  function visible(id){ var e = document.getElementById(id); var r = e && e.getBoundingClientRect(); return r && r.width > 0 && r.height > 0 ? '1' : '0'; }
  document.body.setAttribute('data-highlighted', document.querySelectorAll('.s.tagged').length);
  document.body.setAttribute('data-legend-visible', visible('legend'));
  document.body.setAttribute('data-sources-visible', visible('sources'));
  document.body.setAttribute('data-ready', '1');
})();
</script>
</body></html>
""");
    }

    private static string Marked(string text, SentenceAnalysis s)
    {
        // Mark tag-evidence cues and framing cues inside the sentence; overlapping spans are merged.
        var spans = s.Decisions.Where(d => d.Assigned).SelectMany(d => d.Evidence).Select(e => (e.Span.Start, e.Span.End, Kind: "cue"))
            .Concat(s.Cues.Select(c => (c.Span.Start, c.Span.End, Kind: "frame")))
            .Where(x => x.End > x.Start && x.Start >= s.Span.Start && x.End <= s.Span.End)
            .OrderBy(x => x.Start).ThenByDescending(x => x.End).ToList();
        var b = new StringBuilder();
        int pos = s.Span.Start;
        foreach (var (start, end, kind) in spans)
        {
            if (start < pos) continue;
            b.Append(WebUtility.HtmlEncode(text[pos..start]));
            b.Append($"<mark class=\"{kind}\">").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            pos = end;
        }
        b.Append(WebUtility.HtmlEncode(text[pos..s.Span.End]));
        return b.ToString();
    }

    private static string Bars(List<(string Label, double Value, string Color)> items)
    {
        var b = new StringBuilder();
        int h = 22 * Math.Max(1, items.Count);
        b.Append($"<svg width=\"100%\" height=\"{h}\" viewBox=\"0 0 300 {h}\" role=\"img\">");
        for (int i = 0; i < items.Count; i++)
        {
            var (label, value, color) = items[i];
            double wdt = Math.Max(1, 150 * value);
            b.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{i * 22 + 15}\" font-size=\"11\">{WebUtility.HtmlEncode(label)}</text>");
            b.Append(CultureInfo.InvariantCulture, $"<rect x=\"120\" y=\"{i * 22 + 4}\" width=\"{wdt:0.#}\" height=\"14\" fill=\"{color}\"></rect>");
            b.Append(CultureInfo.InvariantCulture, $"<text x=\"{124 + wdt:0.#}\" y=\"{i * 22 + 15}\" font-size=\"11\">{value.ToString("P0", CultureInfo.InvariantCulture)}</text>");
        }
        return b.Append("</svg>").ToString();
    }

    private static string EvidenceJson(ArticleAnalysis a)
    {
        var items = a.Sentences.Select(s =>
        {
            var b = new StringBuilder();
            b.Append($"Sentence {s.Index}: {(s.Tags == FramingTags.None ? "no tag" : string.Join(", ", s.Tags.Names()))}\n");
            if (s.Attribution is { } at)
                b.Append($"Speaker: {at.Speaker.Name} ({at.Speaker.Type.ToString().ToLowerInvariant()}{(at.Speaker.Role is null ? "" : ", " + at.Speaker.Role)}){(at.Speaker.Via is null ? "" : " via " + at.Speaker.Via)}; cue \"{at.CueText}\"\n");
            foreach (var d in s.Decisions)
            {
                b.Append(CultureInfo.InvariantCulture, $"{d.Tag.ToName()}: {(d.Assigned ? "yes" : "no")}, score {d.Score:0.00} (rules {d.RuleScore:0.00}{(d.ModelScore is { } m ? $", model {m:0.00}" : "")}, threshold {d.Threshold:0.00})\n");
                foreach (var e in d.Evidence) b.Append($"   {e.Source}: \"{e.Text}\"\n");
                if (d.Note is not null) b.Append($"   note: {d.Note}\n");
            }
            foreach (var c in s.Cues) b.Append($"cue {c.Kind}: \"{c.Text}\"\n");
            return b.ToString();
        });
        var json = System.Text.Json.JsonSerializer.Serialize(items);
        return json.Replace("</", "<\\/");
    }
}
