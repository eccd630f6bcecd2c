using Framing.Analysis;

namespace Framing.Reporting;

/// <summary>Writes a readable per-sentence view of an analysis, then the framing profile.</summary>
public static class TextReportWriter
{
    /// <summary>Writes <paramref name="a"/> to <paramref name="w"/>; with <paramref name="color"/>, tags are coloured with ANSI codes.</summary>
    public static void Write(TextWriter w, ArticleAnalysis a, bool color = false)
    {
        string C(string code, string s) => color ? $"\u001b[{code}m{s}\u001b[0m" : s;
        foreach (var s in a.Sentences)
        {
            var tags = s.Tags == FramingTags.None ? C("2", "none") : string.Join(" ", s.Tags.Names().Select(n => C(TagColor(n), n)));
            w.WriteLine($"[{s.Index,3}] {tags}");
            w.WriteLine($"      {s.Text}");
            if (s.Attribution is { } at)
            {
                var via = at.Speaker.Via is null ? "" : $" via {at.Speaker.Via}";
                w.WriteLine($"      speaker: {at.Speaker.Name} ({at.Speaker.Type.ToString().ToLowerInvariant()}{(at.Speaker.Role is null ? "" : ", " + at.Speaker.Role)}){via}  cue: \"{at.CueText}\"  [{at.Speaker.Resolution.ToString().ToLowerInvariant()}]");
            }
            foreach (var d in s.Decisions.Where(d => d.Assigned))
            {
                var ev = string.Join(", ", d.Evidence.Select(e => $"{e.Source} \"{e.Text}\""));
                var model = d.ModelScore is { } m ? $" model {m:0.00}" : "";
                w.WriteLine($"      {d.Tag.ToName()}: score {d.Score:0.00} (rules {d.RuleScore:0.00}{model}){(ev.Length > 0 ? "  evidence: " + ev : "")}{(d.Note is null ? "" : "  note: " + d.Note)}");
            }
            if (s.Cues.Count > 0) w.WriteLine($"      cues: {string.Join(", ", s.Cues.Select(c => $"{c.Kind} \"{c.Text}\""))}");
        }
        var p = a.Profile;
        w.WriteLine();
        w.WriteLine(C("1", "Framing profile") + $" ({p.SentenceCount} sentences, mode {a.Mode})");
        w.WriteLine("  tags: " + string.Join(", ", p.TagShares.Select(kv => $"{kv.Key} {kv.Value:P0}")));
        w.WriteLine($"  allegations in the author's own voice: {p.AuthorAllegationShare:P0} of sentences");
        w.WriteLine("  sourcing: " + string.Join(", ", p.SourcingShares.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value:P0}")));
        w.WriteLine("  sources:");
        foreach (var s in p.Sources)
            w.WriteLine($"    {s.Name} ({s.Type.ToString().ToLowerInvariant()}{(s.Role is null ? "" : ", " + s.Role)}): {s.Sentences.Count} sentence(s); " +
                        string.Join(", ", s.TagCounts.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value}")));
        if (p.Allegations.Count > 0)
            w.WriteLine("  allegations by: " + string.Join(", ", p.Allegations.Select(x => $"{x.By} ({x.Sentences.Count})")));
        if (p.Cues.Count > 0)
            w.WriteLine("  framing cues: " + string.Join(", ", p.Cues.Take(20).Select(c => $"{c.Kind}:{c.Text}×{c.Count}")));
    }

    private static string TagColor(string tag) => tag switch
    {
        "allegation" => "31",
        "hedge" => "33",
        "official_statement" => "34",
        _ => "32",
    };
}
