using Framing.Features;
using Framing.Text;

namespace Framing.Model;

/// <summary>
/// Builds a sentence's full feature vector (the featurizer's slots, then one presence flag per vocabulary n-gram)
/// and scores it with the four tag ensembles. The one code path for training, dev thresholds and prediction.
/// Immutable and thread-safe; each call uses its own buffers.
/// </summary>
internal sealed class FeatureScorer
{
    public FeatureScorer(bool useDense, NgramVocabulary vocabulary, IReadOnlyList<TreeEnsemble>? tags)
    {
        UseDense = useDense;
        Vocabulary = vocabulary;
        Tags = tags ?? [];
        NgramOffset = useDense ? SentenceFeaturizer.Count : 0;
        Width = NgramOffset + vocabulary.Count;
    }

    /// <summary>Whether the featurizer's slots are part of the vector.</summary>
    public bool UseDense { get; }
    /// <summary>The n-grams, after the dense slots.</summary>
    public NgramVocabulary Vocabulary { get; }
    /// <summary>One ensemble per tag, in taxonomy order (empty while training).</summary>
    public IReadOnlyList<TreeEnsemble> Tags { get; }
    /// <summary>Index of the first n-gram slot.</summary>
    public int NgramOffset { get; }
    /// <summary>Length of the feature vector.</summary>
    public int Width { get; }

    /// <summary>Writes the sentence's vector into <paramref name="vector"/> (all zeros on entry) and returns the n-gram slots it set.</summary>
    public void Fill(ReadOnlySpan<float> dense, Document doc, Sentence sentence, Span<float> vector, List<int> ngramSlots)
    {
        if (UseDense) dense.CopyTo(vector);
        ngramSlots.Clear();
        Vocabulary.Collect(doc, sentence, ngramSlots);
        foreach (int g in ngramSlots) vector[NgramOffset + g] = 1;
    }

    /// <summary>A fresh vector for one sentence (training).</summary>
    public float[] Vector(float[] dense, Document doc, Sentence sentence)
    {
        var v = new float[Width];
        Fill(dense, doc, sentence, v, []);
        return v;
    }

    [ThreadStatic] private static float[]? _vector;
    [ThreadStatic] private static FeatureScorer? _vectorOwner;
    [ThreadStatic] private static List<int>? _slots;

    /// <summary>Calibrated probabilities [sentence][tag] for sentences of one document, given their dense rows.</summary>
    /// <param name="doc">The document the sentences belong to (their words give the n-gram slots).</param>
    /// <param name="sentences">The sentences to score.</param>
    /// <param name="dense">Sentence i's dense row at <c>dense[i × rowLength ..]</c>.</param>
    /// <param name="rowLength">Slots per dense row.</param>
    public float[][] Score(Document doc, IReadOnlyList<Sentence> sentences, ReadOnlySpan<float> dense, int rowLength)
    {
        var output = new float[sentences.Count][];
        // The feature vector (dense slots plus thousands of n-gram slots) is kept per thread between articles: the dense
        // slots are overwritten by every sentence and each sentence's n-gram slots are zeroed after it.
        if (!ReferenceEquals(_vectorOwner, this) || _vector is null) { _vector = new float[Width]; _vectorOwner = this; }
        var vector = _vector;
        var slots = _slots ??= [];
        try
        {
            for (int i = 0; i < output.Length; i++)
            {
                Fill(dense.Slice(i * rowLength, rowLength), doc, sentences[i], vector, slots);
                var p = output[i] = new float[4];
                for (int t = 0; t < 4; t++) p[t] = Tags[t].Probability(vector);
                foreach (int g in slots) vector[NgramOffset + g] = 0;
                slots.Clear();
            }
        }
        catch
        {
            _vector = null; // never reuse a vector left with n-gram slots set
            throw;
        }
        return output;
    }
}
