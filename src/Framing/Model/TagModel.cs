using System.IO.Compression;
using System.Text.Json;
using Framing.Analysis;
using Framing.Features;
using Framing.Internal;
using Framing.Rules;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Framing.Model;

/// <summary>
/// A trained model: one calibrated FastTree per tag over the sentence features, plus the text featurizer,
/// stored as a zip holding <c>manifest.json</c>, <c>text.zip</c> and <c>tag-&lt;name&gt;.zip</c> (ML.NET models).
/// Loaded transformers are thread-safe; prediction builds its own data view per call.
/// </summary>
internal sealed class TagModel
{
    private const string DefaultResource = "Framing.models.default.framing.zip";
    private const long MaxModelBytes = 512L * 1024 * 1024;
    private static readonly Lazy<TagModel?> DefaultModel = new(LoadEmbedded);
    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly MLContext _ml;
    private readonly ITransformer? _text;
    private readonly ITransformer[] _tags;
    private readonly SchemaDefinition _schema;

    internal TagModel(MLContext ml, ModelManifest manifest, ITransformer? text, ITransformer[] tags)
    {
        _ml = ml;
        Manifest = manifest;
        _text = text;
        _tags = tags;
        _schema = RowSchema;
    }

    public ModelManifest Manifest { get; }

    /// <summary>The row schema: the dense vector's length is the featurizer's slot count. Built once; only read.</summary>
    internal static SchemaDefinition RowSchema => LazyRowSchema.Value;

