using System.Security.Cryptography;
using System.Text;
using Framing.Internal;
using Framing.Rules.Yaml;

namespace Framing.Rules;

/// <summary>
/// A validated, immutable set of rules: the embedded defaults, a user's directory, or both.
/// Loading collects every problem in every file and throws one <see cref="RuleSetException"/>.
/// </summary>
public sealed class RuleSet
{
    private const string ResourcePrefix = "Framing.rules.";
    private static readonly Lazy<RuleSet> DefaultRules = new(() => FromSources(EmbeddedSources()));

    private RuleSet(IReadOnlyList<Rule> rules, string hash)
    {
        Rules = rules;
        Hash = hash;
    }

    /// <summary>The rules, in file then file order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>SHA-256 of the rule files' names and contents: a model records it to detect other rules.</summary>
    public string Hash { get; }

    /// <summary>The rules shipped inside the package (the repository's <c>rules/</c> folder).</summary>
    public static RuleSet Default => DefaultRules.Value;

    /// <summary>
    /// Loads the <c>*.yaml</c> files of <paramref name="directory"/>; with <paramref name="extendDefaults"/>
    /// they are added to the defaults (a file with a default file's name replaces it).
    /// </summary>
    public static RuleSet Load(string directory, bool extendDefaults = false)
    {
        if (!Directory.Exists(directory))
            throw new RuleSetException([new Diagnostic(directory, 0, 0, "FR0001", "rules directory not found: give a folder holding *.yaml rule files")]);
        var files = Directory.GetFiles(directory, "*.yaml").Concat(Directory.GetFiles(directory, "*.yml")).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var sources = new List<(string Name, string Display, Func<byte[]> Read)>();
        if (extendDefaults)
        {
            var own = files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            sources.AddRange(EmbeddedSources().Where(s => !own.Contains(s.Name)));
        }
        foreach (var f in files) sources.Add((Path.GetFileName(f), f, () => File.ReadAllBytes(f)));
        if (sources.Count == 0)
            throw new RuleSetException([new Diagnostic(directory, 0, 0, "FR0001", "no *.yaml rule files in this directory")]);
        return FromSources(sources);
    }

    /// <summary>Loads rules from in-memory YAML texts (name → content), e.g. for tests or tools.</summary>
    public static RuleSet FromYaml(IEnumerable<KeyValuePair<string, string>> files) =>
        FromSources(files.Select(kv => (kv.Key, kv.Key, (Func<byte[]>)(() => Encoding.UTF8.GetBytes(kv.Value)))).ToList());

    private static RuleSet FromSources(IReadOnlyList<(string Name, string Display, Func<byte[]> Read)> sources)
    {
        var diagnostics = new List<Diagnostic>();
        var rules = new List<Rule>();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, display, read) in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            byte[] bytes;
            try { bytes = read(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(display, 0, 0, "FR0001", $"cannot read the file: {e.Message}"));
                continue;
            }
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(bytes);
            var text = RuleFileParser.Decode(display, bytes, diagnostics);
            if (text is null) continue;
            rules.AddRange(RuleFileParser.Parse(display, text, diagnostics));
        }
        var firstById = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var r in rules)
        {
            if (firstById.TryGetValue(r.Id, out var first))
                diagnostics.Add(new Diagnostic(r.File, r.Line, 1, "FR0107", $"duplicate rule id '{r.Id}' (first defined at {first.File}:{first.Line}): ids must be unique across files"));
            else firstById[r.Id] = r;
        }
        if (diagnostics.Count > 0) throw new RuleSetException(diagnostics);
        return new RuleSet(rules, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    private static List<(string Name, string Display, Func<byte[]> Read)> EmbeddedSources()
    {
        var asm = typeof(RuleSet).Assembly;
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => (n[ResourcePrefix.Length..], "rules/" + n[ResourcePrefix.Length..], (Func<byte[]>)(() => EmbeddedResource.Read(n)!)))
            .ToList();
    }
}
