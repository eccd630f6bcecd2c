using System.Text.Json;
using Framing.Tests.Support;

namespace Framing.Tests.Cli;

/// <summary>The real command line, in-process, with captured output.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Test]
    public void AnalyzeSeedAsJsonHasTaggedSentencesWithValidSpans()
    {
        var seed = Repo.Path_("seeds", Repo.SeedName + ".txt");
        var (code, output, err) = Run("analyze", seed, "--format", "json", "--rules-only");
        Assert.That(code, Is.Zero, err);
        using var json = JsonDocument.Parse(output);
        var text = File.ReadAllText(seed);
        var sentences = json.RootElement.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.That(sentences, Has.Length.GreaterThan(20));
        foreach (var s in sentences)
        {
            int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
            Assert.That(text[start..end], Is.EqualTo(s.GetProperty("text").GetString()));
        }
        Assert.That(sentences.Count(s => s.GetProperty("tags").GetArrayLength() > 0), Is.GreaterThan(10));
        Assert.That(json.RootElement.GetProperty("profile").GetProperty("sources").GetArrayLength(), Is.GreaterThan(5));
    }

    [Test]
    public void ReadableOutputShowsTagsSpeakersAndProfile()
    {
        var (code, output, _) = Run("analyze", Repo.Path_("seeds", Repo.SeedName + ".txt"), "--rules-only");
        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("hedge official_statement").And.Contain("speaker: Sergey Lavrov (official").And.Contain("Framing profile"));
    }

    [Test]
    public void BrokenRulesFileExitsThreeWithPositionAndNoStackTrace()
    {
        var dir = Directory.CreateTempSubdirectory("framing-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), "rules:\n  - id: x\n    signals: hedge\n    phrses: [may]\n");
            var (code, _, err) = Run("analyze", Repo.Path_("seeds", Repo.SeedName + ".txt"), "--rules", dir.FullName);
            Assert.That(code, Is.EqualTo(3));
            Assert.That(err, Does.Contain("bad.yaml:4:5: error FR0103: unknown key 'phrses'"));
            Assert.That(err, Does.Not.Contain("   at "));
        }
        finally { dir.Delete(true); }
    }

    [Test]
    public void BinaryArticleIsRefusedWithExitThree()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10, 0xFF]);
            var (code, _, err) = Run("analyze", file);
            Assert.That(code, Is.EqualTo(3));
            Assert.That(err, Does.Contain("FR0303").And.Not.Contain("   at "));
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void RulesTestPassesOnShippedRulesAndFailsOnAWrongExample()
    {
        Assert.That(Run("rules", "test").Code, Is.Zero);
        var dir = Directory.CreateTempSubdirectory("framing-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "r.yaml"),
                "rules:\n  - id: x\n    signals: hedge\n    phrases: [maybe]\n    examples:\n      match: [\"It may rain.\"]\n");
            var (code, _, err) = Run("rules", "test", dir.FullName);
            Assert.That(code, Is.EqualTo(4));
            Assert.That(err, Does.Contain("r.yaml:6:1: error FR0201"));
        }
        finally { dir.Delete(true); }
    }

    [Test]
    public void UnknownOptionIsAUsageError()
    {
        Assert.That(Run("analyze", "--no-such-option").Code, Is.Not.Zero);
    }
}