    private static readonly Lazy<SchemaDefinition> LazyRowSchema = new(() =>
    {
        var def = SchemaDefinition.Create(typeof(SentenceRow));
        def[nameof(SentenceRow.Dense)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, SentenceFeaturizer.Count);
        return def;
    });

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
            ModelManifest manifest;
            using (var ms = manifestEntry.Open())
                manifest = JsonSerializer.Deserialize<ModelManifest>(ms, JsonOptions) ?? throw Error(file, "FR0503", "manifest.json is empty");
            if (manifest.FormatVersion != ModelManifest.CurrentFormatVersion)
                throw Error(file, "FR0504", $"model format version {manifest.FormatVersion} is not supported (this library reads version {ModelManifest.CurrentFormatVersion}): retrain it with 'framing train'");
            if (manifest.FeatureSchemaHash != SentenceFeaturizer.SchemaHash)
                throw Error(file, "FR0505", "model was trained with a different feature schema (another Framing version): retrain it with 'framing train'");
            if (manifest.Labels.Length != 4 || manifest.Thresholds.Length != 4 || !manifest.Labels.SequenceEqual(FramingTagNames.All.Select(t => t.ToName())))
                throw Error(file, "FR0503", "manifest.json has a wrong label set: expected allegation, hedge, official_statement, eyewitness_report");
            var ml = new MLContext(seed: manifest.Seed);
            ITransformer? text = null;
            if (zip.GetEntry("text.zip") is { } te) text = LoadEntry(ml, te, file);
            var tags = FramingTagNames.All.Select(t => LoadEntry(ml, zip.GetEntry($"tag-{t.ToName()}.zip") ?? throw Error(file, "FR0503", $"tag-{t.ToName()}.zip is missing"), file)).ToArray();
            var model = new TagModel(ml, manifest, text, tags);
            model.Warm();
            return model;
        }
        catch (FramingInputException) { throw; }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new FramingInputException(new Diagnostic(file, 0, 0, "FR0506", $"model file is corrupt or truncated ({e.GetType().Name}: {e.Message}); retrain or re-download it"), e);
        }
    }

    private static ITransformer LoadEntry(MLContext ml, ZipArchiveEntry entry, string file)
    {
        using var s = entry.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        m.Position = 0;
        return ml.Model.Load(m, out _);
    }

    /// <summary>Refuses a model trained with other rules: its features would mean something else.</summary>
    public void CheckCompatible(RuleSet rules, string file)
    {
        if (Manifest.RulesHash != rules.Hash)
            throw Error(file, "FR0507", $"model was trained with other rules (rules hash {Manifest.RulesHash[..12]}…, these rules {rules.Hash[..12]}…): retrain it on these rules with 'framing train', or analyze with --rules-only");
    }

    /// <summary>Calibrated probabilities [sentence][tag] for every sentence of the article.</summary>
    public float[][] Predict(ArticleState state) => PredictRows(SentenceFeaturizer.Featurize(state), state);

    /// <summary>The probability column of one tag's model for one row.</summary>
    internal sealed class ScoreRow
    {
        public float Probability { get; set; }
    }

    /// <summary>The feature vector the text featurizer produces for one row.</summary>
    internal sealed class FeatureRow
    {
        public VBuffer<float> Features { get; set; }
    }

    private sealed class Engines
    {
        public PredictionEngine<SentenceRow, FeatureRow>? Text;
        public PredictionEngine<SentenceRow, ScoreRow>[]? DenseTags;
        public PredictionEngine<FeatureRow, ScoreRow>[]? FeatureTags;
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<Engines> _pool = [];

    /// <summary>Creates one set of engines ahead of use (called where the model is loaded, off the caller's path).</summary>
    internal void Warm() => _pool.Add(CreateEngines());

    /// <summary>
    /// A set of prediction engines from the pool (engines are not thread-safe, so each caller has its own while it
    /// predicts; the transformers are shared): the text featurizer once, then one engine per tag over its output,
    /// so each sentence is featurized once.
    /// </summary>
    private Engines Rent() => _pool.TryTake(out var e) ? e : CreateEngines();

    private void Return(Engines e) => _pool.Add(e);

    private Engines CreateEngines()
    {
        var engines = new Engines();
        if (_text is null)
        {
            engines.DenseTags = _tags.Select(t => _ml.Model.CreatePredictionEngine<SentenceRow, ScoreRow>(t, inputSchemaDefinition: _schema)).ToArray();
        }
        else
        {
            engines.Text = _ml.Model.CreatePredictionEngine<SentenceRow, FeatureRow>(_text, inputSchemaDefinition: _schema);
            var featureSchema = SchemaDefinition.Create(typeof(FeatureRow));
            var column = _text.GetOutputSchema(_ml.Data.LoadFromEnumerable(Array.Empty<SentenceRow>(), _schema).Schema)["Features"];
            featureSchema[nameof(FeatureRow.Features)].ColumnType = column.Type;
            engines.FeatureTags = _tags.Select(t => _ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(t, inputSchemaDefinition: featureSchema)).ToArray();
        }
        return engines;
    }

    internal float[][] PredictRows(float[][] dense, ArticleState state)
    {
        int count = dense.Length;
        if (count is > 0 and <= 64)
        {
            var engines = Rent();
            try
            {
                var output = new float[count][];
                var row = new SentenceRow();
                var features = new FeatureRow();
                var score = new ScoreRow();
                for (int i = 0; i < count; i++)
                {
                    var s = state.Doc.Sentences[i];
                    row.Dense = dense[i];
                    row.Text = state.Doc.Text.Substring(s.Span.Start, s.Span.Length);
                    output[i] = new float[4];
                    if (engines.Text is not null) engines.Text.Predict(row, ref features);
                    for (int t = 0; t < 4; t++)
                    {
                        if (engines.FeatureTags is not null) engines.FeatureTags[t].Predict(features, ref score);
                        else engines.DenseTags![t].Predict(row, ref score);
                        output[i][t] = score.Probability;
                    }
                }
                return output;
            }
            finally { Return(engines); }
        }
        return PredictBatch(dense, state);
    }

    private float[][] PredictBatch(float[][] dense, ArticleState state)
    {
        var rows = new SentenceRow[dense.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            var s = state.Doc.Sentences[i];
            rows[i] = new SentenceRow { Dense = dense[i], Text = state.Doc.Text.Substring(s.Span.Start, s.Span.Length) };
        }
        return ScoreBatch(_ml, _text, _tags, rows);
    }

    /// <summary>Probabilities [row][tag] for a batch of rows through one data view: the training and the batch prediction path.</summary>
    internal static float[][] ScoreBatch(MLContext ml, ITransformer? text, ITransformer[] tags, IReadOnlyList<SentenceRow> rows)
    {
        var result = new float[rows.Count][];
        for (int i = 0; i < result.Length; i++) result[i] = new float[4];
        if (rows.Count == 0) return result;
        IDataView data = ml.Data.LoadFromEnumerable(rows, RowSchema);
        if (text is not null) data = text.Transform(data);
        for (int t = 0; t < 4; t++)
        {
            int i = 0;
            foreach (var p in tags[t].Transform(data).GetColumn<float>("Probability")) result[i++][t] = p;
        }
        return result;
    }

    /// <summary>Writes the model to a zip atomically: a temporary file beside the target, then a rename.</summary>
    internal static void Save(string path, ModelManifest manifest, MLContext ml, DataViewSchema inputSchema, ITransformer? text, DataViewSchema? textSchema, ITransformer[] tags, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !overwrite) throw Error(path, "FR0508", "output file exists: choose another name or pass --force to overwrite it");
        var tmp = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew))
            using (var zip = new ZipArchive(fs, ZipArchiveMode.Create))
            {
                using (var e = zip.CreateEntry("manifest.json", CompressionLevel.Optimal).Open())
                    JsonSerializer.Serialize(e, manifest, JsonOptions);
                if (text is not null)
                    using (var e = zip.CreateEntry("text.zip", CompressionLevel.NoCompression).Open())
                    using (var m = new MemoryStream()) { ml.Model.Save(text, inputSchema, m); m.Position = 0; m.CopyTo(e); }
                for (int t = 0; t < 4; t++)
                    using (var e = zip.CreateEntry($"tag-{FramingTagNames.All[t].ToName()}.zip", CompressionLevel.NoCompression).Open())
                    using (var m = new MemoryStream()) { ml.Model.Save(tags[t], textSchema ?? inputSchema, m); m.Position = 0; m.CopyTo(e); }
            }
            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }

    private static FramingInputException Error(string file, string code, string message) => new(new Diagnostic(file, 0, 0, code, message));
}
