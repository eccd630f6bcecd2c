using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>The word set's length and first-letter filter must never reject a word the set holds.</summary>
public class WordSetTests
{
    private static readonly WordSet IgnoreCase = new WordSet(StringComparer.OrdinalIgnoreCase,
        "gardaí", "Taoiseach", "spokesman", "co-ordinator", "'s", "9/11", "ömbudsman");

    [TestCase("gardaí")]
    [TestCase("GARDAÍ")]
    [TestCase("taoiseach")]
    [TestCase("Spokesman")]
    [TestCase("CO-ORDINATOR")]
    [TestCase("'s")]
    [TestCase("9/11")]
    [TestCase("Ömbudsman")]
    public void AWordInTheSetIsFoundInAnyCaseAndFromASpan(string word)
    {
        Assert.That(IgnoreCase.Contains(word.AsSpan()), Is.True, word);
        // A span cut out of a longer text, as the analyzers ask.
        var text = "the " + word + " said";
        Assert.That(IgnoreCase.Contains(text.AsSpan(4, word.Length)), Is.True, word);
    }

    [TestCase("")]
    [TestCase("spokes")]
    [TestCase("spokesmen")]
    [TestCase("xpokesman")]
    [TestCase("co-ordinators")]
    [TestCase("gardai")]
    public void AWordNotInTheSetIsNotFound(string word) => Assert.That(IgnoreCase.Contains(word.AsSpan()), Is.False, word);

    [Test]
    public void AnOrdinalSetKeepsCase()
    {
        var names = new WordSet(StringComparer.Ordinal, "van", "der");
        Assert.That(names.Contains("van".AsSpan()), Is.True);
        Assert.That(names.Contains("Van".AsSpan()), Is.False);
    }

    [Test]
    public void AnEmptyWordIsFoundOnlyInASetThatHoldsIt()
    {
        var withEmpty = new WordSet(StringComparer.Ordinal, "", "a");
        Assert.That(withEmpty.Contains(ReadOnlySpan<char>.Empty), Is.True);
        Assert.That(new WordSet(StringComparer.Ordinal).Contains("a".AsSpan()), Is.False);
    }
}
