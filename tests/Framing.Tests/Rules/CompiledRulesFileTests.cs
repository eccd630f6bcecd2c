using Framing.Rules;
using Framing.Tests.Support;
using Framing.Text;

namespace Framing.Tests.Rules;

/// <summary>The binary form of a rule set: the embedded one is fresh, a round trip matches exactly what YAML matches, bad files are refused.</summary>
public class CompiledRulesFileTests
{
    private static string Temp() => Path.Combine(Path.GetTempPath(), "framing-rules-" + Guid.NewGuid().ToString("N") + ".rules.bin");

    private static string[] MatchesOn(RuleSet set, string text)
    {
        var doc = Document.Parse(text);
        return new CompiledRules(set).Match(doc).Select(m => $"{m.Rule.Id}@{m.Span.Start}+{m.Span.Length}").ToArray();
    }

    [Test]
    public void EmbeddedCompiledRulesWereMadeFromTheEmbeddedYaml()
    {
        var yaml = RuleSet.LoadEmbeddedYaml();
        Assert.That(RuleSet.Default.Hash, Is.EqualTo(yaml.Hash), "run models/train-default.sh after changing rules/*.yaml");
        Assert.That(RuleSet.Default.PrecompiledTrie, Is.Not.Null, "the default rules load from models/default.rules.bin, not from YAML");
        var path = Temp();
        try
        {
            yaml.SaveCompiled(path);
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(File.ReadAllBytes(Repo.Path_("models", "default.rules.bin"))),
                "models/default.rules.bin is stale: run models/train-default.sh");
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void CompiledRulesMatchExactlyWhatTheYamlMatches()
    {
        var yaml = RuleSet.LoadEmbeddedYaml();
        var path = Temp();
        try
        {
            yaml.SaveCompiled(path);
            var loaded = RuleSet.LoadCompiled(path);
            Assert.That(loaded.Hash, Is.EqualTo(yaml.Hash));
            Assert.That(loaded.Rules.Select(r => (r.Id, r.Signal, r.Weight, r.File, r.Line)), Is.EqualTo(yaml.Rules.Select(r => (r.Id, r.Signal, r.Weight, r.File, r.Line))));
            var text = Repo.SeedText + "\n\nAbout 200 people were inside, the WHO said. Report: Club set to sack manager\n\nSo why did the council delete the emails?";
            var expected = MatchesOn(yaml, text);
            Assert.That(expected, Has.Length.GreaterThan(50));
            Assert.That(MatchesOn(loaded, text), Is.EqualTo(expected));
            Assert.That(RuleExampleRunner.Run(loaded).Where(r => !r.Passed), Is.Empty, "every rule example passes on the compiled rules");
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void AnalyzerAndCliUseACompiledRuleFileLikeTheYaml()
    {
        var path = Temp();
        try
        {
            var (code, _, err) = CliRunner.Run("rules", "compile", Repo.Path_("rules"), "--out", path);
            Assert.That(code, Is.EqualTo(0), err);
            var compiled = FramingAnalyzer.Create(new AnalyzerOptions { Rules = RuleSet.LoadCompiled(path) });
            Assert.That(compiled.HasModel, Is.True, "same YAML, same hash: the default model accepts the compiled rules");
            var expected = FramingAnalyzer.CreateDefault().Analyze(Repo.SeedText).Sentences.Select(s => (s.Tags, s.Attribution?.Speaker.Name));
            Assert.That(compiled.Analyze(Repo.SeedText).Sentences.Select(s => (s.Tags, s.Attribution?.Speaker.Name)), Is.EqualTo(expected));
            var viaCli = CliRunner.Run("analyze", Path.Combine(Repo.Path_("seeds"), "000_9a52daf384e538f5.txt"), "-f", "json", "--rules", path);
            var viaDefault = CliRunner.Run("analyze", Path.Combine(Repo.Path_("seeds"), "000_9a52daf384e538f5.txt"), "-f", "json");
            Assert.That(viaCli.Out, Is.EqualTo(viaDefault.Out));
            File.WriteAllText(path, "not compiled rules");
            var bad = CliRunner.Run("analyze", Path.Combine(Repo.Path_("seeds"), "000_9a52daf384e538f5.txt"), "--rules", path);
            Assert.That(bad.Code, Is.Not.EqualTo(0));
            Assert.That(bad.Err, Does.Contain("FR0122").And.Not.Contain("   at "));
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void MissingTruncatedForeignOrExistingFilesGiveClearErrors()
    {
        var path = Temp();
        try
        {
            Assert.That(Assert.Throws<FramingInputException>(() => RuleSet.LoadCompiled(path))!.Diagnostic.Code, Is.EqualTo("FR0121"));
            RuleSet.Default.SaveCompiled(path);
            var bytes = File.ReadAllBytes(path);
            foreach (var bad in new[] { bytes[..(bytes.Length / 2)], bytes[..10], "not a rules file at all"u8.ToArray(), Flip(bytes, bytes.Length - 40) })
            {
                File.WriteAllBytes(path, bad);
                var e = Assert.Throws<FramingInputException>(() => RuleSet.LoadCompiled(path))!;
                Assert.That(e.Diagnostic.Code, Is.EqualTo("FR0122"));
                Assert.That(e.Diagnostic.File, Is.EqualTo(path));
            }
            File.WriteAllText(path, "user data");
            Assert.That(Assert.Throws<FramingInputException>(() => RuleSet.Default.SaveCompiled(path))!.Diagnostic.Code, Is.EqualTo("FR0120"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("user data"));
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void ATrieWhoseGapIsNotFollowedByAWordIsRejected()
    {
        // The matcher reads the word after every gap without a bounds check of its own, so a compiled file whose trie
        // ends a phrase on a gap (written by hand or damaged: YAML never compiles to one) must fail to load.
        var tables = CompiledRules.BuildTables(RuleSet.Default.Rules);
        int gapped = Array.FindIndex(tables.Alternatives, a => a.Tail.Length >= 2 && a.Tail[^2] < 0);
        Assert.That(gapped, Is.GreaterThanOrEqualTo(0), "the default rules have a phrase with a gap");
        byte[] Written(TrieAlternative[] alternatives)
        {
            var set = (RuleSet)Activator.CreateInstance(typeof(RuleSet), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
                [RuleSet.Default.Rules, RuleSet.Default.Hash, tables with { Alternatives = alternatives }], null)!;
            using var stream = new MemoryStream();
            CompiledRuleFile.Write(set, stream);
            return stream.ToArray();
        }
        Assert.That(CompiledRuleFile.Read(Written(tables.Alternatives)).Rules, Has.Count.EqualTo(RuleSet.Default.Rules.Count));
        var broken = (TrieAlternative[])tables.Alternatives.Clone();
        broken[gapped] = broken[gapped] with { Tail = broken[gapped].Tail[..^1] }; // drop the word after the last gap
        Assert.That(() => CompiledRuleFile.Read(Written(broken)), Throws.TypeOf<InvalidDataException>().With.Message.Contains("gap"));
        // A gap wider than phrases may write (the matcher sizes its search by the widest gap at a node).
        var wide = (TrieAlternative[])tables.Alternatives.Clone();
        var tail = (int[])wide[gapped].Tail.Clone();
        tail[^2] = int.MinValue;
        wide[gapped] = wide[gapped] with { Tail = tail };
        Assert.That(() => CompiledRuleFile.Read(Written(wide)), Throws.TypeOf<InvalidDataException>().With.Message.Contains("wider"));
    }

    /// <summary>The bytes with one trie index pushed far out of range.</summary>
    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at + 3] = 0x7F;
        return copy;
    }
}
