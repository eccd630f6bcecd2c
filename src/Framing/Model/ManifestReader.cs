using System.Text.Json;

namespace Framing.Model;

/// <summary>
/// Reads <c>manifest.json</c> from a parsed document, property by property, with the same names, defaults and
/// leniency as <see cref="ManifestJsonContext"/> (which still writes it): unknown properties are ignored, the last of
/// duplicate properties wins, an explicit <c>null</c> gives null, a missing member its type's default. The serializer's first deserialization in a process
/// cost 44–61 ms of a 0.3 s cold start (twelfth session, ReadyToRun); this costs what parsing the document costs.
/// </summary>
internal static class ManifestReader
{
    /// <summary>
    /// The manifest in <paramref name="json"/>, or null for a JSON <c>null</c>; throws <see cref="JsonException"/>,
    /// <see cref="InvalidOperationException"/> or <see cref="FormatException"/> when it is not one.
    /// </summary>
    public static ModelManifest? Read(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Null) return null;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("manifest.json is not a JSON object");
        // A member the file lacks is left at its type's default (0, null), not at the record's initializer: that is
        // what the source-generated serializer does (it sets every init-only member), so an old or hand-made manifest
        // is judged as before (a missing format_version reads 0 and is refused as an unsupported version).
        int formatVersion = 0, seed = 0, trees = 0, leaves = 0, minimumExamples = 0, trainingSentences = 0, maxNgrams = 0;
        string[]? labels = null;
        double[]? thresholds = null, blendWeights = null, thresholdBetas = null;
        bool[]? keepRules = null;
        int[]? treesPerTag = null;
        string[][]? ignoredSignals = null;
        string? rulesHash = null, schemaHash = null, dataHash = null, trainedAt = null;
        var features = default(FeatureSet);
        double learningRate = 0;
        Dictionary<string, ManifestMetrics>? devMetrics = null, testMetrics = null;
        bool seenLabels = false, seenThresholds = false, seenRules = false, seenSchema = false, seenData = false;
        foreach (var p in root.EnumerateObject())
        {
            var v = p.Value;
            switch (p.Name)
            {
                case "format_version": formatVersion = v.GetInt32(); break;
                case "labels": labels = ArrayOf(v, e => e.GetString()!); seenLabels = true; break;
                case "thresholds": thresholds = ArrayOf(v, e => e.GetDouble()); seenThresholds = true; break;
                case "blend_weights": blendWeights = ArrayOf(v, e => e.GetDouble()); break;
                case "keep_rules": keepRules = ArrayOf(v, e => e.GetBoolean()); break;
                case "rules_hash": rulesHash = v.GetString(); seenRules = true; break;
                case "feature_schema_hash": schemaHash = v.GetString(); seenSchema = true; break;
                case "training_data_hash": dataHash = v.GetString(); seenData = true; break;
                case "features": features = (FeatureSet)v.GetInt32(); break;
                case "seed": seed = v.GetInt32(); break;
                case "trees": trees = v.GetInt32(); break;
                case "trees_per_tag": treesPerTag = ArrayOf(v, e => e.GetInt32()); break;
                case "ignored_signals": ignoredSignals = ArrayOf(v, e => ArrayOf(e, x => x.GetString()!)!); break;
                case "leaves": leaves = v.GetInt32(); break;
                case "minimum_examples_per_leaf": minimumExamples = v.GetInt32(); break;
                case "max_ngrams": maxNgrams = v.GetInt32(); break;
                case "learning_rate": learningRate = v.GetDouble(); break;
                case "threshold_betas": thresholdBetas = ArrayOf(v, e => e.GetDouble()); break;
                case "training_sentences": trainingSentences = v.GetInt32(); break;
                case "dev_metrics": devMetrics = Metrics(v); break;
                case "test_metrics": testMetrics = Metrics(v); break;
                case "trained_at": trainedAt = v.ValueKind == JsonValueKind.Null ? null : v.GetString(); break;
            }
        }
        // The manifest's required members, as the serializer requires them.
        if (!seenLabels || !seenThresholds || !seenRules || !seenSchema || !seenData)
            throw new JsonException("manifest.json lacks a required property (labels, thresholds, rules_hash, feature_schema_hash, training_data_hash)");
        return new ModelManifest
        {
            FormatVersion = formatVersion, Labels = labels!, Thresholds = thresholds!, BlendWeights = blendWeights!, KeepRules = keepRules,
            RulesHash = rulesHash!, FeatureSchemaHash = schemaHash!, TrainingDataHash = dataHash!, Features = features, Seed = seed,
            Trees = trees, TreesPerTag = treesPerTag, IgnoredSignals = ignoredSignals, Leaves = leaves, MinimumExamplesPerLeaf = minimumExamples, MaxNgrams = maxNgrams,
            LearningRate = learningRate, ThresholdBetas = thresholdBetas!, TrainingSentences = trainingSentences,
            DevMetrics = devMetrics!, TestMetrics = testMetrics!, TrainedAt = trainedAt,
        };
    }

    private static T[]? ArrayOf<T>(JsonElement v, Func<JsonElement, T> item)
    {
        if (v.ValueKind == JsonValueKind.Null) return null;
        var result = new T[v.GetArrayLength()];
        int i = 0;
        foreach (var e in v.EnumerateArray()) result[i++] = item(e);
        return result;
    }

    private static Dictionary<string, ManifestMetrics>? Metrics(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null) return null;
        var result = new Dictionary<string, ManifestMetrics>();
        foreach (var tag in v.EnumerateObject())
        {
            double precision = 0, recall = 0, f1 = 0;
            int support = 0;
            if (tag.Value.ValueKind == JsonValueKind.Null) { result[tag.Name] = null!; continue; }
            foreach (var m in tag.Value.EnumerateObject())
                switch (m.Name)
                {
                    case "precision": precision = m.Value.GetDouble(); break;
                    case "recall": recall = m.Value.GetDouble(); break;
                    case "f1": f1 = m.Value.GetDouble(); break;
                    case "support": support = m.Value.GetInt32(); break;
                }
            result[tag.Name] = new ManifestMetrics(precision, recall, f1, support);
        }
        return result;
    }
}
