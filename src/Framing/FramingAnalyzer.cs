using Framing.Analysis;
using Framing.Internal;
using Framing.Model;
using Framing.Rules;
using Framing.Text;

namespace Framing;

/// <summary>
/// Tags every sentence of a news article as allegation, hedge, official statement and/or eyewitness
/// report, with evidence, speakers and the article's framing profile. Build once and reuse: an instance
/// is immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var analyzer = FramingAnalyzer.CreateDefault();
/// var result = analyzer.Analyze(File.ReadAllText("article.txt"));
/// foreach (var s in result.Sentences)
///     Console.WriteLine($"{string.Join(",", s.Tags.Names())}\t{s.Text}");
/// </code>
/// </example>
public sealed class FramingAnalyzer
{
    private static readonly Lazy<FramingAnalyzer> Default = new(() => Create(new AnalyzerOptions()));

    private readonly CompiledRules _rules;
    private readonly TagModel? _model;

    private FramingAnalyzer(CompiledRules rules, TagModel? model)
    {
        _rules = rules;
        _model = model;
    }

    /// <summary>The analyzer with the embedded rules and model (built once per process).</summary>
    public static FramingAnalyzer CreateDefault() => Default.Value;

    /// <summary>Builds an analyzer. Throws <see cref="RuleSetException"/> listing every rule problem, or
    /// <see cref="FramingInputException"/> for a model that cannot be used with these rules.</summary>
    public static FramingAnalyzer Create(AnalyzerOptions options)
    {
        Guard.NotNull(options);
        // The model loads on another core while the rules are read and compiled: each takes about as long.
        var modelTask = options.RulesOnly ? null
            : Task.Run(() => options.ModelPath is null ? TagModel.LoadDefault() : TagModel.Load(options.ModelPath));
        RuleSet ruleSet;
        CompiledRules rules;
        try
        {
            ruleSet = options.Rules ?? (options.RulesDirectory is null ? RuleSet.Default : RuleSet.Load(options.RulesDirectory, options.ExtendDefaultRules));
            rules = new CompiledRules(ruleSet);
        }
        catch
        {
            modelTask?.ContinueWith(t => t.Exception, TaskScheduler.Default); // observe a failure we no longer need
            throw;
        }
        var model = modelTask?.GetAwaiter().GetResult();
        model?.CheckCompatible(ruleSet, options.ModelPath ?? "embedded default model");
        return new FramingAnalyzer(rules, model);
    }

    /// <summary>An analyzer over rules already compiled and a model already in memory (the trainer scores its new model with it).</summary>
    internal static FramingAnalyzer Create(CompiledRules rules, TagModel? model) => new(rules, model);

    /// <summary>The rules in use.</summary>
    public RuleSet Rules => _rules.RuleSet;

    /// <summary>True when a trained model combines with the rules.</summary>
    public bool HasModel => _model is not null;

    /// <summary>Metadata of the model in use, or null in rules-only mode.</summary>
    public ModelManifest? Model => _model?.Manifest;

    internal CompiledRules CompiledRules => _rules;
    internal TagModel? TagModel => _model;

    /// <summary>Analyzes one article. Never throws on any text.</summary>
    public ArticleAnalysis Analyze(string text, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The document lives only for this call (the analysis keeps none of its arrays), so its token array and the
        // rules stage's scratch arrays are rented and given back: fresh ones were a third of the bytes allocated.
        return AnalyzeDocument(Text.DocumentBuilder.Build(text ?? string.Empty, null, pooledTokens: true), pooled: true);
    }

    /// <summary>Reads the whole article from <paramref name="reader"/> and analyzes it.</summary>
    public ArticleAnalysis Analyze(TextReader reader, CancellationToken cancellationToken = default) =>
        Analyze(Guard.NotNull(reader).ReadToEnd(), cancellationToken);

    /// <summary>Analyzes articles one at a time, lazily: memory stays flat however many there are.</summary>
    public IEnumerable<ArticleAnalysis> AnalyzeMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(texts);
        foreach (var t in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Analyze(t, cancellationToken);
        }
    }

    /// <summary>Analyzes a text and explains every sentence: each rule that fired, each non-zero model feature, each decision.</summary>
    public IReadOnlyList<SentenceExplanation> Explain(string text)
    {
        var doc = Document.Parse(text ?? string.Empty);
        var state = ArticleState.Build(_rules, doc);
        var features = Features.SentenceFeaturizer.Featurize(state);
        var analysis = Combiner.Combine(state, _model?.PredictRows(features, state), _model);
        return analysis.Sentences.Select((s, i) => new SentenceExplanation(s,
            state.Context.MatchesOf(i).ToArray().Select(m => new RuleHit(m.Rule.Id, SignalNames.ToName(m.Rule.Signal), doc.Text.Substring(m.Span.Start, m.Span.Length), m.Rule.Weight, $"{m.Rule.File}:{m.Rule.Line}")).ToArray(),
            _model is null ? new Dictionary<string, float>() : Features.SentenceFeaturizer.Names.Select((n, k) => (n, v: features[i][k])).Where(x => x.v != 0).ToDictionary(x => x.n, x => x.v))).ToArray();
    }

    /// <summary>
    /// Analyzes a document (labeled data come with their sentences already cut). With <paramref name="pooled"/> the
    /// rules stage's arrays are rented and, with the document's tokens, given back once the analysis is built.
    /// </summary>
    internal ArticleAnalysis AnalyzeDocument(Document doc, bool pooled = false)
    {
        var state = ArticleState.Build(_rules, doc, pooled);
        try { return Combiner.Combine(state, _model?.Predict(state), _model); }
        finally { state.Release(); }
    }
}
