using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Framing.Model;

/// <summary>
/// A trained, calibrated boosted-tree ensemble for one tag, evaluated directly: the trees FastTree learned,
/// copied out of ML.NET after training, so prediction needs no ML.NET pipeline, engine or data view.
/// A node sends a row left when its feature is at most the threshold; a negative child <c>~k</c> is leaf k.
/// score = bias + Σ weight × leaf value; probability = 1 / (1 + exp(slope × score + offset)) (Platt).
/// <c>ModelTrainer</c>'s equality test proves these scores equal ML.NET's. Immutable and thread-safe.
/// </summary>
internal sealed class TreeEnsemble
{
    private const int Magic = 0x45525446; // "FTRE"
    private const int Version = 1;
    private const int MaxTrees = 100_000, MaxNodesPerTree = 1 << 16;

    // All trees' nodes and leaves in flat arrays; tree t's nodes start at _nodeStart[t], its leaves at _leafStart[t].
    // A node's four fields sit together (16 bytes), so each step of a walk touches one cache line.
    private readonly int[] _nodeStart, _leafStart, _root;
    private readonly Node[] _nodes;
    private readonly double[] _leafValue; // already multiplied by the tree weight

    // Fields, in this order: Child reads Right as the int after Left.
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Node(int feature, float threshold, int left, int right)
    {
        public readonly int Feature = feature;
        public readonly float Threshold = threshold;
        public readonly int Left = left;
        public readonly int Right = right;
    }

    public TreeEnsemble(IReadOnlyList<Tree> trees, double bias, double slope, double offset, int featureCount)
    {
        Bias = bias;
        Slope = slope;
        Offset = offset;
        FeatureCount = featureCount;
        Trees = trees;
        int nodes = trees.Sum(t => t.Feature.Length), leaves = trees.Sum(t => t.LeafValues.Length);
        _nodeStart = new int[trees.Count];
        _leafStart = new int[trees.Count];
        _root = new int[trees.Count];
        _nodes = new Node[nodes];
        _leafValue = new double[leaves];
        int n = 0, l = 0;
        for (int t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            tree.Validate(featureCount, t);
            _nodeStart[t] = n;
            _leafStart[t] = l;
            _root[t] = tree.Feature.Length == 0 ? ~0 : 0; // a tree without splits is its single leaf
            for (int k = 0; k < tree.Feature.Length; k++) _nodes[n + k] = new Node(tree.Feature[k], tree.Threshold[k], tree.Left[k], tree.Right[k]);
            for (int k = 0; k < tree.LeafValues.Length; k++) _leafValue[l + k] = tree.Weight * tree.LeafValues[k];
            n += tree.Feature.Length;
            l += tree.LeafValues.Length;
        }
    }

