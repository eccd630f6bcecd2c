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

    public static ArticleState Build(CompiledRules rules, Document doc)
    {
        var inside = CompiledRules.InsideQuote(doc);
        var matches = rules.Match(doc, inside);
        var ctx = new ArticleContext(doc, matches, inside);
        var (attributions, entities) = SpeakerResolver.Resolve(ctx);
        var scores = new (double, IReadOnlyList<Evidence>)[doc.SentenceArray.Length * 4];
        for (int i = 0; i < doc.SentenceArray.Length; i++) RuleScorer.Score(ctx, doc.SentenceArray[i], attributions[i], scores.AsSpan(i * 4, 4));
        return new ArticleState { Doc = doc, Context = ctx, Attributions = attributions, Entities = entities, RuleScores = scores };
    }
}
