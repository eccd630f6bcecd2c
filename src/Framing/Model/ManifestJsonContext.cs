using System.Text.Json.Serialization;

namespace Framing.Model;

/// <summary>
/// Compile-time JSON metadata for the model manifest (System.Text.Json source generation), used to write it. Reading
/// goes through <see cref="ManifestReader"/>: the serializer's first deserialization in a process cost 44–61 ms of a
/// cold start, and the tests check that both read a manifest the same way.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ModelManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
