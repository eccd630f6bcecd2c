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
    private const string CompiledDefaultResource = "Framing.rules.default.rules.bin";
    private static readonly Lazy<RuleSet> DefaultRules = new(LoadDefault);

    private RuleSet(IReadOnlyList<Rule> rules, string hash, TrieTables? precompiledTrie = null)
    {
        Rules = rules;
        Hash = hash;
        PrecompiledTrie = precompiledTrie;
    }

    /// <summary>The matcher's trie as stored in a compiled rules file (null when the rules came from YAML).</summary>
    internal TrieTables? PrecompiledTrie { get; }

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

    /// <summary>
    /// The embedded rules: from their compiled form (no YAML parsing, regexes built in the background) when it was made
    /// from exactly the embedded YAML files, otherwise from the YAML.
    /// </summary>
    private static RuleSet LoadDefault()
    {
        var sources = EmbeddedSources();
        if (EmbeddedResource.Read(CompiledDefaultResource) is { } compiled)
        {
            string hash = HashOf(sources.Select(s => (s.Name, s.Read())));
            try
            {
                var (recorded, rules, trie) = CompiledRuleFile.Read(compiled);
                if (recorded == hash)
                {
                    // Build the cheap (backtracking-interpreter) regexes on another core while the caller sets up the
                    // matcher; a non-backtracking one is built only if a sentence ever needs it.
                    _ = Task.Run(() => BuildRegexes(rules, cheapOnly: true));
                    return new RuleSet(rules, hash, trie);
                }
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException) { /* stale or damaged: read the YAML */ }
        }
        return FromSources(sources);
    }

    /// <summary>Builds rules' regexes now (compiled rule files build them on first use), or only those that are cheap to build.</summary>
    private static void BuildRegexes(IEnumerable<Rule> rules, bool cheapOnly = false)
    {
        foreach (var r in rules)
            for (int i = 0; i < r.Regexes.Count; i++)
                if (!cheapOnly || RegexShape.Of(r.RegexPatterns[i]).BoundedBacktracking) _ = r.Regexes[i];
    }

    /// <summary>The embedded rules read from their YAML, ignoring the compiled form (tests compare the two).</summary>
    internal static RuleSet LoadEmbeddedYaml() => FromSources(EmbeddedSources());

    /// <summary>SHA-256 over the files' names and bytes, in name order (a model records it to detect other rules).</summary>
    private static string HashOf(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        // Managed SHA-256: the runtime's loads OpenSSL on first use, about 20 ms of a cold start.
        var sha = new Framing.Internal.Sha256();
        foreach (var (name, bytes) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            sha.Append(Encoding.UTF8.GetBytes(name + "\n"));
            sha.Append(bytes);
        }
        return Convert.ToHexStringLower(sha.Finish());
    }

    /// <summary>
    /// Writes this rule set in a compact binary form (temporary file, then rename) that <see cref="LoadCompiled"/>
    /// reads several times faster than the YAML, with no validation to repeat. Refuses to overwrite unless asked.
    /// </summary>
    public void SaveCompiled(string path, bool overwrite = false) =>
        AtomicWrite.To(Guard.NotNull(path), overwrite, "FR0120", fs => CompiledRuleFile.Write(this, fs));

    /// <summary>Loads a rule set written by <see cref="SaveCompiled"/>; a file that is not one gives a clear error naming it.</summary>
    public static RuleSet LoadCompiled(string path)
    {
        Guard.NotNull(path);
        if (!File.Exists(path)) throw new FramingInputException(new Diagnostic(path, 0, 0, "FR0121", "compiled rules file not found"));
        try
        {
            var (hash, rules, trie) = CompiledRuleFile.Read(File.ReadAllBytes(path));
            // A file from elsewhere is not trusted: build its regexes now, so a bad one fails here, not mid-analysis.
            BuildRegexes(rules);
            return new RuleSet(rules, hash, trie);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException or NotSupportedException)
        {
            throw new FramingInputException(new Diagnostic(path, 0, 0, "FR0122", $"not a compiled Framing rules file, or a damaged one ({e.Message}): make it again with 'framing rules compile'"), e);
        }
    }

    private static RuleSet FromSources(IReadOnlyList<(string Name, string Display, Func<byte[]> Read)> sources)
    {
        var diagnostics = new List<Diagnostic>();
        var rules = new List<Rule>();
        var read = new List<(string Name, byte[] Bytes)>();
        foreach (var (name, display, load) in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            byte[] bytes;
            try { bytes = load(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(display, 0, 0, "FR0001", $"cannot read the file: {e.Message}"));
                continue;
            }
            read.Add((name, bytes));
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
        return new RuleSet(rules, HashOf(read));
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