/// <summary>Batches: directories, JSONL streaming, CSV, HTML folders, skipped inputs.</summary>
public class CliBatchTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Test]
    public void DirectoryBatchSkipsBinaryAndReportsPartialFailure()
    {
        var dir = Directory.CreateTempSubdirectory("framing-batch-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "The minister said the bridge may reopen in May.");
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "b.md"), "# Storm\n\nResidents said they heard the roof go.");
            File.WriteAllText(Path.Combine(dir.FullName, "c.html"), "<html><head><script>var x = 'said may';</script><style>p{}</style></head><body><h1>Fire</h1><p>Police said the blaze was &quot;suspicious&quot;.</p></body></html>");
            File.WriteAllBytes(Path.Combine(dir.FullName, "d.txt"), [0x00, 0x01, 0xFF, 0x10]);
            var (code, output, err) = Run("analyze", dir.FullName, "-f", "jsonl", "--rules-only");
            Assert.That(code, Is.EqualTo(5), err);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(err, Does.Contain("d.txt").And.Contain("FR0303").And.Contain("analyzed 3 article(s), skipped 1"));
            Assert.That(output, Does.Not.Contain("var x"), "scripts are not article text");
            Assert.That(output, Does.Contain("Police said the blaze was \\\"suspicious\\\"").Or.Contain("Police said the blaze was \"suspicious\""));
        }
        finally { dir.Delete(true); }
    }

    [Test]
    public void JsonlInputToCsvOutputWithParallelKeepsOrder()
    {
        var file = Path.Combine(Path.GetTempPath(), "framing-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            File.WriteAllLines(file, Enumerable.Range(0, 40).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"Officials said {i} people may have died. Residents said they heard blasts.\"}}")
                .Append("{not json}"));
            var (code, output, err) = Run("analyze", file, "-f", "csv", "-p", "2", "--rules-only");
            Assert.That(code, Is.EqualTo(5), err);
            var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(rows[0], Is.EqualTo(Framing.Reporting.CsvReportWriter.Header));
            Assert.That(rows.Skip(1).Select(r => r.Split(',')[0]).Distinct(), Is.EqualTo(Enumerable.Range(0, 40).Select(i => $"n{i}")));
            Assert.That(err, Does.Contain(":41:1: error FR0409"));
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void ParallelWorkersWriteWhatOneWorkerWritesInInputOrder()
    {
        // Corpus articles, longest and shortest alternating, so that with several workers a later article is often
        // finished before an earlier one: the output must still come in input order and be the same bytes.
        var articles = Framing.Evaluation.LabeledDataReader.ReadArticles(Repo.Path_("corpus", "dev.jsonl"))
            .Select(a => a.Document.Text).OrderByDescending(t => t.Length).ToList();
        var order = Enumerable.Range(0, articles.Count / 2).SelectMany(i => new[] { articles[i], articles[^(i + 1)] }).ToList();
        var file = Path.Combine(Path.GetTempPath(), "framing-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            File.WriteAllLines(file, order.Select((t, i) => JsonSerializer.Serialize(new { id = $"a{i}", text = t })));
            var one = Run("analyze", file, "-f", "jsonl", "--rules-only", "-p", "1");
            Assert.That(one.Code, Is.Zero, one.Err);
            var ids = one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
            Assert.That(ids, Is.EqualTo(order.Select((_, i) => $"a{i}")));
            foreach (var workers in new[] { "2", "3" })
            {
                var many = Run("analyze", file, "-f", "jsonl", "--rules-only", "-p", workers);
                Assert.That(many.Code, Is.Zero, many.Err);
                Assert.That(many.Out, Is.EqualTo(one.Out), $"-p {workers}");
            }
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void HtmlOutputIsWrittenAtomicallyToTheNamedFile()
    {
        var outFile = Path.Combine(Path.GetTempPath(), "framing-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var (code, _, err) = Run("analyze", Support.Repo.Path_("seeds", Support.Repo.SeedName + ".txt"), "-f", "html", "-o", outFile, "--rules-only");
            Assert.That(code, Is.Zero, err);
            var html = File.ReadAllText(outFile);
            Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.Contain("id=\"sources\"").And.Not.Contain("<script src"));
            Assert.That(Directory.GetFiles(Path.GetTempPath(), "." + Path.GetFileName(outFile) + "*"), Is.Empty);
        }
        finally { File.Delete(outFile); }
    }

    [Test]
    public void ExplainListsRulesAndDecisions()
    {
        var (code, output, _) = Run("explain", "\"I hope I'm wrong,\" the minister added.");
        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("hedge.first-person-belief").And.Contain("official_statement").And.Contain("YES"));
    }

    [Test]
    public void TrainRefusesToOverwriteWithoutForce()
    {
        var model = Path.GetTempFileName();
        try
        {
            File.WriteAllText(model, "precious");
            var (code, _, err) = Run("train", Support.Repo.Path_("corpus", "dev.jsonl"), "--out", model);
            Assert.That(code, Is.EqualTo(3));
            Assert.That(err, Does.Contain("FR0508"));
            Assert.That(File.ReadAllText(model), Is.EqualTo("precious"));
        }
        finally { File.Delete(model); }
    }

    [TestCase("--trees", "abc")]
    [TestCase("--trees", "0")]
    [TestCase("--trees", "100,200")]
    [TestCase("--blend", "1.5")]
    [TestCase("--threshold-beta", "0,1,1,1")]
    [TestCase("--keep-rules", "0,0,0.5,0")]
    [TestCase("--keep-rules", "0,1")]
    [TestCase("--ignore-signals", "-,-,-,alegation")]
    [TestCase("--ignore-signals", "allegation")]
    public void TrainRejectsBadPerTagNumbersBeforeReadingData(string option, string value)
    {
        var model = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip");
        var (code, output, err) = Run("train", Support.Repo.Path_("corpus", "dev.jsonl"), "--out", model, option, value);
        Assert.That(code, Is.EqualTo(3));
        Assert.That(err, Does.Contain("FR0511").And.Contain(option).And.Not.Contain("unexpected"));
        Assert.That(File.Exists(model), Is.False);
    }
}
