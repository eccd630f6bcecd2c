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
    public required (double Score, IReadOnlyList<Evidence> Evidence)[][] RuleScores { get; init; }

    public static ArticleState Build(CompiledRules rules, Document doc)
    {
        var inside = CompiledRules.InsideQuote(doc);
        var matches = rules.Match(doc, inside);
        var ctx = new ArticleContext(doc, matches, inside);
        var (attributions, entities) = SpeakerResolver.Resolve(ctx);
        var scores = new (double, IReadOnlyList<Evidence>)[doc.Sentences.Count][];
        for (int i = 0; i < scores.Length; i++) scores[i] = RuleScorer.Score(ctx, doc.Sentences[i], attributions[i]);
        return new ArticleState { Doc = doc, Context = ctx, Attributions = attributions, Entities = entities, RuleScores = scores };
    }
}
