using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Framing.Analysis;
using Framing.Features;
using Framing.Internal;
using Framing.Rules;

namespace Framing.Model;

/// <summary>
/// A trained model: one calibrated boosted-tree ensemble per tag over the sentence features and n-grams, stored
/// as a zip holding <c>manifest.json</c>, <c>ngrams.txt</c> (the n-gram vocabulary, one per line) and
/// <c>trees.bin</c> (the four ensembles). Prediction evaluates the trees directly, with no ML.NET pipeline, so it
/// is thread-safe, allocation-light and loads in milliseconds. Immutable.
/// </summary>
internal sealed class TagModel
{
    private const string DefaultResource = "Framing.models.default.framing.zip";
    private const long MaxModelBytes = 512L * 1024 * 1024;
    private const int MaxNgramBytes = 64 * 1024 * 1024;
    private const int MaxManifestBytes = 16 * 1024 * 1024;
    private static readonly Lazy<TagModel?> DefaultModel = new(LoadEmbedded);

    internal TagModel(ModelManifest manifest, FeatureScorer scorer)
    {
        Manifest = manifest;
        Scorer = scorer;
    }

    public ModelManifest Manifest { get; }

    internal FeatureScorer Scorer { get; }

    public static TagModel? LoadDefault() => DefaultModel.Value;

    private static TagModel? LoadEmbedded() =>
        EmbeddedResource.Read(DefaultResource) is { } bytes ? Read(bytes, "embedded default model") : null;

