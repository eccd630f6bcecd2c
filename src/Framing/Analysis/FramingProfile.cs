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
    internal static FramingProfile Build(IReadOnlyList<SentenceAnalysis> sentences)
    {
        int n = sentences.Count;
        var sources = sentences.Where(s => s.Attribution is not null)
            .GroupBy(s => (s.Attribution!.Speaker.Name, s.Attribution.Speaker.Type))
            .Select(g => new SourceSummary(g.Key.Name, g.Key.Type, g.Select(s => s.Attribution!.Speaker.Role).FirstOrDefault(r => r is not null),
                g.Select(s => s.Index).ToArray(),
                FramingTagNames.All.ToDictionary(t => t.ToName(), t => g.Count(s => s.Tags.Has(t)))))
            .OrderByDescending(s => s.Sentences.Count).ThenBy(s => s.Sentences[0]).ToArray();
        var shares = FramingTagNames.All.ToDictionary(t => t.ToName(), t => n == 0 ? 0.0 : (double)sentences.Count(s => s.Tags.Has(t)) / n);
        var allegations = sentences.Where(s => s.Tags.Has(FramingTag.Allegation))
            .GroupBy(s => s.Attribution is { } a ? (a.Speaker.Name, a.Speaker.Type) : ("author", SourceType.Other))
            .Select(g => new AllegationSummary(g.Key.Item1, g.Key.Item2, g.Select(s => s.Index).ToArray()))
            .OrderByDescending(a => a.Sentences.Count).ToArray();
        int author = sentences.Count(s => s.Tags.Has(FramingTag.Allegation) && s.Attribution is null);
        int attributed = sentences.Count(s => s.Attribution is not null);
        var sourcing = Enum.GetValues<SourceType>().ToDictionary(t => t.ToString().ToLowerInvariant(),
            t => attributed == 0 ? 0.0 : (double)sentences.Count(s => s.Attribution?.Speaker.Type == t) / attributed);
        var cues = sentences.SelectMany(s => s.Cues)
            .GroupBy(c => (c.Kind, Text: c.Text.ToLowerInvariant()))
            .Select(g => new CueCount(g.Key.Kind, g.Key.Text, g.Count(), g.Select(c => c.Span).ToArray()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Text, StringComparer.Ordinal).ToArray();
        return new FramingProfile(n, sources, shares, allegations, n == 0 ? 0 : (double)author / n, sourcing, cues);
    }
}
