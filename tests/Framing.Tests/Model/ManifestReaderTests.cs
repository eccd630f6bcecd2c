using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Framing.Model;
using Framing.Tests.Support;

namespace Framing.Tests.Model;

/// <summary>
/// The hand-written manifest reader reads what the System.Text.Json serializer reads (the serializer still writes the
/// manifest, and read it before): each case is read both ways and the two results are written back out and compared.
/// </summary>
public class ManifestReaderTests
{
    private static string Write(ModelManifest m) => JsonSerializer.Serialize(m, ManifestJsonContext.Default.ModelManifest);

    private static void AssertReadsLikeTheSerializer(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = JsonSerializer.Deserialize(bytes, ManifestJsonContext.Default.ModelManifest);
        var actual = ManifestReader.Read(bytes);
        Assert.That(actual is null, Is.EqualTo(expected is null));
        if (expected is not null) Assert.That(Write(actual!), Is.EqualTo(Write(expected)));
    }

    private static string ShippedManifest()
    {
        using var zip = ZipFile.OpenRead(Repo.Path_("models", "default.framing.zip"));
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return reader.ReadToEnd();
    }

    [Test]
    public void TheShippedManifestReadsAsTheSerializerReadsIt()
    {
        var json = ShippedManifest();
        Assert.That(json, Does.Contain("dev_metrics").And.Contain("trees_per_tag").And.Contain("keep_rules").And.Contain("ignored_signals"), "a full manifest");
        AssertReadsLikeTheSerializer(json);
    }

    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d"}""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d","keep_rules":null,"dev_metrics":null,"trees_per_tag":null,"trained_at":null}""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d","future_field":{"x":[1,2]},"seed":3,"seed":4}""")]
    [TestCase("""{"labels":null,"thresholds":[0.5,0.25],"rules_hash":null,"feature_schema_hash":"s","training_data_hash":"d","features":2,"test_metrics":{"hedge":{"f1":0.5,"support":7}}}""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d","ignored_signals":[[],[],[],["allegation","hedge"]]}""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d","ignored_signals":null}""")]
    [TestCase("null")]
    public void DefaultsNullsUnknownAndRepeatedPropertiesReadAsTheSerializerReadsThem(string json) => AssertReadsLikeTheSerializer(json);

    [Test]
    public void AManifestWithoutIgnoredSignalsRetrainsAModelThatReadsEveryFeature()
    {
        // Manifests written before the option existed describe models whose trees read every feature.
        var m = ManifestReader.Read(Encoding.UTF8.GetBytes("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d"}"""))!;
        Assert.That(TrainerOptions.From(m).IgnoredSignals.SelectMany(s => s), Is.Empty);
        var shipped = ManifestReader.Read(Encoding.UTF8.GetBytes(ShippedManifest()))!;
        Assert.That(TrainerOptions.From(shipped).IgnoredSignals[3], Is.EqualTo(new[] { "allegation" }));
    }

    [TestCase("""{"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d"}""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s"}""")]
    [TestCase("""[1,2,3]""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r",""")]
    public void AManifestTheSerializerRefusesIsRefused(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Throws(Is.InstanceOf<JsonException>(), () => JsonSerializer.Deserialize(bytes, ManifestJsonContext.Default.ModelManifest));
        Assert.Throws(Is.InstanceOf<JsonException>(), () => ManifestReader.Read(bytes));
    }

    [TestCase("""{"labels":["a"],"thresholds":"high","rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d"}""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d","seed":1.5}""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":7,"feature_schema_hash":"s","training_data_hash":"d"}""")]
    [TestCase("""{"labels":["a"],"thresholds":[0.5],"rules_hash":"r","feature_schema_hash":"s","training_data_hash":"d","ignored_signals":["allegation"]}""")]
    public void AWrongTypeIsRefused(string json)
    {
        // The serializer says JsonException; the reader may say so or throw what JsonElement throws. TagModel turns
        // each of them into FR0506 (a corrupt model file), which ModelTests checks on altered model files.
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Throws(Is.InstanceOf<JsonException>(), () => JsonSerializer.Deserialize(bytes, ManifestJsonContext.Default.ModelManifest));
        Assert.That(() => ManifestReader.Read(bytes), Throws.InstanceOf<JsonException>().Or.InstanceOf<InvalidOperationException>().Or.InstanceOf<FormatException>());
    }
}