    /// <summary>One regression tree: split nodes (feature, threshold, children) and leaf values.</summary>
    public sealed record Tree(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] LeafValues, double Weight)
    {
        /// <summary>Checks that every index is in range and every path ends in a leaf (children come after their parent).</summary>
        public void Validate(int featureCount, int index)
        {
            int nodes = Feature.Length;
            if (Threshold.Length != nodes || Left.Length != nodes || Right.Length != nodes || LeafValues.Length != nodes + 1)
                throw new InvalidDataException($"tree {index}: {nodes} split nodes need {nodes + 1} leaves, have {LeafValues.Length}");
            for (int i = 0; i < nodes; i++)
            {
                if ((uint)Feature[i] >= (uint)featureCount) throw new InvalidDataException($"tree {index}: node {i} reads feature {Feature[i]} of {featureCount}");
                if (!ChildOk(Left[i], i) || !ChildOk(Right[i], i)) throw new InvalidDataException($"tree {index}: node {i} has an invalid child");
            }
            if (!double.IsFinite(Weight) || LeafValues.Any(v => !double.IsFinite(v))) throw new InvalidDataException($"tree {index}: non-finite value");

            bool ChildOk(int child, int parent) => child < 0 ? ~child < LeafValues.Length : child > parent && child < nodes;
        }
    }

    /// <summary>The trees, as trained.</summary>
    public IReadOnlyList<Tree> Trees { get; }
    /// <summary>Added to the trees' sum.</summary>
    public double Bias { get; }
    /// <summary>Platt calibration slope.</summary>
    public double Slope { get; }
    /// <summary>Platt calibration offset.</summary>
    public double Offset { get; }
    /// <summary>Length of the feature vector the trees read.</summary>
    public int FeatureCount { get; }

    /// <summary>The uncalibrated score of one feature vector.</summary>
    /// <remarks>
    /// A walk is a chain of dependent reads whose branches the processor cannot predict (the row decides them). Four
    /// trees are walked side by side, each step choosing the child by index rather than by branch, so the four chains
    /// overlap; the leaves are still added one tree after another, in the trees' order, so the sum is the same number
    /// the one-tree-at-a-time walk gives.
    /// </remarks>
    public double Score(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount) throw new ArgumentException($"expected {FeatureCount} features, got {features.Length}", nameof(features));
        // Unchecked reads: the constructor validated every feature index (< FeatureCount ≤ features.Length),
        // every child index (inside its tree, after its parent) and every leaf index.
        ref float x = ref MemoryMarshal.GetReference(features);
        ref Node nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref double leaves = ref MemoryMarshal.GetArrayDataReference(_leafValue);
        double sum = Bias;
        int count = _nodeStart.Length, t = 0;
        for (; t + 4 <= count; t += 4)
        {
            ref Node tree0 = ref Unsafe.Add(ref nodes, _nodeStart[t]);
            ref Node tree1 = ref Unsafe.Add(ref nodes, _nodeStart[t + 1]);
            ref Node tree2 = ref Unsafe.Add(ref nodes, _nodeStart[t + 2]);
            ref Node tree3 = ref Unsafe.Add(ref nodes, _nodeStart[t + 3]);
            int n0 = _root[t], n1 = _root[t + 1], n2 = _root[t + 2], n3 = _root[t + 3];
            // Until all four have reached a leaf (a negative index): the sign bit of the AND is set only then.
            while ((n0 & n1 & n2 & n3) >= 0)
            {
                if (n0 >= 0) n0 = Child(ref tree0, n0, ref x);
                if (n1 >= 0) n1 = Child(ref tree1, n1, ref x);
                if (n2 >= 0) n2 = Child(ref tree2, n2, ref x);
                if (n3 >= 0) n3 = Child(ref tree3, n3, ref x);
            }
            sum += Unsafe.Add(ref leaves, _leafStart[t] + ~n0);
            sum += Unsafe.Add(ref leaves, _leafStart[t + 1] + ~n1);
            sum += Unsafe.Add(ref leaves, _leafStart[t + 2] + ~n2);
            sum += Unsafe.Add(ref leaves, _leafStart[t + 3] + ~n3);
        }
        for (; t < count; t++)
        {
            ref Node tree = ref Unsafe.Add(ref nodes, _nodeStart[t]);
            int node = _root[t];
            while (node >= 0) node = Child(ref tree, node, ref x);
            sum += Unsafe.Add(ref leaves, _leafStart[t] + ~node);
        }
        return sum;
    }

    /// <summary>
    /// The child of node <paramref name="node"/> the row goes to: left when its feature is at most the threshold (a NaN
    /// goes right, as in ML.NET), read as <c>Left</c> or the field after it, <c>Right</c>, by index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Child(ref Node tree, int node, ref float x)
    {
        ref Node n = ref Unsafe.Add(ref tree, node);
        int right = Unsafe.Add(ref x, n.Feature) <= n.Threshold ? 0 : 1;
        return Unsafe.Add(ref Unsafe.AsRef(in n.Left), right);
    }

    /// <summary>The calibrated probability of one feature vector.</summary>
    public float Probability(ReadOnlySpan<float> features) => (float)(1.0 / (1.0 + Math.Exp(Slope * Score(features) + Offset)));

    /// <summary>Writes the ensemble in a compact little-endian binary form.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Magic); w.Write(Version);
        w.Write(FeatureCount); w.Write(Bias); w.Write(Slope); w.Write(Offset);
        w.Write(Trees.Count);
        foreach (var t in Trees)
        {
            w.Write(t.Weight);
            w.Write(t.Feature.Length);
            for (int i = 0; i < t.Feature.Length; i++) { w.Write(t.Feature[i]); w.Write(t.Threshold[i]); w.Write(t.Left[i]); w.Write(t.Right[i]); }
            foreach (var v in t.LeafValues) w.Write(v);
        }
    }

    /// <summary>Reads an ensemble written by <see cref="Write"/>; throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static TreeEnsemble Read(BinaryReader r)
    {
        if (r.ReadInt32() != Magic) throw new InvalidDataException("not a tree ensemble");
        int version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"tree ensemble version {version} is not supported");
        int featureCount = r.ReadInt32();
        double bias = r.ReadDouble(), slope = r.ReadDouble(), offset = r.ReadDouble();
        int count = r.ReadInt32();
        if (featureCount <= 0 || count is < 0 or > MaxTrees || !double.IsFinite(bias) || !double.IsFinite(slope) || !double.IsFinite(offset))
            throw new InvalidDataException("tree ensemble header is out of range");
        var trees = new Tree[count];
        for (int t = 0; t < count; t++)
        {
            double weight = r.ReadDouble();
            int nodes = r.ReadInt32();
            if (nodes is < 0 or > MaxNodesPerTree) throw new InvalidDataException($"tree {t}: {nodes} nodes is out of range");
            var feature = new int[nodes]; var threshold = new float[nodes]; var left = new int[nodes]; var right = new int[nodes];
            for (int i = 0; i < nodes; i++) { feature[i] = r.ReadInt32(); threshold[i] = r.ReadSingle(); left[i] = r.ReadInt32(); right[i] = r.ReadInt32(); }
            var leaves = new double[nodes + 1];
            for (int i = 0; i < leaves.Length; i++) leaves[i] = r.ReadDouble();
            trees[t] = new Tree(feature, threshold, left, right, leaves, weight);
        }
        return new TreeEnsemble(trees, bias, slope, offset, featureCount);
    }
}