    /// <summary>Loads a model file; any problem becomes a <see cref="FramingInputException"/> naming the file.</summary>
    public static TagModel Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw Error(path, "FR0501", "model file not found");
        if (info.Length > MaxModelBytes) throw Error(path, "FR0502", $"model file is larger than {MaxModelBytes:N0} bytes: this is not a Framing model");
        return Read(File.ReadAllBytes(path), path);
    }

    private static TagModel Read(byte[] bytes, string file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var manifestEntry = zip.GetEntry("manifest.json") ?? throw Error(file, "FR0503", "not a Framing model: manifest.json is missing (make models with 'framing train')");
            if (manifestEntry.Length > MaxManifestBytes) throw Error(file, "FR0503", "manifest.json is too large");
            byte[] manifestBytes;
            using (var ms = manifestEntry.Open())
            {
                var buffer = new MemoryStream();
                ms.CopyTo(buffer);
                manifestBytes = buffer.ToArray();
            }
            var manifest = ManifestReader.Read(manifestBytes) ?? throw Error(file, "FR0503", "manifest.json is empty");
            if (manifest.FormatVersion != ModelManifest.CurrentFormatVersion)
                throw Error(file, "FR0504", $"model format version {manifest.FormatVersion} is not supported (this library reads version {ModelManifest.CurrentFormatVersion}): retrain it with 'framing train'");
            if (manifest.FeatureSchemaHash != SentenceFeaturizer.SchemaHash)
                throw Error(file, "FR0505", "model was trained with a different feature schema (another Framing version): retrain it with 'framing train'");
            if (manifest.Labels is not { Length: 4 } || manifest.Thresholds is not { Length: 4 } || manifest.BlendWeights is not { Length: 4 } || manifest.KeepRules is not (null or { Length: 4 })
                || !manifest.Labels.SequenceEqual(FramingTagNames.All.Select(t => t.ToName())))
                throw Error(file, "FR0503", "manifest.json has a wrong label set: expected allegation, hedge, official_statement, eyewitness_report, each with a threshold and blend weight");

            var ngramEntry = zip.GetEntry("ngrams.txt") ?? throw Error(file, "FR0503", "ngrams.txt is missing");
            if (ngramEntry.Length > MaxNgramBytes) throw Error(file, "FR0503", "ngrams.txt is too large");
            var terms = new List<string>();
            using (var reader = new StreamReader(ngramEntry.Open(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
                while (reader.ReadLine() is { } line)
                    if (line.Length > 0) terms.Add(line);
            var vocabulary = new NgramVocabulary(terms);

            var treesEntry = zip.GetEntry("trees.bin") ?? throw Error(file, "FR0503", "trees.bin is missing");
            var tags = new TreeEnsemble[4];
            using (var r = new BinaryReader(treesEntry.Open()))
                for (int t = 0; t < 4; t++) tags[t] = TreeEnsemble.Read(r);
            var scorer = new FeatureScorer(manifest.Features != FeatureSet.TextOnly, vocabulary, tags);
            if (tags.Any(t => t.FeatureCount != scorer.Width))
                throw Error(file, "FR0503", $"trees.bin reads {tags[0].FeatureCount} features but the manifest and ngrams.txt give {scorer.Width}: the file was altered; retrain it");
            return new TagModel(manifest, scorer);
        }
        catch (FramingInputException) { throw; }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            throw new FramingInputException(new Diagnostic(file, 0, 0, "FR0506", $"model file is corrupt or truncated ({e.GetType().Name}: {e.Message}); retrain or re-download it"), e);
        }
    }

    /// <summary>Refuses a model trained with other rules: its features would mean something else.</summary>
    public void CheckCompatible(RuleSet rules, string file)
    {
        if (Manifest.RulesHash != rules.Hash)
            throw Error(file, "FR0507", $"model was trained with other rules (rules hash {Manifest.RulesHash[..12]}…, these rules {rules.Hash[..12]}…): retrain it on these rules with 'framing train', or analyze with --rules-only");
    }

    /// <summary>Calibrated probabilities [sentence][tag] for every sentence of the article.</summary>
    public float[][] Predict(ArticleState state)
    {
        // The dense rows live only for this call: one rented buffer, not a row per sentence.
        int length = state.Doc.SentenceArray.Length * SentenceFeaturizer.Count;
        var rows = ArrayPool<float>.Shared.Rent(Math.Max(1, length));
        try
        {
            SentenceFeaturizer.FeaturizeInto(state, rows.AsSpan(0, length));
            return Scorer.Score(state.Doc, state.Doc.Sentences, rows.AsSpan(0, length), SentenceFeaturizer.Count);
        }
        finally { ArrayPool<float>.Shared.Return(rows); }
    }

    /// <summary>Calibrated probabilities [sentence][tag] from already computed dense rows.</summary>
    internal float[][] PredictRows(float[][] dense, ArticleState state)
    {
        var flat = new float[dense.Length * SentenceFeaturizer.Count];
        for (int i = 0; i < dense.Length; i++) dense[i].CopyTo(flat, i * SentenceFeaturizer.Count);
        return Scorer.Score(state.Doc, state.Doc.Sentences, flat, SentenceFeaturizer.Count);
    }

    /// <summary>Writes the model to a zip atomically: a temporary file beside the target, then a rename.</summary>
    internal static void Save(string path, ModelManifest manifest, FeatureScorer scorer, bool overwrite) =>
        AtomicWrite.To(path, overwrite, "FR0508", fs =>
        {
            using var zip = new ZipArchive(fs, ZipArchiveMode.Create, leaveOpen: true);
            using (var e = zip.CreateEntry("manifest.json", CompressionLevel.Optimal).Open())
                JsonSerializer.Serialize(e, manifest, ManifestJsonContext.Default.ModelManifest);
            using (var w = new StreamWriter(zip.CreateEntry("ngrams.txt", CompressionLevel.Optimal).Open(), new UTF8Encoding(false)))
                foreach (var term in scorer.Vocabulary.Terms) { w.Write(term); w.Write('\n'); }
            using (var w = new BinaryWriter(zip.CreateEntry("trees.bin", CompressionLevel.Optimal).Open()))
                foreach (var t in scorer.Tags) t.Write(w);
        });

    private static FramingInputException Error(string file, string code, string message) => new(new Diagnostic(file, 0, 0, code, message));
}
