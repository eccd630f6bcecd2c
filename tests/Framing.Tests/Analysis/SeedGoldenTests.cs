using Framing.Analysis;
using Framing.Attribution;
using Framing.Evaluation;
using Framing.Tests.Support;

namespace Framing.Tests.Analysis;

/// <summary>The seed article, labeled by hand in seeds/*.labels.jsonl: the first golden test.</summary>
public class SeedGoldenTests
{
    private static readonly FramingAnalyzer RulesOnly = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });

    private static SentenceAnalysis Find(ArticleAnalysis a, string start) => a.Sentences.Single(s => s.Text.StartsWith(start, StringComparison.Ordinal));

    [Test]
    public void RulesAloneReachF1PointEightPerTagOnTheSeed()
    {
        var (report, _) = Evaluator.Evaluate(RulesOnly, LabeledDataReader.ReadArticles(Repo.SeedLabels));
        foreach (var t in report.Tags.Where(t => t.Support > 0))
        {
            TestContext.Out.WriteLine($"{t.Tag.ToName()}: P {t.Precision:0.000} R {t.Recall:0.000} F1 {t.F1:0.000} ({t.Support})");
            Assert.That(t.F1, Is.GreaterThanOrEqualTo(0.8), t.Tag.ToName());
        }
        Assert.That(report[FramingTag.EyewitnessReport].FalsePositives, Is.Zero, "the seed has no eyewitness report");
    }

    [Test]
    public void TheCuratorsFearIsAHedgeOnHisClaim()
    {
        // "he fears ISIS will be 'more vengeful'": the verb after its subject, with a name after it (the hand labels hedge it).
        var s = Find(RulesOnly.Analyze(Repo.SeedText), "The Associated Press quotes Syrian antiquities");
        Assert.That(s.Tags.Has(FramingTag.Hedge), Is.True);
        Assert.That(s[FramingTag.Hedge].Evidence.Select(e => e.Text), Does.Contain("he fears"));
    }

    [Test]
    public void LavrovHopesHeIsWrong()
    {
        var s = Find(RulesOnly.Analyze(Repo.SeedText), "“I hope I’m wrong,” Lavrov added");
        Assert.That(s.Tags, Is.EqualTo(FramingTags.Hedge | FramingTags.OfficialStatement));
        Assert.That(s.Attribution!.Speaker.Name, Is.EqualTo("Sergey Lavrov"));
        Assert.That(s[FramingTag.Hedge].Evidence.Select(e => e.Text), Does.Contain("I hope I’m wrong"));
    }

    [Test]
    public void KonashenkovBlamesTheCoalition()
    {
        var s = Find(RulesOnly.Analyze(Repo.SeedText), "Defense Ministry spokesman");
        Assert.That(s.Tags, Is.EqualTo(FramingTags.OfficialStatement | FramingTags.Allegation));
        Assert.That(s.Attribution!.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s[FramingTag.Allegation].Evidence.Select(e => e.Text), Does.Contain("blamed"));
    }

    [TestCase("CNN reported on Monday", "Syrian government media", SourceType.Official)]   // nested: CNN relays Syrian government media
    [TestCase("The human rights monitor in question", "Syrian Observatory for Human Rights", SourceType.Expert)]
    [TestCase("“ISIS fighters had seized", "CNN", SourceType.Media)]
    [TestCase("“In winning back Palmyra", "Associated Press", SourceType.Media)]
    [TestCase("The Associated Press quotes Syrian antiquities official", "Maamoun Abdulkarim", SourceType.Official)]
    [TestCase("Al-Arabiya\u00A0ominously reports", "Al-Arabiya", SourceType.Media)]
    [TestCase("The Associated Press quotes Rami Abdurrahman", "Rami Abdurrahman", SourceType.Expert)]
    [TestCase("As for Palmyra, the whole international community", "Rami Abdurrahman", SourceType.Expert)]
    [TestCase("Russia’s RT.com quotes", "Russian Ministry of Defense", SourceType.Official)]
    [TestCase("“Seizing on the suspension", "Igor Konashenkov", SourceType.Official)]
    [TestCase("“It is obvious that the terrorists", "Igor Konashenkov", SourceType.Official)]
    [TestCase("[Russian Foreign Minister Sergey] Lavrov said", "Sergey Lavrov", SourceType.Official)]
    [TestCase("“What is actually interesting", "Peter Ford", SourceType.Other)]
    [TestCase("Ford went on to predict", "Peter Ford", SourceType.Other)]
    public void SeedSpeakers(string sentenceStart, string name, SourceType type)
    {
        var s = Find(RulesOnly.Analyze(Repo.SeedText), sentenceStart);
        Assert.That(s.Attribution, Is.Not.Null, sentenceStart);
        Assert.That(s.Attribution!.Speaker.Name, Does.Contain(name));
        Assert.That(s.Attribution.Speaker.Type, Is.EqualTo(type));
    }

    [Test]
    public void NestedAttributionNamesTheRelay()
    {
        var a = RulesOnly.Analyze(Repo.SeedText);
        Assert.That(Find(a, "The Associated Press quotes Syrian antiquities").Attribution!.Speaker.Via, Is.EqualTo("Associated Press"));
        Assert.That(Find(a, "Russia’s RT.com quotes").Attribution!.Speaker.Via, Does.Contain("RT.com"));
        Assert.That(Find(a, "CNN reported on Monday").Attribution!.Speaker.Via, Is.EqualTo("CNN"));
    }

    [Test]
    public void ProfileListsSourcesAndAuthorVoice()
    {
        var p = RulesOnly.Analyze(Repo.SeedText).Profile;
        var names = p.Sources.Select(s => s.Name).ToArray();
        Assert.That(names, Does.Contain("Igor Konashenkov").And.Contain("Sergey Lavrov").And.Contain("Peter Ford").And.Contain("CNN"));
        Assert.That(p.Sources.Single(s => s.Name == "Igor Konashenkov").TagCounts["allegation"], Is.GreaterThanOrEqualTo(1));
        Assert.That(p.Cues.Any(c => c.Kind == "label" && c.Text == "regime"), Is.True);
        Assert.That(p.Cues.Any(c => c.Kind == "scare_quote" && c.Text == "“patrolled”"), Is.True);
    }
}
