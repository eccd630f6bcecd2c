using Framing.Analysis;
using Framing.Evaluation;
using Framing.Model;
using Framing.Rules;
using Framing.Tests.Support;

namespace Framing.Tests.Model;

/// <summary>The shipped model: embedded, made for the shipped rules, and reproducible from the corpus.</summary>
public class DefaultModelTests
{
    [Test]
    public void DefaultAnalyzerHasTheEmbeddedModelForTheEmbeddedRules()
    {
        var analyzer = FramingAnalyzer.CreateDefault();
        Assert.That(analyzer.HasModel, Is.True, "models/default.framing.zip is embedded in the package");
        Assert.That(analyzer.Model!.RulesHash, Is.EqualTo(RuleSet.Default.Hash), "retrain with models/train-default.sh after changing rules");
        Assert.That(analyzer.Model.Labels, Is.EqualTo(new[] { "allegation", "hedge", "official_statement", "eyewitness_report" }));
    }

    [Test]
    public void TheRecordedTestMetricsAreWhatEvaluatingTheShippedAnalyzerGives()
    {
        // The manifest's figures must be the analyzer's own decisions (combiner vetoes included: a question is no
        // hedge), not the blended scores before them: users read them as what `framing evaluate` will say.
        var analyzer = FramingAnalyzer.CreateDefault();
        var test = LabeledDataReader.ReadArticles(Repo.Path_("corpus", "test.jsonl"));
        var report = Evaluator.Evaluate(analyzer, test).Report;
        foreach (var m in report.Tags)
        {
            var recorded = analyzer.Model!.TestMetrics[m.Tag.ToName()];
            Assert.That(recorded.F1, Is.EqualTo(Math.Round(m.F1, 6)), m.Tag.ToName());
            Assert.That(recorded.Precision, Is.EqualTo(Math.Round(m.Precision, 6)), m.Tag.ToName());
            Assert.That(recorded.F1.ToString("0.000"), Is.EqualTo(m.F1.ToString("0.000")), m.Tag.ToName() + ": train and evaluate print the same figure");
            Assert.That(recorded.Support, Is.EqualTo(m.Support), m.Tag.ToName());
        }
    }

    [Test]
    public void RetrainingFromTheCorpusReproducesTheRecordedTestMetrics()
    {
        var recorded = FramingAnalyzer.CreateDefault().Model!;
        var train = LabeledDataReader.ReadArticles(Repo.Path_("corpus", "train.jsonl"));
        var dev = LabeledDataReader.ReadArticles(Repo.Path_("corpus", "dev.jsonl"));
        var test = LabeledDataReader.ReadArticles(Repo.Path_("corpus", "test.jsonl"));
        Assert.That(ModelTrainer.Hash(train), Is.EqualTo(recorded.TrainingDataHash), "the model was trained on corpus/train.jsonl as committed");
        var report = new FramingTrainer().Train(train, TrainerOptions.From(recorded), dev, test);
        Assert.That(report.Manifest.Thresholds, Is.EqualTo(recorded.Thresholds));
        foreach (var (tag, m) in recorded.TestMetrics)
        {
            TestContext.Out.WriteLine($"{tag}: test P {m.Precision} R {m.Recall} F1 {m.F1}");
            Assert.That(report.Manifest.TestMetrics[tag], Is.EqualTo(m), tag);
        }
    }
}
