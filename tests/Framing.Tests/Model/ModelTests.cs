using System.Text.RegularExpressions;
using Microsoft.ML.Data;
using System.IO.Compression;
using Framing.Analysis;
using Framing.Evaluation;
using Framing.Model;
using Framing.Rules;
using Framing.Tests.Support;

namespace Framing.Tests.Model;

/// <summary>Plumbing of the classifier on a small slice of the corpus: determinism, save/load, refusal of bad models and data.</summary>
public class ModelTests
{
    private static readonly Lazy<IReadOnlyList<LabeledArticle>> Slice = new(() =>
        LabeledDataReader.ReadArticles(Repo.Path_("corpus", "train.jsonl")).Take(24).ToList());

    private static readonly TrainerOptions Small = new() { Trees = 20, Leaves = 8, Seed = 7 };

    private static string Temp() => Path.Combine(Path.GetTempPath(), "framing-test-" + Guid.NewGuid().ToString("N") + ".zip");

    private static float[][] ScoresOf(string modelPath)
    {
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = modelPath });
        return Slice.Value.Take(3).SelectMany(a => analyzer.AnalyzeDocument(a.Document).Sentences)
            .Select(s => s.Decisions.Select(d => (float)d.ModelScore!.Value).ToArray()).ToArray();
    }

    [Test]
    public void SameSeedGivesIdenticalScoresAndSaveLoadRoundTrips()
    {
        string a = Temp(), b = Temp();
        try
        {
            var first = new FramingTrainer().Train(Slice.Value, Small);
            first.SaveTo(a);
            new FramingTrainer().Train(Slice.Value, Small).SaveTo(b);
            var sa = ScoresOf(a);
            Assert.That(ScoresOf(b), Is.EqualTo(sa));
            Assert.That(sa.SelectMany(x => x).Distinct().Count(), Is.GreaterThan(4), "scores vary by sentence");
            var reloaded = FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = a });
            Assert.That(reloaded.Model!.Thresholds, Is.EqualTo(first.Manifest.Thresholds));
            Assert.That(reloaded.Model.RulesHash, Is.EqualTo(RuleSet.Default.Hash));
        }
        finally { File.Delete(a); File.Delete(b); }
    }

    [Test]
    public void SaveRefusesToOverwriteUnlessAsked()
    {
        var path = Temp();
        try
        {
            File.WriteAllText(path, "user data");
            var report = new FramingTrainer().Train(Slice.Value, Small);
            var e = Assert.Throws<FramingInputException>(() => report.SaveTo(path))!;
            Assert.That(e.Diagnostic.Code, Is.EqualTo("FR0508"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("user data"));
            report.SaveTo(path, overwrite: true);
            Assert.That(FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = path }).HasModel, Is.True);
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "*.tmp"), Is.Empty);
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void ModelForOtherRulesIsRefused()
    {
        var path = Temp();
        var dir = Directory.CreateTempSubdirectory("framing-rules-");
        try
        {
            new FramingTrainer().Train(Slice.Value, Small).SaveTo(path);
            foreach (var f in Directory.GetFiles(Repo.Path_("rules"), "*.yaml")) File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            File.AppendAllText(Path.Combine(dir.FullName, "negation.yaml"), "\n  - id: negation.extra\n    signals: negation\n    phrases: [nary]\n");
            var e = Assert.Throws<FramingInputException>(() => FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = path, RulesDirectory = dir.FullName }))!;
            Assert.That(e.Diagnostic.Code, Is.EqualTo("FR0507"));
            Assert.That(e.Message, Does.Contain("retrain"));
        }
        finally { File.Delete(path); dir.Delete(true); }
    }

    [Test]
    public void CorruptTruncatedOrForeignModelsGiveClearErrors()
    {
        var good = Temp();
        var bad = Temp();
        try
        {
            new FramingTrainer().Train(Slice.Value, Small).SaveTo(good);
            var bytes = File.ReadAllBytes(good);
            File.WriteAllBytes(bad, bytes[..(bytes.Length / 2)]);
            Assert.That(Assert.Throws<FramingInputException>(() => FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = bad }))!.Diagnostic.Code, Is.EqualTo("FR0506"));
            File.WriteAllText(bad, "not a zip at all");
            Assert.That(Assert.Throws<FramingInputException>(() => FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = bad }))!.Diagnostic.Code, Is.EqualTo("FR0506"));
            File.Delete(bad);
            using (var zip = ZipFile.Open(bad, ZipArchiveMode.Create)) zip.CreateEntry("readme.txt");
            Assert.That(Assert.Throws<FramingInputException>(() => FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = bad }))!.Diagnostic.Code, Is.EqualTo("FR0503"));
            RewriteManifest(good, bad, json => json.Replace($"\"format_version\": {ModelManifest.CurrentFormatVersion}", "\"format_version\": 99"));
            var e = Assert.Throws<FramingInputException>(() => FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = bad }))!;
            Assert.That(e.Diagnostic.Code, Is.EqualTo("FR0504"));
        }
        finally { File.Delete(good); File.Delete(bad); }
    }

    [Test]
    public void KeptRulesAreReadBackCheckedAndOptional()
    {
        var good = Temp();
        var edited = Temp();
        try
        {
            new FramingTrainer().Train(Slice.Value, Small with { KeepRules = [false, false, true, false] }).SaveTo(good);
            Assert.That(FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = good }).Model!.KeepRules, Is.EqualTo(new[] { false, false, true, false }));

            // A manifest with the wrong number of flags is refused with the file named; one without the field (written
            // before it existed) keeps no tag's rules.
            RewriteManifest(good, edited, json => Regex.Replace(json, "\"keep_rules\": \\[[^\\]]*\\]", "\"keep_rules\": [true]"));
            var e = Assert.Throws<FramingInputException>(() => FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = edited }))!;
            Assert.That(e.Diagnostic.Code, Is.EqualTo("FR0503"));
            Assert.That(e.Message, Does.Contain(edited));
            RewriteManifest(good, edited, json => Regex.Replace(json, "\"keep_rules\": \\[[^\\]]*\\],?", ""));
            var old = FramingAnalyzer.Create(new AnalyzerOptions { ModelPath = edited }).Model!;
            Assert.That(Enumerable.Range(0, 4).Select(old.KeepsRules), Is.All.False);
        }
        finally { File.Delete(good); File.Delete(edited); }
    }

    private static void RewriteManifest(string from, string to, Func<string, string> edit)
    {
        File.Copy(from, to, overwrite: true);
        using var zip = ZipFile.Open(to, ZipArchiveMode.Update);
        var entry = zip.GetEntry("manifest.json")!;
        string json;
        using (var r = new StreamReader(entry.Open())) json = r.ReadToEnd();
        var changed = edit(json);
        Assert.That(changed, Is.Not.EqualTo(json), "the edit must change the manifest");
        entry.Delete();
        using var w = new StreamWriter(zip.CreateEntry("manifest.json").Open());
        w.Write(changed);
    }

    [Test]
    public void TheEyewitnessModelNeverReadsAllegationFeaturesUnlessAllowedTo()
    {
        // By default the eyewitness trees may not split on allegation's cue counts and rule scores (so allegation rule
        // changes do not move the eyewitness model); the allegation trees do use them, so the check has teeth.
        var rules = new CompiledRules(RuleSet.Default);
        var rows = Slice.Value.SelectMany(a => ModelTrainer.Featurize(rules, a).Rows).ToList();
        var allegationSlots = Framing.Features.SentenceFeaturizer.SlotsOf(["allegation"]).ToHashSet();
        Assert.That(allegationSlots, Has.Count.GreaterThanOrEqualTo(7), "count, quoted, rule score (own, previous, next) and two combinations");
        int[] SplitSlots(TrainerOptions o, int tag) =>
            ModelTrainer.Fit(rows, o, null, default).Scorer.Tags[tag].Trees.SelectMany(t => t.Feature).Where(allegationSlots.Contains).ToArray();
        var options = Small with { Trees = 40 };
        Assert.That(SplitSlots(options, 3), Is.Empty, "eyewitness trees split on an allegation slot");
        Assert.That(SplitSlots(options, 0), Is.Not.Empty, "allegation trees use allegation slots");
        Assert.That(SplitSlots(options with { IgnoredSignals = [["allegation"], [], [], []] }, 0), Is.Empty, "allegation trees told to ignore them");
    }

    [TestCase(FeatureSet.All)]
    [TestCase(FeatureSet.Structural)]
    [TestCase(FeatureSet.TextOnly)]
    public void DirectTreeEvaluationEqualsMlNetScores(FeatureSet features)
    {
        // Prediction evaluates the trees copied out of ML.NET; they must give ML.NET's own probabilities.
        var rules = new CompiledRules(RuleSet.Default);
        var rows = Slice.Value.SelectMany(a => ModelTrainer.Featurize(rules, a).Rows).ToList();
        var heldOut = LabeledDataReader.ReadArticles(Repo.Path_("corpus", "dev.jsonl")).Take(6).SelectMany(a => ModelTrainer.Featurize(rules, a).Rows).ToList();
        var fitted = ModelTrainer.Fit(rows, Small with { Features = features, Trees = 40 }, null, default);
        var ours = ModelTrainer.Score(fitted, heldOut);
        var data = fitted.Ml.Data.LoadFromEnumerable(ModelTrainer.TrainingRows(fitted.Scorer, heldOut), fitted.Schema);
        int compared = 0;
        for (int t = 0; t < 4; t++)
        {
            var theirs = fitted.MlTags[t].Transform(data).GetColumn<float>("Probability").ToArray();
            Assert.That(theirs, Has.Length.EqualTo(heldOut.Count));
            for (int i = 0; i < theirs.Length; i++, compared++)
                Assert.That(ours[i][t], Is.EqualTo(theirs[i]).Within(1e-5), $"tag {t}, row {i}");
            Assert.That(theirs.Distinct().Count(), Is.GreaterThan(3), "the comparison covers varied scores");
        }
        Assert.That(compared, Is.GreaterThan(400));
    }

    [Test]
    public void EachTagGetsItsOwnNumberOfTreesAndTheManifestKeepsThem()
    {
        var path = Temp();
        try
        {
            var options = Small with { TreesPerTag = [3, 5, 8, 13] };
            new FramingTrainer().Train(Slice.Value, options).SaveTo(path);
            var model = TagModel.Load(path);
            Assert.That(model.Scorer.Tags.Select(t => t.Trees.Count), Is.EqualTo(new[] { 3, 5, 8, 13 }));
            Assert.That(model.Manifest.TreesPerTag, Is.EqualTo(new[] { 3, 5, 8, 13 }));
            Assert.That(TrainerOptions.From(model.Manifest).TreesFor(3), Is.EqualTo(13), "retraining from the manifest keeps the counts");
            Assert.Throws<ArgumentException>(() => new FramingTrainer().Train(Slice.Value, Small with { TreesPerTag = [3, 5] }));
            Assert.That(() => new FramingTrainer().Train(Slice.Value, Small with { IgnoredSignals = [[], [], [], ["alegation"]] }),
                Throws.ArgumentException.With.Message.Contains("'alegation' is no signal"));
            Assert.Throws<ArgumentException>(() => new FramingTrainer().Train(Slice.Value, Small with { IgnoredSignals = [["allegation"]] }));
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void BadPerTagOptionsAreRefusedBeforeTraining()
    {
        // Two weights instead of four used to surface as an index error after the trees were fitted.
        var e = Assert.Throws<ArgumentException>(() => new FramingTrainer().Train(Slice.Value, Small with { BlendWeights = [0.5, 0.5] }))!;
        Assert.That(e.Message, Does.Contain("BlendWeights"));
        Assert.Throws<ArgumentException>(() => new FramingTrainer().Train(Slice.Value, Small with { ThresholdBetas = [1, 1, 0, 1] }));
        Assert.Throws<ArgumentException>(() => new FramingTrainer().Train(Slice.Value, Small with { Trees = 0 }));
    }

    [Test]
    public void TagWithoutPositivesIsRefused()
    {
        var noWitness = Slice.Value.Select(a => a with { Sentences = a.Sentences.Select(s => s with { Tags = s.Tags & ~FramingTags.EyewitnessReport }).ToList() }).ToList();
        var e = Assert.Throws<FramingInputException>(() => new FramingTrainer().Train(noWitness, Small))!;
        Assert.That(e.Diagnostic.Code, Is.EqualTo("FR0414"));
        Assert.That(e.Message, Does.Contain("eyewitness_report"));
    }
}

/// <summary>The blend of model and rules: an allegation needs a cue, other tags may come from the model alone.</summary>
public class ScoreBlendTests
{
    [Test]
    public void AnAllegationNeedsAFiredCueWhateverTheModelSays()
    {
        Assert.That(Framing.Model.ScoreBlend.Of(0, 1.0, 0.99, 0), Is.EqualTo(0));
        Assert.That(Framing.Model.ScoreBlend.Of(0, 0.5, 0.9, 0.4), Is.EqualTo(0.65).Within(1e-9));
        Assert.That(Framing.Model.ScoreBlend.Of(2, 0.7, 0.9, 0), Is.EqualTo(0.63).Within(1e-9), "official_statement may come from context alone");
    }
}
