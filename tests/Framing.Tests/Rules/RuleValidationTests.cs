using Framing.Rules;

namespace Framing.Tests.Rules;

/// <summary>Bad rule YAML → the expected diagnostic code at the expected line and column.</summary>
public class RuleValidationTests
{
    private static Diagnostic Single(string yaml)
    {
        var e = Assert.Throws<RuleSetException>(() => RuleSet.FromYaml([new("bad.yaml", yaml)]))!;
        return e.Diagnostics[0];
    }

    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrse: [may]\n", "FR0103", 4, 5)]
    [TestCase("rules:\n  - id: a\n    signals: hedging\n    phrases: [may]\n", "FR0106", 3, 14)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: []\n", "FR0108", 4, 14)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n", "FR0108", 2, 5)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    weight: 3\n    phrases: [may]\n", "FR0110", 4, 13)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    regex: ['(a)\\1']\n", "FR0109", 4, 13)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: ['... may']\n", "FR0108", 4, 15)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: ['appear(s|ed']\n", "FR0108", 4, 15)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: ['(conspir*|plot) to']\n", "FR0108", 4, 15)]
    // An unclosed '[' followed by another key: YamlDotNet's reader throws without a position (found by fuzzing).
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: [may, might\n    weight: 0.5\n", "FR0101", 4, 15)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: [may]\n    when: {quote: inside-ish}\n", "FR0111", 5, 19)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: [may]\n    when: {near: [{kind: nonsense}]}\n", "FR0106", 5, 26)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: !!python/object:os.system [may]\n", "FR0102", 4, 14)]
    [TestCase("rules:\n  - id: a\n    signals: hedge\n    phrases: [may\n", "FR0101", 5, 1)]
    [TestCase("rules: 5\n", "FR0104", 1, 8)]
    [TestCase("", "FR0105", 1, 1)]
    public void ReportsCodeAndPosition(string yaml, string code, int line, int column)
    {
        var d = Single(yaml);
        Assert.That((d.Code, d.Line, d.Column), Is.EqualTo((code, line, column)), d.ToString());
        Assert.That(d.ToString(), Does.StartWith($"bad.yaml:{line}:{column}: error {code}:"));
    }

    [Test]
    public void CollectsEveryProblemNotJustTheFirst()
    {
        var e = Assert.Throws<RuleSetException>(() => RuleSet.FromYaml([new("bad.yaml",
            "rules:\n  - id: a\n    signals: hedging\n    phrases: [may]\n  - id: b\n    signals: hedge\n    colour: red\n    phrases: [might]\n")]))!;
        Assert.That(e.Diagnostics.Select(d => d.Code), Is.EquivalentTo(new[] { "FR0106", "FR0103" }));
    }

    [Test]
    public void DuplicateIdsAcrossFilesNameBothPlaces()
    {
        var e = Assert.Throws<RuleSetException>(() => RuleSet.FromYaml([
            new("a.yaml", "rules:\n  - id: same\n    signals: hedge\n    phrases: [may]\n"),
            new("b.yaml", "rules:\n  - id: same\n    signals: hedge\n    phrases: [might]\n")]))!;
        Assert.That(e.Diagnostics.Single().Code, Is.EqualTo("FR0107"));
        Assert.That(e.Diagnostics.Single().Message, Does.Contain("a.yaml:2"));
    }

    [Test]
    public void AliasBombIsRefusedQuickly()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" +
                   string.Concat(Enumerable.Range(1, 8).Select(i => $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*l{i - 1}", 10))}]\n")) +
                   "rules: []\n";
        var e = Assert.Throws<RuleSetException>(() => RuleSet.FromYaml([new("bomb.yaml", yaml)]))!;
        Assert.That(e.Diagnostics[0].Code, Is.EqualTo("FR0102"));
    }

    [Test]
    public void DeepNestingIsRefusedBeforeParsing()
    {
        var yaml = "rules: " + new string('[', 5000) + new string(']', 5000) + "\n";
        var e = Assert.Throws<RuleSetException>(() => RuleSet.FromYaml([new("deep.yaml", yaml)]))!;
        Assert.That(e.Diagnostics[0].Code, Is.EqualTo("FR0102"));
    }

    [Test]
    public void InvalidUtf8IsReportedWithItsLine()
    {
        var dir = Directory.CreateTempSubdirectory("framing-rules-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "x.yaml"), [.. "rules:\n  - id: a\n"u8.ToArray(), 0xC3, 0x28, (byte)'\n']);
            var e = Assert.Throws<RuleSetException>(() => RuleSet.Load(dir.FullName))!;
            Assert.That((e.Diagnostics[0].Code, e.Diagnostics[0].Line), Is.EqualTo(("FR0001", 3)));
        }
        finally { dir.Delete(true); }
    }
}
