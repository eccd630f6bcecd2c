namespace Framing.Model;

/// <summary>Metadata stored with a model.</summary>
public sealed record ModelManifest
{
    /// <summary>Per-tag thresholds in taxonomy order.</summary>
    public required double[] Thresholds { get; init; }
}
