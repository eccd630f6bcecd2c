using Framing.Analysis;
using Framing.Rules;

namespace Framing.Model;

/// <summary>Placeholder until the classifier lands.</summary>
internal sealed class TagModel
{
    public required ModelManifest Manifest { get; init; }
    public static TagModel? LoadDefault() => null;
    public static TagModel Load(string path) => throw new NotSupportedException(path);
    public void CheckCompatible(RuleSet rules, string file) { }
    public float[][] Predict(ArticleState state) => throw new NotSupportedException();
}
