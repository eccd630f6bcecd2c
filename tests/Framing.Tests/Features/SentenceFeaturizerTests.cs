using Framing.Analysis;
using Framing.Features;

namespace Framing.Tests.Features;

/// <summary>The context features the model reads for first-hand reporting: tense, the reporter at the scene, liveblog time stamps.</summary>
public class SentenceFeaturizerTests
{
    [TestCase("was", "past")]
    [TestCase("switched", "past")]
    [TestCase("ran", "past")]
    [TestCase("I'm", "present")]
    [TestCase("doesn’t", "present")]
    [TestCase("wants", "present")]
    [TestCase("said", "none")]      // a verb of saying marks attribution, not the account
    [TestCase("hundred", "none")]   // "-ed" that is no verb
    [TestCase("alleged", "none")]
    [TestCase("Ted", "none")]       // a name
    [TestCase("ball", "none")]
    public void TellsAVerbsTenseByItsForm(string word, string tense) => Assert.That(VerbTense.Of(word).ToString().ToLowerInvariant(), Is.EqualTo(tense));

    private static Dictionary<string, float> Row(string article, int sentence)
    {
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });
        var state = ArticleState.Build(analyzer.CompiledRules, Framing.Text.Document.Parse(article));
        var row = SentenceFeaturizer.Featurize(state)[sentence];
        return SentenceFeaturizer.Names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => row[x.i]);
    }

    [Test]
    public void AWitnessAccountCountsPastVerbsAndAnOpinionPresentOnes()
    {
        const string text = "\"He was on the floor and he was already cold,\" the nurse said. \"I'm saying nobody wants to listen,\" she added.";
        var account = Row(text, 0);
        var opinion = Row(text, 1);
        Assert.That(account["shape.past_verbs"], Is.GreaterThan(0));
        Assert.That(account["shape.present_verbs"], Is.EqualTo(0));
        Assert.That(opinion["shape.present_verbs"], Is.GreaterThan(0));
        Assert.That(opinion["shape.past_verbs"], Is.EqualTo(0));
    }

    [Test]
    public void ADispatchFromTheSceneMarksEverySentenceOfItsArticle()
    {
        // The reporter's own first-hand sentence makes the article a dispatch; its narration sentence carries that too.
        const string dispatch = "When I arrived at the square a little after six, the gates were shut. A woman in a green coat was crying into her phone.";
        const string desk = "The ministry said the square would reopen on Friday. A woman in a green coat was crying into her phone.";
        Assert.That(Row(dispatch, 1)["article.reporter_present"], Is.GreaterThan(0));
        Assert.That(Row(desk, 1)["article.reporter_present"], Is.EqualTo(0));
    }

    [TestCase("18:05 The square is full.", 1)]
    [TestCase("7.21pm The candidate has taken the stage.", 1)]
    [TestCase("The square is full by 18:05.", 0)]
    [TestCase("2019 was a hard year.", 0)]
    public void ALiveblogEntryOpensWithAClockTime(string sentence, int stamped) =>
        Assert.That(Row(sentence, 0)["shape.time_stamp"], Is.EqualTo(stamped));
}
