using Framing.Attribution;
using Framing.Text;

namespace Framing.Analysis;

/// <summary>A source quoted or cited in the article.</summary>
/// <param name="Name">Normalised name.</param>
/// <param name="Type">Source type.</param>
/// <param name="Role">Role or organisation, when given.</param>
/// <param name="Sentences">Indexes of the sentences attributed to the source.</param>
/// <param name="TagCounts">How many of those sentences carry each tag (by tag name).</param>
public sealed record SourceSummary(string Name, SourceType Type, string? Role, IReadOnlyList<int> Sentences, IReadOnlyDictionary<string, int> TagCounts);

/// <summary>Who makes the article's allegations.</summary>
/// <param name="By">The speaker's name, or <c>author</c> for allegations in the author's own voice.</param>
/// <param name="Type">The speaker's source type (Other for the author).</param>
/// <param name="Sentences">Indexes of the allegation sentences.</param>
public sealed record AllegationSummary(string By, SourceType Type, IReadOnlyList<int> Sentences);

/// <summary>A framing cue's count over the article, by normalised text.</summary>
/// <param name="Kind">Cue kind.</param>
/// <param name="Text">Normalised (lower-case) text.</param>
/// <param name="Count">Occurrences.</param>
/// <param name="Spans">Where they are.</param>
public sealed record CueCount(string Kind, string Text, int Count, IReadOnlyList<TextSpan> Spans);

/// <summary>The article's framing profile: who is quoted, how claims are hedged, who alleges what, loaded language.</summary>
/// <param name="SentenceCount">Sentences in the article.</param>
/// <param name="Sources">Sources, most-cited first.</param>
/// <param name="TagShares">Share of sentences carrying each tag (by tag name).</param>
/// <param name="Allegations">Allegations by who makes them.</param>
/// <param name="AuthorAllegationShare">Share of sentences that allege in the author's own voice (unattributed).</param>
/// <param name="SourcingShares">Share of attributed sentences by source type (by lower-case type name).</param>
/// <param name="Cues">Framing cues by kind and text, most frequent first.</param>
public sealed record FramingProfile(int SentenceCount, IReadOnlyList<SourceSummary> Sources, IReadOnlyDictionary<string, double> TagShares,
    IReadOnlyList<AllegationSummary> Allegations, double AuthorAllegationShare, IReadOnlyDictionary<string, double> SourcingShares,
    IReadOnlyList<CueCount> Cues)
{
    private static readonly SourceType[] Types = Enum.GetValues<SourceType>();
    private static readonly string[] TypeNames = Types.Select(t => t.ToString().ToLowerInvariant()).ToArray();

    /// <summary>One pass over the sentences (groups kept in order of first appearance, then sorted stably by size).</summary>
    internal static FramingProfile Build(IReadOnlyList<SentenceAnalysis> sentences)
    {
        int n = sentences.Count;
        var tagCounts = new int[FramingTagNames.All.Count];
        var typeCounts = new int[Types.Length];
        int author = 0, attributed = 0;
        var sourceIndex = new Dictionary<(string, SourceType), int>();
        var sourceGroups = new List<(string Name, SourceType Type, string? Role, List<int> Sentences, int[] Tags)>();
        var allegationIndex = new Dictionary<(string, SourceType), int>();
        var allegationGroups = new List<(string By, SourceType Type, List<int> Sentences)>();
        var cueIndex = new Dictionary<(string, string), int>();
        var cueGroups = new List<(string Kind, string Text, List<TextSpan> Spans)>();
        foreach (var s in sentences)
        {
            for (int t = 0; t < tagCounts.Length; t++) if (s.Tags.Has(FramingTagNames.All[t])) tagCounts[t]++;
            var a = s.Attribution;
            if (a is not null)
            {
                attributed++;
                typeCounts[(int)a.Speaker.Type]++;
                var key = (a.Speaker.Name, a.Speaker.Type);
                if (!sourceIndex.TryGetValue(key, out int g))
                {
                    sourceIndex[key] = g = sourceGroups.Count;
                    sourceGroups.Add((a.Speaker.Name, a.Speaker.Type, a.Speaker.Role, [], new int[tagCounts.Length]));
                }
                var group = sourceGroups[g];
                if (group.Role is null && a.Speaker.Role is not null) sourceGroups[g] = group = group with { Role = a.Speaker.Role };
                group.Sentences.Add(s.Index);
                for (int t = 0; t < tagCounts.Length; t++) if (s.Tags.Has(FramingTagNames.All[t])) group.Tags[t]++;
            }
            if (s.Tags.Has(FramingTag.Allegation))
            {
                if (a is null) author++;
                var key = a is not null ? (a.Speaker.Name, a.Speaker.Type) : ("author", SourceType.Other);
                if (!allegationIndex.TryGetValue(key, out int g))
                {
                    allegationIndex[key] = g = allegationGroups.Count;
                    allegationGroups.Add((key.Item1, key.Item2, []));
                }
                allegationGroups[g].Sentences.Add(s.Index);
            }
            foreach (var c in s.Cues)
            {
                var key = (c.Kind, c.Text.ToLowerInvariant());
                if (!cueIndex.TryGetValue(key, out int g))
                {
                    cueIndex[key] = g = cueGroups.Count;
                    cueGroups.Add((key.Item1, key.Item2, []));
                }
                cueGroups[g].Spans.Add(c.Span);
            }
        }
        var sources = sourceGroups
            .Select(g => new SourceSummary(g.Name, g.Type, g.Role, g.Sentences.ToArray(), new FixedKeyMap<int>(TagNames, g.Tags)))
            .OrderByDescending(x => x.Sentences.Count).ThenBy(x => x.Sentences[0]).ToArray();
        var allegations = allegationGroups.Select(g => new AllegationSummary(g.By, g.Type, g.Sentences.ToArray()))
            .OrderByDescending(x => x.Sentences.Count).ToArray();
        var cues = cueGroups.Select(g => new CueCount(g.Kind, g.Text, g.Spans.Count, g.Spans.ToArray()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Text, StringComparer.Ordinal).ToArray();
        var sourcing = new double[Types.Length];
        for (int t = 0; t < Types.Length; t++) sourcing[t] = attributed == 0 ? 0.0 : (double)typeCounts[t] / attributed;
        var shares = new double[tagCounts.Length];
        for (int t = 0; t < tagCounts.Length; t++) shares[t] = n == 0 ? 0.0 : (double)tagCounts[t] / n;
        return new FramingProfile(n, sources, new FixedKeyMap<double>(TagNames, shares), allegations,
            n == 0 ? 0 : (double)author / n, new FixedKeyMap<double>(TypeNames, sourcing), cues);
    }

    private static readonly string[] TagNames = FramingTagNames.All.Select(t => t.ToName()).ToArray();
}
