using System.Text.Json.Serialization;

namespace Framing.Model;

/// <summary>
/// Compile-time JSON metadata for the model manifest (System.Text.Json source generation): reading a model
/// needs no reflection over the manifest type, which keeps the first load fast.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ModelManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
