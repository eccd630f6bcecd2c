using System.Text.Json;
using Framing.Tests.Support;

namespace Framing.Tests.Cli;

/// <summary>The real command line, in-process, with captured output.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Framing.Cli.Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

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
