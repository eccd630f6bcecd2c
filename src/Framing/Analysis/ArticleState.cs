using System.Buffers;
using Framing.Attribution;
using Framing.Rules;
using Framing.Text;

namespace Framing.Analysis;

/// <summary>Everything the rules stage knows about one article; the featurizer and the combiner read it.</summary>
internal sealed class ArticleState
{
    public required Document Doc { get; init; }
    public required ArticleContext Context { get; init; }
    public required SentenceAttribution?[] Attributions { get; init; }
    public required EntityRegistry Entities { get; init; }
    /// <summary>Every sentence's rule score and evidence per tag, four to a sentence: use <see cref="RuleScore"/>.</summary>
    public required (double Score, IReadOnlyList<Evidence> Evidence)[] RuleScores { get; init; }

    /// <summary>The rule score and evidence of tag <paramref name="tag"/> (0..3) in sentence <paramref name="sentence"/>.</summary>
    public (double Score, IReadOnlyList<Evidence> Evidence) RuleScore(int sentence, int tag) => RuleScores[sentence * 4 + tag];

    /// <summary>
    /// Runs the rules stage over <paramref name="doc"/>. With <paramref name="pooled"/> the per-token and per-sentence
    /// scratch arrays are rented, and the caller gives them back with <see cref="Release"/> once the results are built
    /// (results keep none of them).
    /// </summary>
    public static ArticleState Build(CompiledRules rules, Document doc, bool pooled = false)
    {
        var inside = CompiledRules.InsideQuote(doc, pooled);
        var matches = rules.Match(doc, inside);
        var ctx = new ArticleContext(doc, matches, inside, pooled);
        var (attributions, entities) = SpeakerResolver.Resolve(ctx);
        int n = doc.SentenceArray.Length * 4;
        var scores = pooled ? ArrayPool<(double, IReadOnlyList<Evidence>)>.Shared.Rent(Math.Max(1, n)) : new (double, IReadOnlyList<Evidence>)[n];
        for (int i = 0; i < doc.SentenceArray.Length; i++) RuleScorer.Score(ctx, doc.SentenceArray[i], attributions[i], scores.AsSpan(i * 4, 4));
        return new ArticleState { Doc = doc, Context = ctx, Attributions = attributions, Entities = entities, RuleScores = scores, _pooled = pooled };
    }

    private bool _pooled;

    /// <summary>Gives the rented arrays of a pooled state (and its document's tokens) back; the state is unusable afterwards.</summary>
    public void Release()
    {
        if (!_pooled) return;
        _pooled = false;
        // The evidence lists are cleared out of the array first, so that the pool does not keep them alive.
        Array.Clear(RuleScores, 0, Doc.SentenceArray.Length * 4);
        ArrayPool<(double, IReadOnlyList<Evidence>)>.Shared.Return(RuleScores);
        Context.Release();
        Doc.ReleaseTokens();
    }
}
