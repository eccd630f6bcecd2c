using Framing.Analysis;
using Framing.Attribution;

namespace Framing.Tests.Attribution;

/// <summary>Speaker finding on project-written passages, one pattern each.</summary>
public class SpeakerPatternTests
{
    private static readonly FramingAnalyzer Analyzer = FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true });

    private static SentenceAnalysis Sentence(string text, string start) =>
        Analyzer.Analyze(text).Sentences.Single(s => s.Text.StartsWith(start, StringComparison.Ordinal));

    /// <summary>The analysis of <paramref name="text"/>, which must be one sentence.</summary>
    private static SentenceAnalysis Only(string text) => Analyzer.Analyze(text).Sentences.Single();

    /// <summary>The speaker's name of the sentence of <paramref name="text"/> that starts with <paramref name="start"/>, or null.</summary>
    private static string? SpeakerNameOf(string text, string start) => Sentence(text, start).Attribution?.Speaker.Name;

    /// <summary>The one sentence of <paramref name="text"/> is spoken by exactly <paramref name="speaker"/>.</summary>
    private static void AssertSpeakerName(string text, string speaker) =>
        Assert.That(Only(text).Attribution?.Speaker.Name, Is.EqualTo(speaker), text);

    /// <summary>The one sentence of <paramref name="text"/> is no official statement.</summary>
    private static void AssertNoOfficialStatement(string text) =>
        Assert.That(Only(text).Tags.Has(FramingTag.OfficialStatement), Is.False, text);

    /// <summary>The one sentence of <paramref name="text"/> is spoken by a speaker whose name contains <paramref name="speaker"/>, and is an official statement.</summary>
    private static void AssertOfficialSpeaker(string text, string speaker)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Name, Does.Contain(speaker), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, text);
    }

    private const string Article = """
        Dam inspectors warned of cracks a year before the collapse

        Interior Minister Dana Voss said on Tuesday that the reservoir had been inspected in March.
        "We acted on every report we received," Voss told reporters in the capital. "Nothing was ignored.
        "The engineers signed off on the wall themselves."
        She added that an inquiry would report by the summer.
        Marta Ilic, who lives below the dam, said she heard a roar just before dawn.
        "The water came through the orchard like a train," Ilic said.
        The Associated Press quotes a regional official, Tomas Brenner, saying the evacuation order came too late.
        According to Reuters, the army has sent two rescue teams.
        Engineers, speaking on condition of anonymity, said the spillway may have been blocked.
        """;

    private const string SingleQuoted = """
        Governor defends record in combative interview

        Governor Ruth Calloway insisted on Sunday that she owes no apology to the auditors she fired last spring.
        'No,' she told a radio host in Columbus. 'I said publicly that the process was rushed.
        'But most of the state sided with me. Would you ask a man that?
        'Somebody should ask you why you frame it that way,' she snapped.
        'I dealt with it two years ago.'
        """;

    [Test]
    public void SingleQuotedQuotationsKeepTheSpeakerAcrossSentencesAndParagraphs()
    {
        foreach (var start in new[] { "'I said publicly", "'But most of the state", "Would you ask", "'Somebody should ask", "'I dealt with it" })
        {
            var s = Sentence(SingleQuoted, start);
            Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Ruth Calloway"), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
    }

    [TestCase("Sources within the party told the broadcaster the leader had always backed the cards.", SourceType.Anonymous)]
    [TestCase("Physicist Mara Quill at the University of Leeds said the instrument might fail by mid-century.", SourceType.Expert)]
    [TestCase("A spokesman for the ministry said the figures were final.", SourceType.Official)]
    public void TheHeadNounBeforeAPostModifierGivesTheSourceType(string text, SourceType type)
    {
        Assert.That(Analyzer.Analyze(text).Sentences[0].Attribution?.Speaker.Type, Is.EqualTo(type));
    }

    [TestCase("Other drivers said they had been sent home before the last shift.", "Other drivers")]
    [TestCase("A hiker, who asked not to be named, told us the path had been closed since June.", "hiker")]
    [TestCase("Two guests at the wedding told the paper the band had played until dawn.", "Two guests at the wedding")]
    [TestCase("Several fans said the gates opened an hour late.", "Several fans")]
    public void PeopleNamedOnlyByACommonNounCanSpeak(string text, string name)
    {
        // Members of the public are often named by what they are, not who: "a hiker", "other drivers".
        var a = Analyzer.Analyze(text).Sentences[0].Attribution;
        Assert.That(a?.Speaker.Name, Is.EqualTo(name));
        Assert.That(a!.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
    }

    [TestCase("Ines Kovac, who heads the WHO office in Sarajevo, said vaccine stocks would last until May.", SourceType.Official)]
    [TestCase("Petra Lind, who runs a bakery near the station, said the queue started at six.", SourceType.Other)]
    [TestCase("Solvane said in a statement that the outage had been fixed.", SourceType.Official)]
    [TestCase("Brannock Freight said in a statement that the ferry would sail on Friday.", SourceType.Official)]
    [TestCase("Marlo Quint said in a statement through his agent that he had never met the producer.", SourceType.Other)]
    [TestCase("Her publicist, Dana Whitfield, said in a statement that the singer had been unwell.", SourceType.Other)]
    public void APostHeldOrAFormalStatementGivesTheSourceType(string text, SourceType type)
    {
        // "who heads the WHO office": the post's organisation; "said in a statement": an organisation speaking formally,
        // unless the statement is a private person's, relayed by an agent or publicist.
        Assert.That(Analyzer.Analyze(text).Sentences[0].Attribution?.Speaker.Type, Is.EqualTo(type));
    }

    // A source noun keeps its post-modifier: "a spokesperson for the mission", "a paramedic at the scene".
    [TestCase("A spokesperson for the mission said the patrol had come under fire.", "spokesperson for the mission", SourceType.Official)]
    [TestCase("Two of the dead were teenagers, a Red Cross paramedic at the scene said.", "Red Cross paramedic at the scene", SourceType.Eyewitness)]
    // No verb of saying: the reporter's own observation (taxonomy) or a witness's perception.
    [TestCase("A Reuters reporter at the scene saw the hotel's facade blackened by smoke.", "Reuters reporter at the scene", SourceType.Eyewitness)]
    [TestCase("The queue stretched back almost two kilometres, our correspondent saw.", "our correspondent", SourceType.Eyewitness)]
    [TestCase("Residents heard three blasts shortly before dawn.", "Residents", SourceType.Eyewitness)]
    // An institution named by a common noun speaks for itself.
    [TestCase("The county football association said in a statement it was appalled by the attack.", "county football association", SourceType.Official)]
    [TestCase("The exchange said customer funds were fully backed.", "exchange", SourceType.Official)]
    [TestCase("The centre's board said the preacher had been suspended pending a review.", "centre's board", SourceType.Official)]
    // A subject whose post-modifier ends in a place name is the source noun that heads it, not the place.
    [TestCase("Prosecutors in Tarnova said they had seized the contractor's ledgers.", "Prosecutors in Tarnova", SourceType.Official)]
    [TestCase("The Chilean embassy in Oslo called the report a fabrication.", "Chilean embassy in Oslo", SourceType.Official)]
    [TestCase("On Monday, officials in Vinnytsia said the power cuts would last until Thursday.", "officials in Vinnytsia", SourceType.Official)]
    [TestCase("Workers at a depot run by the logistics firm Corvane near Swindon say their breaks were cut to ten minutes.", "Workers at a depot run by the logistics firm Corvane near Swindon", SourceType.Eyewitness)]
    [TestCase("Drivers at a depot run by the logistics firm Corvane near Swindon say their breaks were cut to ten minutes.", "Drivers at a depot run by the logistics firm Corvane near Swindon", SourceType.Other)]
    [TestCase("Nurses at the Royal Infirmary in Dunholm said the ward had run out of gowns.", "Nurses at the Royal Infirmary in Dunholm", SourceType.Eyewitness)]
    [TestCase("Officials in the mountain town of Brask said the pass would stay shut.", "Officials in the mountain town of Brask", SourceType.Official)]
    [TestCase("Ruritania's consul in the port city of Vell, Amara Oduya, said the ferry had not sailed.", "Amara Oduya", SourceType.Official)]
    // A country as a person's first name is no role; the country alone still speaks for its government.
    [TestCase("Chad Morrow said the tickets had sold out in an hour.", "Chad Morrow", SourceType.Other)]
    [TestCase("Jordan said it would close the border crossing at midnight.", "Jordan", SourceType.Official)]
    // Forces and services that speak through statements, and posts named by title.
    [TestCase("Its pilots shot down nine drones overnight, the air force said.", "air force", SourceType.Official)]
    [TestCase("The district administrator, Tomasz Wierzba, said the road would stay shut.", "Tomasz Wierzba", SourceType.Official)]
    [TestCase("Vice-chancellor Ruth Okafor told staff the course would close in June.", "Ruth Okafor", SourceType.Official)]
    [TestCase("The chair of the bench said the fine would be paid in instalments.", "chair of the bench", SourceType.Official)]
    [TestCase("Pastor Wendell Amory told the congregation the roof appeal had failed.", "Wendell Amory", SourceType.Official)]
    [TestCase("PORT ELLIS, Maine — Officials in Port Ellis say the ferry will not sail until Monday.", "Officials in Port Ellis", SourceType.Official)]
    [TestCase("KARVALA, Norland (AP) — Authorities in Karvala said two bridges had been closed.", "Authorities in Karvala", SourceType.Official)]
    [TestCase("Party co-chairman Ewan Fox said the leaflets had been printed before the vote.", "Ewan Fox", SourceType.Official)]
    [TestCase("The chair of the Independent Grocers Association, Meera Dutt, said small shops were closing weekly.", "Meera Dutt", SourceType.Official)]
    public void NamesAndTypesTheSpeaker(string text, string name, SourceType type)
    {
        var a = Analyzer.Analyze(text).Sentences[0].Attribution;
        Assert.That((a?.Speaker.Name, a?.Speaker.Type), Is.EqualTo((name, (SourceType?)type)));
    }

    private const string ParticleNames = """
        Opposition says audit was buried

        Party leader Imran Saeed-ul-Hassan accused the ministry of burying the audit of the fuel depot.
        Speaking to reporters in the capital, Hassan said the committee had never been allowed to meet.
        Interior Minister Walid al-Tamimi denied that any report had been withheld.
        "Every page will be published," Tamimi said.
        """;

    [TestCase("Speaking to reporters", "Imran Saeed-ul-Hassan")]
    [TestCase("\"Every page", "Walid al-Tamimi")]
    public void AFamilyNameAfterAParticleFindsItsFullMention(string start, string name)
    {
        // "al-Tamimi", "Saeed-ul-Hassan": later mentions drop the particle, and the role comes with the first mention.
        var s = Sentence(ParticleNames, start);
        Assert.That(s.Attribution?.Speaker.Name, Does.EndWith(name));
        Assert.That(s.Attribution?.Speaker.Resolution, Is.EqualTo(SpeakerResolution.Alias));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("Rebel leader Amos Karemera said the strike killed five farmers. The depot was a legitimate target, said army spokesman Col. Pierre Ndoye. \"We warned the farmers to leave,\" he said.", 2, "Pierre Ndoye")]
    [TestCase("The suspect was armed, said police spokeswoman Sgt. Dana Ruiz. Ruiz said the man surrendered at noon.", 1, "Dana Ruiz")]
    public void ATitlesFullStopDoesNotCutTheSpeakersName(string text, int sentence, string name)
    {
        // "Col." and "Sgt." belong to the speaker phrase: the name is the person's, and a later "he" or surname finds them.
        var s = Analyzer.Analyze(text).Sentences[sentence];
        Assert.That((s.Attribution?.Speaker.Name, s.Attribution?.Speaker.Type), Is.EqualTo((name, (SourceType?)SourceType.Official)));
    }

    [Test]
    public void APossessiveAloneIsNoSpeakerForLaterPronouns()
    {
        // "Their only answer" is a noun phrase, not "Their" answering: were "Their" a speaker, every later "he" would
        // find it instead of the opposition leader.
        const string text = "Opposition leader Tom Calder said the budget was built on borrowing.\n"
            + "Their only answer is to borrow now and tax later.\n"
            + "He went on to accuse the chancellor of hiding the cost of the new rail line.";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences[1].Attribution, Is.Null);
        Assert.That((sentences[2].Attribution?.Speaker.Name, sentences[2].Attribution?.Speaker.Type), Is.EqualTo(("Tom Calder", (SourceType?)SourceType.Official)));
        Assert.That(sentences[2].Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void ASurnameKeepsTheTypeItsSpeakerPhraseGave()
    {
        // "head" alone reads as an office; "head of the Levant Observatory" is a monitor, an expert source, and "said
        // Farhat" later must not turn her into an official.
        const string text = "Shells hit the old town overnight, Nadia Farhat, head of the Levant Observatory for Civil Rights, told reporters.\n"
            + "\"It has never been this bad,\" said Farhat.";
        var s = Analyzer.Analyze(text).Sentences[1];
        Assert.That((s.Attribution?.Speaker.Name, s.Attribution?.Speaker.Type), Is.EqualTo(("Nadia Farhat", (SourceType?)SourceType.Expert)));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void AGroupNamedWithItsEmployerIsNotFoundByTheEmployersName()
    {
        // "Depot workers for Brannock's" are a group, not a person whose surname is "Brannock's": the company speaking
        // later by its own name is the company, an organisation, official (not those workers).
        const string text = "Depot workers for Brannock's have rejected a new shift pattern after a ballot on Monday.\n\n"
            + "Brannock's said it still hoped to reach an agreement with the union before Christmas.";
        var s = Analyzer.Analyze(text).Sentences[1];
        Assert.That(s.Attribution?.Speaker.Name, Does.Not.Contain("workers"));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AQuestionPutToTheSubjectIsNoSpeaker()
    {
        // "Asked by reporters to explain the figures, Mr Kennedy appeared uncertain": the opening participle's phrase is
        // the question put to the subject, not a speaker of its own (it was "Asked by reporters to", typed media).
        var s = Analyzer.Analyze("Asked by reporters to explain the figures, Councillor Ruth Amadi appeared unsure of the details.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name ?? "", Does.Not.StartWith("Asked"));
    }

    [Test]
    public void TheStatementNamedBeforeSpeaksInTheLinesThatQuoteIt()
    {
        // "Russian journalists have received a statement from North Korea's Foreign Ministry … The statement reads, '…'
        // … The statement continued, '…'": the ministry speaks in every line (they had no speaker, no official tag).
        const string text = "Reporters in Vantor received a statement from the Kessian Foreign Ministry about the launch.\n\n"
            + "The statement reads,\n\n\"The test was a normal step. Nothing about it should surprise anyone.\"\n\n"
            + "The statement continued,\n\n\"These are the rights of a sovereign state.\"";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences.Skip(1).Select(s => s.Attribution?.Speaker.Name), Is.All.EqualTo("Kessian Foreign Ministry"));
        Assert.That(sentences.Skip(1).All(s => s.Tags.Has(FramingTag.OfficialStatement)), Is.True);
    }

    [TestCase("The HSA said just 41 hospital beds had been closed across the region.", "The HSA")]
    [TestCase("The NWU said the strike would go ahead on Monday.", "The NWU")]
    public void AnAcronymAfterTheIsAnOrganisationSpeakingForItself(string text, string speaker)
    {
        // "The HSE said just 93 acute hospital beds had been closed", "The INO estimated …": a body named by its acronym
        // after "the" is official, as the bare acronym is (they were typed other).
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(speaker));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [Test]
    public void AQuotationClosingAnAppositiveWithItsCommaInsideDoesNotHideTheName()
    {
        // "Marie van der Zyl, who campaigned to be Board of Deputies President on a platform of “defending Israel,” also
        // suggested …": the comma inside the closing mark ended the search at the quotation, and the sentence had no speaker.
        var s = Analyzer.Analyze("Council leader Ann Holt, who won on a pledge of “no more closures,” also said the depot would stay open.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Ann Holt"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AQuotationThatOpensTheSentenceIsNoAppositive()
    {
        // Guard: "“This is a devastating day for … our colleagues,” said Daniel Whitford": the words in the quotation are not
        // the speaker, and neither is "Shell's management" in "“… about Shell's management,” said one share trader".
        var s = Analyzer.Analyze("“It was a hard winter for everyone at the depot and for our drivers,” said Omar Lindqvist, the chief executive.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Omar Lindqvist"));
    }

    [Test]
    public void TheItemsOfAListAfterASpeakersColonContinueTheirWords()
    {
        // "Schumer listed the reasons why he won't vote to confirm Gorsuch:" then "-- First, …", "-- Second, …", each a
        // paragraph: the block ended after one paragraph, and the reasons had no speaker.
        const string text = "Senator Ruth Abara will vote against the nominee.\n\n"
            + "Abara listed the reasons why she will not back him:\n\n"
            + "-- First, he was unable to convince me that he would be independent.\n\n"
            + "-- Second, his record shows little regard for the weak.\n\n"
            + "The vote is expected next week.";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences.Skip(1).Take(3).Select(s => s.Attribution?.Speaker.Name), Is.All.EqualTo("Ruth Abara"));
        Assert.That(sentences.Skip(1).Take(3).All(s => s.Tags.Has(FramingTag.OfficialStatement)), Is.True);
        Assert.That(sentences[^1].Attribution, Is.Null);
    }

    [Test]
    public void AMessageForSomeoneIsSaidAndTheQuotationAfterItContinuesIt()
    {
        // "Schumer had a message for his 'Republican friends' who may contemplate changing Senate rules …" then "“I say, if
        // this nominee cannot earn 60 votes …”": neither had a speaker.
        const string text = "Senator Ruth Abara spoke on Tuesday.\n\nAbara had a message for colleagues who want to change the rules.\n\n"
            + "“If this nominee cannot win the votes, the answer is to change the nominee.”";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences[1].Attribution?.Speaker.Name, Is.EqualTo("Ruth Abara"));
        Assert.That(sentences[2].Attribution?.Speaker.Name, Is.EqualTo("Ruth Abara"));
        Assert.That(sentences[2].Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AllegingAfterACommaSpeaksForTheSentencesSubjectNotTheObjectBeforeIt()
    {
        // "A man and his wife are suing a Phoenix suburb and three of its police officers, alleging they used excessive
        // force": the officers were taken as the speaker, and the couple's charge as an official statement.
        var s = Analyzer.Analyze("A nurse and her husband are suing the county and two of its deputies, alleging they used excessive force at a traffic stop.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Does.Not.Contain("deputies"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
        Assert.That(s.Tags.Has(FramingTag.Allegation), Is.True);
    }

    [TestCase("Medical Director Dr Lena Park said the outbreak on the wards was now over.", SourceType.Official)]
    [TestCase("Virologist Dr Lena Park said the outbreak on the wards was now over.", SourceType.Expert)]
    public void ADoctorsTitleAfterAPostIsACourtesy(string text, SourceType type)
    {
        // "Medical Director Dr David Hepburn said the virus was being brought in from the community": the title next to the
        // name made the health board's director an expert, and none of his five sentences was an official statement.
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Lena Park"));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(type));
    }

    [Test]
    public void AnOpeningAccordingToIsNoSubjectForAParticipleAfterAComma()
    {
        // "According to the accounts from the many … reporters in the room, Breitbart was asked to take the podium …, and
        // claiming to have yet more explicit photos …": "According" became the speaker, and then every "he" after it.
        var s = Analyzer.Analyze("According to several reporters in the room, Mr Vance was asked to speak, and spent ten minutes attacking the press, claiming to have more photos.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Mr Vance"));
    }

    [Test]
    public void APostHeldAsThePredicateGivesThePersonTheirRole()
    {
        // "Mark McDonald was serving as the Minister for Childcare and Early Years but has now stood down … He said in a
        // statement: “…”": the registry knew roles only before a name or in an appositive, so the minister was typed other.
        const string text = "Tessa Nkemelu was serving as the Minister for Rural Transport but has now stood down from the role.\n\n"
            + "The party opened an inquiry on Monday.\n\n"
            + "She said in a statement: “I apologise to anyone I have upset.”";
        var s = Analyzer.Analyze(text).Sentences[^1];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Tessa Nkemelu"));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void ItReadAfterAStatementIssuedQuotesItsMaker()
    {
        // "… the 41-year-old Rhondda Labour MP issued a statement on Tuesday apologising. It read: “I'm sorry this has
        // happened. …”": the statement's lines had no speaker.
        const string text = "Councillor Piet Hoorn has apologised for the leaked e-mail.\n\n"
            + "Mr Hoorn issued a statement on Tuesday apologising.\n\n"
            + "It read: \"I'm sorry this has happened. It will not happen again.\"";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences.Skip(2).Select(s => s.Attribution?.Speaker.Name), Is.All.EqualTo("Piet Hoorn"));
        Assert.That(sentences.Skip(2).All(s => s.Tags.Has(FramingTag.OfficialStatement)), Is.True);
    }

    [Test]
    public void AStatementGivenInFullRunsOnInItsWritersVoiceUntilTheArticleNamesThemAgain()
    {
        // "Mr Galloway issued this statement to deny the allegations:" then his unquoted text, with "you might think" and
        // "I" in it: the block needed "full" or "following", and the writer's "I" ended it. "Grimm spoke with Scotto …"
        // after "Grimm released the following statement:" is the article's own line again.
        const string text = "Local MP Jarek Olsen issued this statement to deny the allegations:\n\n"
            + "These are the same false claims as before.\n\n"
            + "Isn't it strange, you might think, that nobody asked me?\n\n"
            + "I have never taken a penny from anyone.\n\n"
            + "Olsen later spoke to reporters outside his office.";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences.Skip(1).Take(3).Select(s => s.Attribution?.Speaker.Name), Is.All.EqualTo("Jarek Olsen"));
        Assert.That(sentences[^1].Attribution?.Speaker.Resolution, Is.Not.EqualTo(SpeakerResolution.QuotationContinued));
    }

    [TestCase("May said the talks would go on.")]
    [TestCase("May reportedly made the announcement at a meeting of backbenchers.")]
    [TestCase("The talks would go on, May said.")]
    public void ASurnameThatIsAModalSpeaksOnceTheArticleHasNamedItsBearer(string sentence)
    {
        // "Theresa May has pledged to help Conservative MPs … May reportedly made the announcement": the bare surname was
        // read as the modal, so the sentence had no speaker and "May made" was a hedge.
        var s = Analyzer.Analyze("Prime Minister Theresa May has pledged to help MPs who lost their seats.\n\n" + sentence).Sentences[^1];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Theresa May"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
        Assert.That(s.Tags.Has(FramingTag.Hedge), Is.EqualTo(sentence.Contains("reportedly")));
    }

    [Test]
    public void ASurnameThatIsAModalIsStillAModalWhenNobodyHasThatName()
    {
        // Guard: with no one called May, "May" opening a sentence is the modal of a question or a wish, no speaker.
        var s = Analyzer.Analyze("The council met on Monday.\n\nMay the new rules work better than the old ones.").Sentences[^1];
        Assert.That(s.Attribution, Is.Null);
    }

    [Test]
    public void AnOutletReportingAnOfficialAsSayingRelaysTheOfficial()
    {
        // "reported X as saying" was read as the outlet's own report ("quoted X as saying" was not).
        var s = Analyzer.Analyze("The Tribune reported Interior Minister Anna Voss as saying the border would stay shut.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Anna Voss"));
        Assert.That(s.Attribution?.Speaker.Via, Is.EqualTo("Tribune"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AStatementNamedByItsMakerAndAnItAfterTheQuotationSpeakForTheBody()
    {
        // "A Metroline statement said the pay offer was “fair and reasonable …”" then "“The company remains committed to
        // resolving this dispute,” it said.": the first was given to the union man quoted before, the second to nobody.
        const string text = "Drivers walked out on Tuesday.\n\n\"Why can't Harlow Buses pay?\" said union organiser Tom Bell.\n\n"
            + "A Harwick statement said the offer was \"fair and reasonable in the context of recent pay rises across the city\".\n\n"
            + "\"The company remains committed to ending this dispute,\" it said.";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences[^2].Attribution?.Speaker.Name, Is.EqualTo("Harwick"));
        Assert.That(sentences[^1].Attribution?.Speaker.Name, Is.EqualTo("Harwick"));
        Assert.That(sentences[^1].Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    // A call made to say something: the caller speaks ("telephoned Mr Bush to concede").
    [TestCase("Governor Ray Tolland telephoned his rival shortly after midnight to concede the race.", "Ray Tolland")]
    [TestCase("The health secretary phoned the family on Sunday to apologise for the delay.", "health secretary")]
    public void ACallMadeToSaySomethingIsTheCallers(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    // A participle of saying after "after" is the subject's own words, as after "by".
    [TestCase("Transport Minister Ann Reeve has resigned after admitting she misled the committee about the contract.", "Ann Reeve")]
    [TestCase("The council leader stepped down after conceding that the figures had been wrong for two years.", "council leader")]
    public void AParticipleOfSayingAfterAfterIsTheSubjects(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    // An official before "and others" with a group after the plural speaks for the joint subject.
    [TestCase("Majority Leader Ann Keller, R-Ky., and others in the Senate GOP leadership made clear their belief that the bill would pass.", "Ann Keller")]
    [TestCase("Health Secretary Tom Oduya and other members of the cabinet said the strike could not go on.", "Tom Oduya")]
    public void AnOfficialAndOthersInAGroupSpeakAsTheOfficial(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void PrivatePeopleAndOthersInAGroupAreNoOfficialStatement() =>
        AssertNoOfficialStatement("The fans and others in the crowd said the match had been a disgrace.");

    // A count inside the group after the source noun is part of the speaker ("Officials from 40 countries").
    [TestCase("Officials from 40 countries said the treaty would be signed in June.", "Officials from 40 countries")]
    [TestCase("The ambassadors of 10 countries have complained to the prime minister about the raids.", "ambassadors of 10 countries")]
    public void ACountInsideTheSpeakersGroupKeepsTheSpeaker(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    // Guards: a year or a telephone number after the preposition is no count of a group.
    [TestCase("Anyone who saw the van is asked to call Harlow Police on 101 or report it online.")]
    [TestCase("Harrow left the bank in 2004 after admitting borrowing money from it to cover his trading losses.")]
    public void AYearOrAPhoneNumberIsNoGroupOfSpeakers(string text) =>
        Assert.That(Only(text).Attribution?.Speaker.Name ?? "", Does.Not.Match(@"\d"), text);

    // A maker of several words: the whole name issued it ("House statement" was the speaker before).
    [TestCase("A Ministry of Defence statement said two soldiers had been flown home with minor injuries.", "Ministry of Defence")]
    [TestCase("A Downing Street statement said the talks would resume after the weekend.", "Downing Street")]
    [TestCase("The Home Office statement said the backlog had been cleared by the end of March.", "Home Office")]
    public void AStatementNamedByAMakerOfSeveralWordsSpeaksForThatMaker(string text, string maker)
    {
        Assert.That(Only(text).Attribution?.Speaker.Name, Is.EqualTo(maker), text);
        AssertOfficialSpeaker(text, maker);
    }

    // An official body's document of findings is the body speaking.
    [TestCase("A Home Office review found that the scheme had cost twice what ministers had been told.", "Home Office")]
    [TestCase("An Ofsted inspection concluded that pupils at the school had been left at risk.", "Ofsted")]
    public void AnOfficialBodysFindingsSpeakForTheBody(string text, string body)
    {
        Assert.That(Only(text).Attribution?.Speaker.Name, Is.EqualTo(body), text);
        AssertOfficialSpeaker(text, body);
    }

    // Guards: a university's study stays the study's; a year, or a title-case headline's "Another Major Study", is no maker.
    [TestCase("A Harvard study found that teenagers who slept less did worse in tests.")]
    [TestCase("A 2019 study found that teenagers who slept less did worse in tests.")]
    [TestCase("Another Major Study Finds Teenagers Sleep Too Little")]
    public void AFindingsDocumentWithoutAnOfficialMakerIsNoOfficialStatement(string text) => AssertNoOfficialStatement(text);

    [TestCase("This statement said the offer was final.")]
    [TestCase("Another statement said the offer was final.")]
    public void AStatementNamedByADeterminerNamesNoMaker(string sentence)
    {
        // Guard: "A Metroline statement" names its maker; "This statement" and "Another statement" do not.
        var s = Analyzer.Analyze("Drivers walked out on Tuesday.\n\n" + sentence).Sentences[^1];
        Assert.That(s.Attribution, Is.Null);
    }

    [Test]
    public void AnItThatIsNoOneStaysUnresolved()
    {
        // Guard: "it is alleged", "it was pointed out" after a one-word name are no body speaking.
        const string text = "Harwick said the offer was fair.\n\nIn a note to staff, it is alleged that managers ignored the complaints.";
        var s = Analyzer.Analyze(text).Sentences[^1];
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("Labour and the Conservatives both said the plan was dead.", "Labour and the Conservatives")]
    [TestCase("The ministers all said the plan was dead.", "ministers")]
    public void AQuantifierAfterTheSubjectIsNoPartOfIt(string text, string speaker)
    {
        // "Speaker John Boehner (R-Ohio) and Majority Leader Kevin McCarthy (R-Calif.) both issued statements backing …":
        // "both" between the subject and its verb ended the search, and the sentence had no speaker.
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(speaker));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AQuantifierThatIsTheSubjectAfterAndIsNoSpeaker()
    {
        // Guard: "UN inquiry accuses both sides in Merovia of war crimes, and both reject its findings" — "both" is the
        // subject of the second verb, the two sides, not the inquiry.
        var s = Analyzer.Analyze("The inquiry accused both armies of shelling the town, and both reject its findings.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.Not.EqualTo("inquiry"));
    }

    [TestCase("\"They gave no reason at all,\" the NWU-TS said.", "NWU-TS")]
    [TestCase("The HSA-NE said the clinic would stay open until March.", "The HSA-NE")]
    public void AcronymsJoinedByAHyphenNameABodySpeakingForItself(string text, string speaker)
    {
        // "They will only say they will no longer sell products to The NRA Foundation," the NRA-ILA said: a body's arm named
        // by joined acronyms was typed other, and a first-hand word in its letter then made it an eyewitness.
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(speaker));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("The regulator will look at how the data was released. Harwell Constabulary's first statement was issued late on Friday. It said officers had tried to help the man before the ambulance came.", "Harwell Constabulary")]
    [TestCase("Ms Okafor, the council's chief executive, said she would not resign.\n\nMs Okafor's statement said: \"We will cooperate fully.\"\n\nIt added: \"Our staff acted in good faith.\"", "Ms Okafor")]
    public void AnOpeningItContinuesTheStatementNamedBefore(string text, string speaker)
    {
        // "Scotland Yard's first statement … was issued late on April 1. It said officers tried to revive him": "it" is the
        // statement, so its owner speaks (the speaker was an earlier group, or nobody).
        var s = Analyzer.Analyze(text).Sentences[^1];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(speaker));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("Tomas Veldhuis said he would not stand in the run-off.\n\nKenya's opposition leader is due to speak in Nakuru on Sunday.\n\n\"The vote would cost our supporters their lives,\" he said.")]
    [TestCase("Dana Whitcombe said the bill was badly drafted.\n\nThe senator added that she would vote against it.\n\n\"It is a mess,\" Whitcombe said.")]
    public void APostDescribingThePersonNamedJustBeforeIsTheirs(string text)
    {
        // "Morgan Tsvangirai has said he will pull out … Zimbabwe's opposition leader is due to …": the person named with
        // no role holds the post the next sentence describes, in every sentence (the first too).
        var sentences = Analyzer.Analyze(text).Sentences;
        foreach (var i in new[] { 0, 2 })
        {
            Assert.That(sentences[i].Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), sentences[i].Text);
            Assert.That(sentences[i].Tags.Has(FramingTag.OfficialStatement), Is.True, sentences[i].Text);
        }
    }

    [TestCase("Senator Ruth Amadi opposed the bill.\n\nDana Whitcombe said the bill was badly drafted.\n\nThe senator added that she would vote against it.")]
    [TestCase("Dana Whitcombe said the bill was badly drafted.\n\nThe former senator added that he would vote against it.")]
    [TestCase("Mary Whitcombe said the bill was badly drafted.\n\nThe spokesman added that the vote would go ahead.")]
    [TestCase("Dana Whitcombe, a nurse from Kessel, said the bill was badly drafted.\n\nThe minister added that the vote would go ahead.")]
    public void APostThatCouldMeanSomeoneElseDescribesNoOne(string text)
    {
        // A post already given to someone else, a former post, a post of the other gender, or a person with a role of
        // their own: Whitcombe stays a private person.
        var first = Analyzer.Analyze(text).Sentences.First(x => x.Text.Contains("Whitcombe"));
        Assert.That(first.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
        Assert.That(first.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("Tomas Veldhuis said he would not stand in the run-off.\n\nKenya's opposition leader for the Nakuru People's Alliance is due to speak on Sunday.\n\n\"The vote would cost our supporters their lives,\" he said.")]
    public void APostWithTheBodyItIsHeldAtDescribesThePersonJustNamed(string text)
    {
        // "Zimbabwe's opposition leader for Movement for Democratic Change is due to …": the post runs on with the body it is
        // held at, and still describes the person named just before.
        var sentences = Analyzer.Analyze(text).Sentences;
        foreach (var i in new[] { 0, 2 })
            Assert.That(sentences[i].Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), sentences[i].Text);
    }

    [TestCase("The union representing Harwell cabin crews has denied that its members staged a sick-out.", "union", SourceType.Official)]
    [TestCase("Detectives investigating the death of the teenager said they were keeping an open mind.", "Detectives", SourceType.Official)]
    [TestCase("Lawyers representing the families said the ruling was a betrayal.", "Lawyers", SourceType.Other)]
    public void TheSubjectBeforeAnActiveParticipleAndItsObjectSpeaks(string text, string speaker, SourceType type)
    {
        // "The union representing Qantas engineers has denied …": the union speaks, not the engineers it represents.
        var a = Only(text).Attribution;
        Assert.That(a?.Speaker.Name, Is.EqualTo(speaker), text);
        Assert.That(a?.Speaker.Type, Is.EqualTo(type), text);
    }

    [TestCase("Gazprom said on Monday that the debt had been settled in full.", "Gazprom")]
    [TestCase("Ryanair last night rejected the minister's claim that its pilots had been bullied into flying.", "Ryanair")]
    public void AWellKnownCompanyNamedBareSpeaksForItself(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("Share this: Facebook, Twitter, Email")]
    [TestCase("She was born in Ohio, according to her Facebook page.")]
    public void APlatformSomethingIsPostedOnIsNoSpeaker(string text)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False, text);
    }

    [TestCase("\"That raised a lot of eyebrows,\" said Sunrise Hour co-host Chris Cuomo.", "Chris Cuomo")]
    [TestCase("Melania Trump said she was proud of the children who had written to her.", "Melania Trump")]
    public void AnOfficeHoldersSurnameAfterAnotherGivenNameIsAnotherPerson(string text, string speaker)
    {
        // The gazetteer's "Cuomo" and "Trump" name the governor and the president; "Chris Cuomo" and "Melania Trump" are
        // other people, and hold no office by the surname.
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(speaker), text);
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False, text);
    }

    [TestCase("Trump said the report was fake.")]
    [TestCase("President Trump said the report was fake.")]
    [TestCase("Andrew Cuomo said the budget was balanced.")]
    public void AnOfficeHoldersSurnameAloneOrAfterATitleOrTheirOwnGivenNameIsTheOfficeHolder(string text) =>
        Assert.That(Only(text).Tags.Has(FramingTag.OfficialStatement), Is.True, text);

    [TestCase("Harwell Council Chair: 'Budget' Remark Was 'Careless and Unkind'\n\nRuth Amadi said on Monday that the remark was careless.", "Harwell Council Chair")]
    [TestCase("Fighting erupts in Kessel, says UN\n\nThe UN said fighting had broken out overnight.", "UN")]
    [TestCase("Tillpoint backs down, says it never meant to take sides\n\nThe payments company Tillpoint said it regretted the confusion.", "Tillpoint")]
    public void AHeadlinesSpeakerIsFoundInItsShortForms(string text, string speaker)
    {
        // "DNC Chair: '…' Remark Was '…'" (a title-case auxiliary is no name after a quotation), "…, says UN" (the name that
        // closes a headline after a comma, not the place before it), "Keurig backs down, says they …" (a second verb after a
        // comma with the first verb's subject).
        var a = Analyzer.Analyze(text).Sentences[0].Attribution;
        Assert.That(a?.Speaker.Name, Is.EqualTo(speaker), text);
        Assert.That(a?.Speaker.Type, Is.EqualTo(SourceType.Official), text);
    }

    [TestCase("The Harwell Water Board said the pipes had been inspected in May. Its statement also said engineers remained on site overnight.", "Harwell Water Board")]
    [TestCase("Kessel Rail said it would appeal. Their statement said the fine was out of all proportion.", "Kessel Rail")]
    [TestCase("The Ministry of Transport issued a statement on Tuesday. The minister will review the contract, the statement went on to say.", "Ministry of Transport")]
    [TestCase("Harwell Constabulary issued a statement on Friday. It went on: \"Officers took the decision to move him.\"", "Harwell Constabulary")]
    public void AStatementNamedAgainIsItsMakersWord(string text, string speaker)
    {
        // "The DWP said … Its statement also said …", "…, the statement went on to say", "Scotland Yard issued a statement …
        // It went on: …": the statement speaks for whoever issued it.
        var s = Analyzer.Analyze(text).Sentences[^1];
        Assert.That(s.Attribution?.Speaker.Name, Does.Contain(speaker), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, text);
    }

    [TestCase("Prime Minister Theresa May later said that no ministers would attend the final.", "Theresa May")]
    [TestCase("\"The vote will go ahead,\" Theresa May said.", "Theresa May")]
    [TestCase("Brian May said the tour would go on.", "Brian May")]
    [TestCase("Rep. Will Hurd said the wall was a waste of money.", "Will Hurd")]
    public void ASurnameThatIsAModalIsStillAName(string text, string speaker)
    {
        // "UK Prime Minister Theresa May later said …" and "Rep. Will Hurd said …" named nobody: "May" and "Will" were read
        // as modals.
        Assert.That(Only(text).Attribution?.Speaker.Name, Is.EqualTo(speaker), text);
    }

    [Test]
    public void AnOrganisationsPostNamedFirstIsHeldByThePersonNamedNext()
    {
        // "Mylan's CEO on Wednesday called … a 'cheap shot.' Heather Bresch during a hearing said …": the post, then the
        // person's full name opening the next sentence, is that person's.
        var sentences = Analyzer.Analyze("Tillpoint's CEO on Wednesday called the report a cheap shot.\n\nMarta Ilves told a committee hearing that the firm had acted properly.\n\n\"It was unfair,\" she said.").Sentences;
        foreach (var i in new[] { 1, 2 })
        {
            Assert.That(sentences[i].Attribution?.Speaker.Name, Is.EqualTo("Marta Ilves"), sentences[i].Text);
            Assert.That(sentences[i].Tags.Has(FramingTag.OfficialStatement), Is.True, sentences[i].Text);
        }
    }

    [TestCase("Labour's campaign co-ordinator Dana Whitcombe wrote that the leader had agreed to the debate.", true)]
    [TestCase("Dana Whitcombe, the coordinator of a residents' campaign group, said the plan was unfair.", false)]
    public void ACoordinatorIsAnOfficialOnlyNextToTheBodyTheyServe(string text, bool official)
    {
        // "Labour's campaign joint co-ordinator Andrew Gwynne wrote …": a party's post; an activist group's co-ordinator holds none.
        Assert.That(Only(text).Attribution?.Speaker.Type == SourceType.Official, Is.EqualTo(official), text);
    }

    [TestCase("Bank of Harwell is investigating claims that the payments were routed through its Jersey branch.")]
    [TestCase("The Bank of Harwell is investigating claims that the payments were routed through its branch.")]
    public void ANounOfSayingAsAParticiplesObjectNamesNoSpeaker(string text)
    {
        // "Bank of America is investigating claims that …": the claims are someone else's, unnamed; the bank says nothing
        // (the speaker was "Bank of America is investigating", an official statement).
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution, Is.Null);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("Apparently Brannock Holdings told the council twice that the lease had been signed.", "Brannock Holdings")]
    [TestCase("Previously, Castlemoor Gazette analysed the figures, calling them a fiction.", "Castlemoor Gazette")]
    public void AnOpeningSentenceAdverbIsNoPartOfTheSpeaker(string text, string speaker)
    {
        // "Apparently Trump told …", "Previously, Reason Magazine analyzed …, calling …": the adverb opens the sentence;
        // the subject after it is the speaker.
        var a = Analyzer.Analyze(text).Sentences[0].Attribution;
        Assert.That(a?.Speaker.Name, Is.EqualTo(speaker));
    }

    private const string Indictment = "Circuit Attorney Dana Whitcombe announced the indictment on Thursday.";
    private const string Donation = "Scottish Labour leader Moira Kinnaird said she would not resign over the donation.";

    // A false start of the second sentence must not take it from the official named in the first:
    // - a cue word after an article is a noun or an adjective ("The charge stems …", "The alleged payments …"), not a verb
    //   of saying whose subject is "The"; the speaker is the one the verb "said" names;
    // - the capitalised words of an opening adjunct ("On Friday", "In March", "At Holyrood") are a time or a place, not a
    //   person the pronoun after them could mean.
    [TestCase(Indictment, "The charge stems from an incident in the spring of 2019, she said.", "Dana Whitcombe")]
    [TestCase(Indictment, "The alleged payments were made through a firm in Cyprus, she said.", "Dana Whitcombe")]
    [TestCase(Donation, "On Friday she said the list of lenders would be published in full.", "Moira Kinnaird")]
    [TestCase(Donation, "In March she said the list of lenders would be published in full.", "Moira Kinnaird")]
    [TestCase(Donation, "At Holyrood she said the list of lenders would be published in full.", "Moira Kinnaird")]
    public void AFalseStartDoesNotTakeTheSentenceFromItsSpeaker(string first, string second, string speaker)
    {
        var a = Analyzer.Analyze(first + "\n\n" + second).Sentences[1].Attribution;
        Assert.That(a?.Speaker.Name, Is.EqualTo(speaker));
        Assert.That(a?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(a?.CueText, Is.EqualTo("said"));
    }

    [TestCase("The Organisation for Maritime Safety in the Baltic (OMSB), which monitors the shipping lanes, has said neither fleet had withdrawn.")]
    [TestCase("The Northern Rivers Authority (NRA), which runs the flood barriers, said the gates would close at noon.")]
    public void AClauseAboutAnOrganisationIsNotTheSpeaker(string text)
    {
        // ", which monitors the shipping lanes," describes the body named before it (and its bracketed abbreviation).
        var a = Analyzer.Analyze(text).Sentences[0].Attribution;
        Assert.That(a?.Speaker.Name, Does.Not.Contain("monitors").And.Not.Contain("runs"));
        Assert.That(a?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [TestCase("The transport minister was accused of misleading the committee about the tunnel's cost.", null, false)]
    [TestCase("Councillor Ruth Amadi has been repeatedly criticised for the closure of the library.", null, false)]
    [TestCase("The health secretary has been criticised by Labour for the delay.", "Labour", true)]
    [TestCase("The council was told in March that the footbridge was unsafe.", null, false)]
    [TestCase("Transport minister accused of misleading MPs over tunnel costs", null, false)]
    [TestCase("Council criticised over library closures", null, false)]
    public void TheSubjectOfAPassiveVerbOfSayingIsNotTheSpeaker(string text, string? name, bool official)
    {
        // "was accused", "has been told": the subject is spoken about or to; "by" names the speaker when there is one.
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(name));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.EqualTo(official));
    }

    [TestCase("In fact, the mayor tried to delay the vote, warning members that the dredging contract was unsigned.", "mayor")]
    [TestCase("The ministry refused to comment on the leaked memo but said the budget had not been set.", "ministry")]
    [TestCase("Her comments were echoed by a council spokesman who told the Gazette: \"The bins will be collected on Friday.\"", "council spokesman")]
    public void TheSpeakerOfASecondVerbOrARelativeClauseIsFound(string text, string name)
    {
        // "but said" shares the sentence's subject; "Her comments" is a noun, not a verb of saying with "Her" as speaker.
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(name));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("As I show in my book, the old empires all waged wars of conquest, denying their subjects any say.")]
    [TestCase("If we look at the figures, the council spent the grant on consultants, denying the clinic its new scanner.")]
    public void ASubordinateClauseThatOpensTheSentenceIsNoSpeaker(string text)
    {
        // The participle "denying" takes the sentence's subject as its speaker; "As I", "If we" open a clause, not a subject.
        var speaker = Analyzer.Analyze(text).Sentences[0].Attribution?.Speaker.Name;
        Assert.That(speaker, Is.Null.Or.Not.StartWith("As ").And.Not.StartWith("If "));
    }

    [TestCase("Card payments failed across the country after an outage at payments company Tillvane. Tillvane said the fault had been fixed by noon.")]
    [TestCase("Couriers for the delivery app Runlo logged off for four hours. Runlo said the new pay formula would reward reliability.")]
    public void ANameIntroducedByItsKindOfBusinessSpeaksAsAnOrganisation(string text)
    {
        // A bare one-word name is a surname as often as a company; "payments company Tillvane" says which.
        var a = Analyzer.Analyze(text).Sentences[1].Attribution;
        Assert.That(a?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(Analyzer.Analyze(text).Sentences[1].Tags.HasFlag(FramingTags.OfficialStatement), Is.True);
    }

    [TestCase("One woman, who gave her name as Nadia Ferro, told the station she had seen the tanks leave.", "Nadia Ferro")]
    [TestCase("A cattle trader, Idris Mahmoud, said four shells had landed in the pens.", "Idris Mahmoud")]
    [TestCase("A resident of the Harlow district told reporters the first blast came at midnight.", "resident of the Harlow district")]
    public void TheNameOrPlaceAfterAPrivatePersonStaysWithTheSpeaker(string text, string name)
    {
        Assert.That(Analyzer.Analyze(text).Sentences[0].Attribution?.Speaker.Name, Is.EqualTo(name));
    }

    [TestCase("\"I did not expect the rooms to be so cold,\" a museum visitor from Lunden said as she left.")]
    [TestCase("A bank customer in Leeds said the app had been down all morning.")]
    public void APrivatePersonIsNotTypedByTheInstitutionThatModifiesThem(string text)
    {
        // The head noun decides: a visitor, a customer; the museum and the bank are only modifiers.
        var a = Analyzer.Analyze(text).Sentences[0].Attribution;
        Assert.That(a, Is.Not.Null);
        Assert.That(a!.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
    }

    [TestCase("Police saw no sign of forced entry at the flat.")]
    [TestCase("The third quarter saw a sharp rise in online sales.")]
    [TestCase("The minister watched the vote from the gallery.")]
    public void OthersWhoSeeSomethingAreNotMadeSources(string text)
    {
        Assert.That(Analyzer.Analyze(text).Sentences[0].Attribution, Is.Null);
    }

    [Test]
    public void ASentenceOpeningWithAPersonIsTheAntecedentOfItsOwnPronouns()
    {
        var text = "Anton Veselinov receives visitors at a villa on the coast that, he insists, belongs to his brother-in-law.\n\n"
                 + "When I put it to him that the emergency lasted two years, he shrugged.\n\n"
                 + "'There were people burning ministries,' he says.";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences[0].Attribution?.Speaker.Name, Is.EqualTo("Anton Veselinov"));
        // "When I" opens a clause, not a name: the last sentence's "he" is still Veselinov.
        Assert.That(sentences[2].Attribution?.Speaker.Name, Is.EqualTo("Anton Veselinov"));
    }

    [TestCase("If the mayor were a private citizen saying that, she would be accused of bias.")]
    [TestCase("Having said that, voters cannot choose well without the records.")]
    [TestCase("All Member States Could Ask Britain For Concessions")]
    public void ConjunctionsIndefinitePronounsAndModalsNameNoSpeaker(string text)
    {
        var a = Analyzer.Analyze(text).Sentences[0].Attribution;
        Assert.That(a?.Speaker.Name, Is.Not.AnyOf("If", "Having", "States Could", "Member States Could"));
    }

    [TestCase("Conservative ex-minister Hugh Varley said the scheme would never work.")]
    [TestCase("Former senator Alma Ruiz told the station the vote had been rushed.")]
    [TestCase("Nadia Berg, a party strategist and former White House official, said the plan was doomed.")]
    public void FormerOfficeHoldersAreNotOfficialEvenWithAParty(string text)
    {
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution, Is.Not.Null);
        Assert.That(s.Attribution!.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void ItRefersBackToAnOrganisationNeverToAPerson()
    {
        const string text = "Brackley University has apologised to the student.\n" +
            "In a statement, the professor said the grade would be reviewed.\n" +
            "In a tweet, it said it had refunded the fee.";
        var s = Sentence(text, "In a tweet");
        Assert.That(s.Attribution?.Speaker.Name, Is.Not.EqualTo("professor"));
    }

    [Test]
    public void AnOutletThatIsToldSomethingDoesNotGiveTheNextNameItsRole()
    {
        const string text = "Tory leader Michael Howard backed the scheme on Monday.\n" +
            "Sources within the party told the BBC Mr Howard had always been in favour of the cards.\n" +
            "But Mr Howard denied his deputy had called the plans \"a mess\".";
        var s = Sentence(text, "But Mr Howard denied");
        Assert.That((s.Attribution?.Speaker.Name, s.Attribution?.Speaker.Type), Is.EqualTo(("Michael Howard", (SourceType?)SourceType.Official)));
    }

    [Test]
    public void AnOpeningAdjunctIsNotTheSpeakersRole()
    {
        const string text = "Chancellor Rhodri Evans has set out his plans for the next parliament.\n" +
            "Writing in the Observer newspaper, Mr Evans outlined his view of where the party should go.";
        var s = Sentence(text, "Writing in the Observer");
        Assert.That((s.Attribution?.Speaker.Name, s.Attribution?.Speaker.Type), Is.EqualTo(("Rhodri Evans", (SourceType?)SourceType.Official)));
    }

    [Test]
    public void FullMentionWithRole()
    {
        var s = Sentence(Article, "Interior Minister Dana Voss said");
        Assert.That(s.Attribution!.Speaker.Name, Is.EqualTo("Dana Voss"));
        Assert.That(s.Attribution.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Attribution.Speaker.Role, Does.Contain("Interior Minister"));
    }

    [Test]
    public void SurnameAfterTheQuotationCarriesTheRole()
    {
        var s = Sentence(Article, "\"We acted on every report");
        Assert.That((s.Attribution!.Speaker.Name, s.Attribution.Speaker.Type), Is.EqualTo(("Dana Voss", SourceType.Official)));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void QuotationRunningOnOverSentencesAndParagraphsKeepsTheSpeaker()
    {
        foreach (var start in new[] { "\"Nothing was ignored.", "\"The engineers signed off" })
        {
            var s = Sentence(Article, start);
            Assert.That(s.Attribution, Is.Not.Null, start);
            Assert.That(s.Attribution!.Speaker.Resolution, Is.EqualTo(SpeakerResolution.QuotationContinued), start);
            Assert.That(s.Attribution.Speaker.Name, Is.EqualTo("Dana Voss"), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
    }

    private const string QuoteAfterReportedSpeech = """
        Bar leaders warn over emergency detention powers

        The president of the Law Society, Irene Dorsey, warned that the powers would fall hardest on young men. "What happens to a teenager after an attack on the metro? He gets stopped. If he has no pass he gets held." Opposition MP Colm Ruddy said he would vote against the bill.
        The Greens said on Monday they would table amendments. The Liberals said they had backed the bill in a first vote.
        They said the safeguards in the final text were enough.
        """;

    [Test]
    public void AQuotationOpeningRightAfterReportedSpeechContinuesThatSpeaker()
    {
        foreach (var start in new[] { "\"What happens to a teenager", "He gets stopped.", "If he has no pass" })
        {
            var s = Sentence(QuoteAfterReportedSpeech, start);
            Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Irene Dorsey"), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
    }

    [Test]
    public void AQuoteFollowedByAFullReportedClauseEndsItsSentence()
    {
        var s = Sentence(QuoteAfterReportedSpeech, "Opposition MP Colm Ruddy");
        Assert.That(s.Text, Is.EqualTo("Opposition MP Colm Ruddy said he would vote against the bill."));
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Colm Ruddy"));
    }

    [Test]
    public void TheyRefersBackToTheLastPartyNamedWithAnArticle()
    {
        var s = Sentence(QuoteAfterReportedSpeech, "They said the safeguards");
        Assert.That(s.Attribution?.Speaker.Name, Does.EndWith("Liberals"));
    }

    [Test]
    public void HeNeverRefersBackToAnInstitution()
    {
        const string text = """
            Five years after he left the White House, the former president still bristles at the word recession.

            'We had no choice,' he says.
            """;
        var s = Sentence(text, "'We had no choice,'");
        Assert.That(s.Attribution?.Speaker.Name, Is.Not.EqualTo("White House"));
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
    }

    [Test]
    public void ANamedJournalistIsAPersonForLaterPronouns()
    {
        const string text = """
            The mayor's office, through spokesman Ivo Brandt, said the reporter had broken the rules.
            Nadia Kerr, a correspondent for the Harbour Courier, says two guards walked her out of the chamber.
            "I asked one question," she says.
            """;
        var s = Sentence(text, "\"I asked one question,\"");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Nadia Kerr"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("Tessaly Mobile said on Monday that hackers had taken the records of two million customers.")]
    [TestCase("The Corran Prize said it had no plans to revisit its decision.")]
    [TestCase("Scotland Yard said two men had been arrested.")]
    [TestCase("\"They were at the door with iron bars,\" consul Ferenc Halasz told state radio.")]
    public void OrganisationsAndOfficeHoldersSpeakingInRoleAreOfficial(string text)
    {
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), s.Attribution?.Speaker.Name);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    private const string FormerLeader = """
        Ex-president defends emergency decree

        Former President Anton Vell said on Sunday that the emergency had saved the republic.
        'I signed the decree at five in the morning, and we gave the powers back within a year,' Vell said.
        'I think the country will join the union within ten years,' he added.
        Tory ex-minister Hugh Varley said he opposed the new decree.
        """;

    [Test]
    public void AFormerOfficialSpeaksOfficiallyOnlyInAFirstPersonAccountOfThePast()
    {
        var account = Sentence(FormerLeader, "'I signed the decree");
        Assert.That(account.Attribution?.Speaker.FormerOfficial, Is.True);
        Assert.That(account.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Other));
        Assert.That(account.Tags.Has(FramingTag.OfficialStatement), Is.True, "about their own time in office");
        var forecast = Sentence(FormerLeader, "'I think the country");
        Assert.That(forecast.Attribution?.Speaker.FormerOfficial, Is.True);
        Assert.That(forecast.Tags.Has(FramingTag.OfficialStatement), Is.False, "about the future, not their time in office");
        var reported = Sentence(FormerLeader, "Tory ex-minister");
        Assert.That(reported.Tags.Has(FramingTag.OfficialStatement), Is.False, "reported speech about a current plan");
    }

    [Test]
    public void AnOfficialWordModifyingAnotherNounIsNotAFormerOfficeHolder()
    {
        const string text = "'I was 22 and I believed him,' said Ana Ruiz, the former White House intern.";
        var s = Analyzer.Analyze(text).Sentences[0];
        Assert.That(s.Attribution?.Speaker.FormerOfficial, Is.False);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void AnAgeBetweenCommasDoesNotHideTheName()
    {
        var s = Analyzer.Analyze("Night porter Tomas Reyna, 47, from Dundee, said: \"I heard the alarm at two.\"").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Tomas Reyna"));
    }

    [Test]
    public void AnItInsideTheQuotationDoesNotMakeThePersonAnOrganisation()
    {
        var s = Analyzer.Analyze("Line supervisor Ivan Petrak said: \"They read it out and walked off.\"").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Ivan Petrak"));
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
    }

    [TestCase("Sources close to the prime minister say she will call an election in May.", SourceType.Anonymous)]
    [TestCase("Aid agencies say they have received less than half of the money they asked for.", SourceType.Expert)]
    public void UnofficialGroupsAreNotOfficial(string text, SourceType type) =>
        Assert.That(Analyzer.Analyze(text).Sentences[0].Attribution?.Speaker.Type, Is.EqualTo(type));

    [Test]
    public void AWitnesssQuotedOpinionIsNotAnEyewitnessReportButTheirAccountIs()
    {
        const string text = """
            Marta Ilic, who lives below the dam, said she heard a roar just before dawn.
            "The water came through the orchard like a train," Ilic said.
            "You can rebuild a house anywhere," she said.
            """;
        Assert.That(Sentence(text, "\"The water came").Tags.Has(FramingTag.EyewitnessReport), Is.True);
        var opinion = Sentence(text, "\"You can rebuild");
        Assert.That(opinion.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Eyewitness));
        Assert.That(opinion.Tags.Has(FramingTag.EyewitnessReport), Is.False);
    }

    [Test]
    public void UnresolvedPronounsAreNotOneWitness()
    {
        // Nobody named: "He" in one sentence and "he" in another need not be the same person.
        const string text = """
            He said he ran to the door when the shelling began.
            'Prices will keep rising,' he said.
            """;
        var s = Sentence(text, "'Prices will keep rising");
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Eyewitness));
    }

    [Test]
    public void PronounResolvesToTheLastPersonSpeaker()
    {
        var s = Sentence(Article, "She added that an inquiry");
        Assert.That((s.Attribution!.Speaker.Name, s.Attribution.Speaker.Resolution), Is.EqualTo(("Dana Voss", SpeakerResolution.Pronoun)));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void ResidentWhoHeardItIsAnEyewitness()
    {
        var s = Sentence(Article, "Marta Ilic, who lives below the dam");
        Assert.That((s.Attribution!.Speaker.Name, s.Attribution.Speaker.Type), Is.EqualTo(("Marta Ilic", SourceType.Eyewitness)));
        Assert.That(s.Tags.Has(FramingTag.EyewitnessReport), Is.True);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
        var later = Sentence(Article, "\"The water came through");
        Assert.That((later.Attribution!.Speaker.Name, later.Attribution.Speaker.Type), Is.EqualTo(("Marta Ilic", SourceType.Eyewitness)));
    }

    [Test]
    public void NestedAttributionNamesTheInnerSpeakerAndTheRelay()
    {
        var s = Sentence(Article, "The Associated Press quotes a regional official");
        Assert.That(s.Attribution!.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Attribution.Speaker.Via, Is.EqualTo("Associated Press"));
    }

    [Test]
    public void AccordingToAnOutletIsMediaNotOfficial()
    {
        var s = Sentence(Article, "According to Reuters");
        Assert.That((s.Attribution!.Speaker.Name, s.Attribution.Speaker.Type), Is.EqualTo(("Reuters", SourceType.Media)));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void CoordinatedVerbTakesTheSentenceSubject()
    {
        var s = Analyzer.Analyze("Critics went further and claimed that the council had hidden the report.").Sentences[0];
        Assert.That(s.Attribution!.Speaker.Type, Is.EqualTo(SourceType.Anonymous));
        Assert.That(s.Tags.Has(FramingTag.Hedge), Is.True, "vague attribution is a hedge");
    }

    [Test]
    public void FormerOfficialIsNotOfficial()
    {
        var s = Analyzer.Analyze("Former foreign secretary Alan Brooke told the BBC the talks were doomed.").Sentences[0];
        Assert.That(s.Attribution!.Speaker.Type, Is.EqualTo(SourceType.Other));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void OrganisationSpeakingForItselfIsOfficial()
    {
        var s = Analyzer.Analyze("Orrin Bank said it had no plans to close branches. Orrin added that it would hire 200 staff.").Sentences[1];
        Assert.That(s.Attribution!.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [Test]
    public void ColonIntroductionHandsTheSpeakerToTheQuote()
    {
        var text = "The police chief said:\n\n\"We have arrested two men. More arrests may follow.\"";
        var sentences = Analyzer.Analyze(text).Sentences;
        Assert.That(sentences[1].Attribution!.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(sentences[2].Attribution!.Speaker.Resolution, Is.EqualTo(SpeakerResolution.QuotationContinued));
        Assert.That(sentences[2].Tags, Is.EqualTo(FramingTags.OfficialStatement | FramingTags.Hedge));
    }

    private const string UnquotedBlock = """
        Nurses' union steps up staffing campaign

        The union set out its case in a letter to members on Friday. Its regional secretary, Moira Fennimore, writes:
        Wards have run below safe levels for eight months. The trust has answered none of our letters.
        The hospital board meets again in December.
        """;

    [Test]
    public void AnUnquotedBlockAfterAColonContinuesItsSpeakerForOneParagraph()
    {
        foreach (var start in new[] { "Wards have run", "The trust has answered" })
        {
            var s = Sentence(UnquotedBlock, start);
            Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Moira Fennimore"), start);
            Assert.That(s.Attribution?.Speaker.Resolution, Is.EqualTo(SpeakerResolution.QuotationContinued), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
        Assert.That(Sentence(UnquotedBlock, "The hospital board").Attribution, Is.Null, "the block ends with its paragraph");
        Assert.That(Sentence(UnquotedBlock, "The union set out").Attribution, Is.Null);
    }

    [Test]
    public void BeingConfirmedToAPostIsNotSpeech()
    {
        var s = Only("The anti-gun lobby is furious now that Judge Ana Ruiz has been confirmed to the appeals court.");
        Assert.That(s.Attribution, Is.Null);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    private const string WitnessInRunOnQuote = """
        Crush at stadium gate leaves dozens hurt

        “The gate kept opening and closing, and every time it closed the crowd behind pushed harder,” said Tomasz Wierzba, 31, a plumber who was near the front.
        “I saw a boy go under next to me and I could not reach him. Nobody could move.”
        """;

    [Test]
    public void AWitnessAccountInsideARunOnQuotationMakesTheSpeakerAnEyewitness()
    {
        // The perception ("I saw") is in the continued quotation, not in the sentence that names the speaker.
        foreach (var start in new[] { "“The gate kept", "“I saw a boy", "Nobody could move" })
            Assert.That(Sentence(WitnessInRunOnQuote, start).Attribution?.Speaker.Type, Is.EqualTo(SourceType.Eyewitness), start);
    }

    [Test]
    public void SheNeverFallsBackToAnOrganisationsName()
    {
        // No person is named before "she": the registry's two-word names include an organisation, which must not be taken.
        const string text = """
            Regulator opens case into gala donations

            The Charity Commission confirmed it had opened a compliance case.
            'They were laughing away like old friends,' she said.
            """;
        Assert.That(Sentence(text, "'They were laughing").Attribution?.Speaker.Name, Is.Not.EqualTo("Charity Commission"));
    }

    [TestCase("Passengers on the platform said the train had stopped twice in the tunnel.", "Passengers on the platform", SourceType.Eyewitness)]
    [TestCase("Villagers near the quarry told reporters the blasts had cracked their walls.", "Villagers near the quarry", SourceType.Eyewitness)]
    public void ASpeakerFollowedByAPlaceInLowerCaseIsStillFound(string text, string speaker, SourceType type)
    {
        var a = Only(text).Attribution;
        Assert.That(a?.Speaker.Text, Is.EqualTo(speaker));
        Assert.That(a?.Speaker.Type, Is.EqualTo(type));
    }

    [Test]
    public void APronounAfterAPersonNamedAsSubjectGoesToThatPerson()
    {
        // The last attributed speaker is the governor; the next sentence names a resident as its subject, and "she"
        // in the quotation after it is the resident.
        const string text = """
            Floods cut off villages in the valley

            Governor Piet Alders said relief convoys would reach the valley by Friday.
            Annelies Brandt, 58, spent two nights on the roof of her barn with her dog.
            "The water rose a metre in an hour," she said.
            """;
        Assert.That(Sentence(text, "\"The water rose").Attribution?.Speaker.Name, Is.EqualTo("Annelies Brandt"));
    }

    [Test]
    public void AHeOrSheSkipsTheLastPersonWhenTheirGenderClearlyDiffers()
    {
        const string text = """
            Council splits over bypass vote

            Senator Paul Whitaker said the bypass bill would pass before the summer.
            Councillor Maria Dunne said she would vote against it.
            "I expect a long fight, and I expect to win it," he said.
            "We have the numbers," she added.
            """;
        Assert.That(Sentence(text, "\"I expect a long fight").Attribution?.Speaker.Name, Is.EqualTo("Paul Whitaker"));
        Assert.That(Sentence(text, "\"We have the numbers").Attribution?.Speaker.Name, Is.EqualTo("Maria Dunne"));
    }

    [Test]
    public void AKnightNamedByTitleAndGivenNameIsTheFullMention()
    {
        const string text = """
            Opposition leader dismisses spending review

            Green Party leader Sir Anselm Kray said the review was a missed chance.
            Sir Anselm added: "Nothing in it will shorten a single waiting list."
            "We will table our own plan next week."
            """;
        var added = Sentence(text, "Sir Anselm added");
        Assert.That(added.Attribution?.Speaker.Name, Is.EqualTo("Sir Anselm Kray"));
        Assert.That(added.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(Sentence(text, "\"We will table").Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    private const string FullResponse = """
        Minister's full reply to the flood report

        This is Water Minister Odile Faure's full response to the inspectors' report:

        The inspectors have done valuable work.

        Some of their findings are already out of date, because the new pumps were fitted in May.

        We will publish "a clear timetable" for the rest before the autumn.
        """;

    [Test]
    public void ATextGivenInFullContinuesItsSpeakerOverEveryParagraph()
    {
        Assert.That(Sentence(FullResponse, "This is Water Minister").Attribution?.Speaker.Name, Is.EqualTo("Odile Faure"), "the owner of the response speaks, not the report");
        foreach (var start in new[] { "The inspectors have done", "Some of their findings", "We will publish" })
        {
            var s = Sentence(FullResponse, start);
            Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Odile Faure"), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
    }

    private const string StatementHeading = """
        Charity rejects watchdog's findings

        The Coastal Heritage Trust issued its reply on Monday.

        From the Coastal Heritage Trust:

        The watchdog's report repeats claims that were settled two years ago. Our accounts have been audited every year.

        We have nothing to hide from the committee.

        The watchdog said on Tuesday that it stood by every finding.
        """;

    [Test]
    public void AStatementHeadingWithTheSourceOnItsOwnLineIntroducesABlockThatRunsToTheNextAttribution()
    {
        var heading = Sentence(StatementHeading, "From the Coastal");
        Assert.That(heading.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        foreach (var start in new[] { "The watchdog's report repeats", "Our accounts have been", "We have nothing to hide" })
            Assert.That(Sentence(StatementHeading, start).Attribution?.Speaker.Name, Is.EqualTo("Coastal Heritage Trust"), start);
        Assert.That(Sentence(StatementHeading, "The watchdog said").Attribution?.Speaker.Name, Is.EqualTo("watchdog"), "a new attribution ends the block");
        Assert.That(Analyzer.Analyze("From Monday:\n\nThe bridge will close to traffic.").Sentences.All(x => x.Attribution is null), Is.True,
            "a heading must name a source");
    }

    [Test]
    public void AHeOrSheGoesToThePersonTheSentenceOpensWith()
    {
        // "Northway Haulage cannot show …" opens like a person's name; the "she" after it belongs to the organiser
        // named as the subject of her own sentence, and in the last sentence to the manager who opens it.
        const string text = """
            Union says haulier ignored brake warnings

            Union organiser Greta Halvorsen said drivers had reported the brakes twice.
            Depot manager Marit Olsen was in charge of the yard that month.
            Northway Haulage cannot show that the checks were done.
            Still, Halvorsen is sure the log was altered; she said the pages "were not there in March".
            Marit Olsen would not say whether the log had changed: "We are reviewing everything," she said.
            """;
        Assert.That(Sentence(text, "Still, Halvorsen").Attribution?.Speaker.Name, Is.EqualTo("Greta Halvorsen"));
        Assert.That(Sentence(text, "Marit Olsen would not").Attribution?.Speaker.Name, Is.EqualTo("Marit Olsen"));
    }

    [TestCase("The aircraft engine maker said orders for next year were at a record.")]
    [TestCase("The lender said it would close 40 branches by the spring.")]
    [TestCase("The oil giant said the refinery would reopen in March.")]
    public void ACompanyNamedByItsTradeSpeaksForItself(string text)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void SeveralCompaniesNamedByTheirTradeAreNoFormalStatement()
    {
        var s = Only("Retailers have warned that some shelves could be empty before Christmas.");
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void AHeadlineThatOpensWithItsSpeakerAndAColonIsAttributed()
    {
        var s = Analyzer.Analyze("Archbishop: No Reason to Talk Until the Vote Is Taken\n\nThe archbishop spoke in Leeds.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
        var mood = Analyzer.Analyze("Club Owners Upbeat: Stadium Deal 'Close'\n\nThe owners met the council on Friday.").Sentences[0];
        Assert.That(mood.Attribution, Is.Null, "a headline whose words before the colon end in no source noun names no speaker");
    }

    [Test]
    public void ACapitalisedVerbInsideANameIsNoVerbOfSaying()
    {
        var s = Only("In a column published on Monday in the Harbour City Post, Bishop Aldo Ferrante asks, \"What is there left to discuss?\"");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Aldo Ferrante"));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [Test]
    public void NamedOthersAreNoAnonymousSource()
    {
        var s = Only("However, others, including Bishop Anne Rowley and Bishop Tom Kerr, said the synod should vote in June.");
        Assert.That(s.Tags.Has(FramingTag.Hedge), Is.False);
    }

    [Test]
    public void ASpeechActNamedByANounIsTheSubjectsStatement() =>
        AssertOfficialSpeaker("Green Party leader Odile Marchetti opened the conference with a call for a public inquiry into the contracts.", "Odile Marchetti");

    [TestCase("The minister made the suggestion via Twitter, arguing that the tolls would fund the bridge.", "minister")]
    [TestCase("For weeks, the governor has been attacking the auditors, going as far as accusing them of fraud.", "governor")]
    public void AParticipleAfterACommaBelongsToTheSentencesSubject(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void AnAdditionOfTimeIsNoSpeech()
    {
        var s = Only("Many shipping lines sent vessels around the Cape, adding ten days to every voyage.");
        Assert.That(s.Attribution, Is.Null);
        Assert.That(s.Tags.Has(FramingTag.Hedge), Is.False);
    }

    [Test]
    public void ARoleWithItsOwnOfPhraseNamesThePersonAfterTheComma()
    {
        // The role is given once, in an appositive; later the surname after a name particle speaks.
        const string text = """
            Militia leader releases new recording

            The voice is said to be the leader of the Tanir militia, Abu Harun al-Mazri.
            In the recording, Mazri says the militia will fight on.
            """;
        var s = Sentence(text, "In the recording");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Abu Harun al-Mazri"));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [Test]
    public void APlaceIsNoRoleForTheNameAfterIt()
    {
        const string text = """
            Man cleared after 17 years

            Speaking outside the Royal Courts of Justice, Pell Hartigan said he had always been innocent.
            """;
        Assert.That(Sentence(text, "Speaking outside").Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
    }

    [TestCase("The carrier last month revealed a shortfall in its pension scheme.", "carrier")]
    [TestCase("The union on Monday said talks had collapsed.", "union")]
    [TestCase("The port authority has long said the dredging dispute is a commercial matter.", "port authority")]
    [TestCase("The Home Secretary tonight repeated earlier denials that the figures had been altered.", "Home Secretary")]
    public void ATimeAdjunctBetweenSubjectAndVerbIsSkipped(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("The Treasury has ordered the sale of the dredging arm to recover the $40 million it says the port owes.", "Treasury")]
    [TestCase("The health ministry closed the ward after what it says was a second outbreak.", "ministry")]
    public void AnItThatSpeaksIsTheInstitutionTheSentenceOpensWith(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void AnItThatSpeaksIsNotAPersonsRole()
    {
        // "it" never names the minister; with no institution to open the sentence, the ministry met earlier speaks.
        Assert.That(SpeakerNameOf("""
            Clinic closures

            The ministry said the clinics would stay open.
            The minister visited the ward after what it says was a second outbreak.
            """, "The minister visited"), Is.EqualTo("ministry"));
    }

    [Test]
    public void AHeNeverGoesToAPersonTitledAsAWoman()
    {
        // The only person the article has named is "Mrs Hale"; the "he" of the quotation is someone else.
        Assert.That(SpeakerNameOf("""
            Depot row

            Mrs Hale said she believed the auditors had missed the second invoice.
            A local trader said the firm had been targeted because he backed the rival slate.
            "We cannot get a fair hearing in this town," he said.
            """, "\"We cannot"), Is.Not.EqualTo("Mrs Hale"));
    }

    [Test]
    public void ThingsThatCarryASloganAreNotSpeakers()
    {
        // "wearing T-shirts protesting against closures": the shirts speak for nobody, and the later "She added" is the
        // minister introduced before them.
        const string text = """
            Minister jeered at clinic rally

            Health Minister Gwen Tallis was jeered by staff at a rally in Carlisle on Saturday.

            Ms Tallis was slow hand-clapped as she tried to explain the funding formula.

            Hundreds of porters and cleaners attended, many wearing T-shirts protesting against the closure of the night clinic.

            She added: "Nobody in this department wants to close a single ward."
            """;
        Assert.That(SpeakerNameOf(text, "Hundreds of porters"), Is.Not.EqualTo("T-shirts"));
        Assert.That(SpeakerNameOf(text, "She added"), Is.EqualTo("Gwen Tallis"));
    }

    [TestCase("Danish Muslim")]
    [TestCase("Iraqi Kurdish")]
    public void AdjectivesOfNationalityAndFaithNameNoPerson(string opening)
    {
        // "Danish Muslim community leaders …" opens a sentence with two capitalised words and a lower-case noun, the shape of
        // "Mary Jones said"; a later "he" must go to the premier named before, not to "Danish Muslim".
        string text = $"""
            Cartoon row

            A Danish government spokesman said Prime Minister Lars Brekke was preparing a reply.

            {opening} community leaders who met Mr Brekke in July complained about the coverage.

            At the time, he said he could not tell newspapers what to print.
            """;
        Assert.That(SpeakerNameOf(text, "At the time"), Is.EqualTo("Lars Brekke"));
    }

    [Test]
    public void APostAfterANationalityStillNamesItsHolder() =>
        // "Swedish PM" names the prime minister by post (the nationality check above must leave it a person), and "PM"
        // is the post, not part of her name.
        Assert.That(SpeakerNameOf("""
            Swedish PM defends migration record

            Swedish PM Karin Holm defended her government's record on Tuesday.

            "We changed the law and the numbers fell," she said.
            """, "\"We changed"), Is.EqualTo("Karin Holm"));

    [Test]
    public void TheOneBlamedAfterAQuotationIsNotItsSpeaker()
    {
        // A title-case headline: "Blames Government Cuts" names whom the leader blames, not who spoke; the leader is the
        // headline's colon speaker, a title and the surname the article gives after "Mr.".
        const string text = """
            Council Leader Reid: 'We Cannot Fix Every Pothole,' Blames Government Cuts

            The leader of Dunmore council has said the authority cannot repair every damaged road this winter.

            Mr. Reid told a meeting of the council's transport committee that its budget had been cut by a third.
            """;
        var headline = Sentence(text, "Council Leader Reid");
        Assert.That(headline.Attribution?.Speaker.Name, Is.EqualTo("Reid"));
        Assert.That(headline.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [Test]
    public void TheOneToldAfterACommaIsNotTheSpeaker() =>
        // "…, who asked not to be named, told The Courier that …": the paper is the one told.
        Assert.That(SpeakerNameOf("""
            Studio row

            A former studio manager, who asked not to be named, told The Courier that "everybody knew" about the parties.
            """, "A former studio"), Is.Not.EqualTo("The Courier"));

    [Test]
    public void ARoleWithTheBodysBracketedInitialsIntroducesTheNameAfterIt()
    {
        // "One member of the Monetary Policy Committee (MPC), Hugh Darnley, voted …": the initials stand between the role and
        // the comma; the surname later speaks with that role.
        var speaker = Sentence("""
            Rates held

            One member of the Monetary Policy Committee (MPC), Hugh Darnley, voted for a cut for the second month running.

            Mr Darnley argued that growth had been below trend for some time.
            """, "Mr Darnley").Attribution?.Speaker;
        Assert.That(speaker?.Name, Is.EqualTo("Hugh Darnley"));
        Assert.That(speaker?.Type, Is.EqualTo(SourceType.Official));
    }

    [TestCase("Another protest leader, Anan Sirikul, said: \"The rally will go on until the cabinet resigns.\"", "Anan Sirikul")]
    [TestCase("Another alleged victim, retired teacher Joan Pike, 71, said the builder had taken her savings.", "Joan Pike")]
    public void AVerbOfSayingAfterAnotherIsANoun(string text, string speaker) =>
        // "protest" and "alleged" are verbs of saying elsewhere; after "Another" they are part of the subject, and the
        // sentence's "said" names its speaker.
        Assert.That(SpeakerNameOf(text, "Another"), Is.EqualTo(speaker));

    [Test]
    public void PressReportsAreWordsSpokenAboutNotAVerb()
    {
        // "Press reports said …": "reports" is a noun after "Press", so the sentence's verb of saying is "said", and the
        // press is never a speaker named "Press".
        var attribution = Sentence("""
            Opposition rally

            Press reports said opposition leader Ana Ortega announced at dawn that the final phase of the campaign had begun.
            """, "Press reports").Attribution;
        Assert.That(attribution?.CueText, Is.Not.EqualTo("reports"));
        Assert.That(attribution?.Speaker.Name, Is.Not.EqualTo("Press"));
    }

    [TestCase("The group was urging students to vote against the motion, alleging corruption within the board.", true)]
    [TestCase("An estimated 370 of the posts will be nurses and midwives.", false)]
    public void APhraseCutToItsArticleIsNotReportedAsASpeaker(string text, bool allegation)
    {
        // The speaker stage cuts "The group" to "The" (no source noun follows); the analysis reports no speaker rather than
        // one called "The", and the sentence's tags stay those of its cues (the charge in "alleging corruption").
        var sentence = Only(text);
        Assert.That(sentence.Attribution?.Speaker.Name, Is.Not.AnyOf("The", "An", "A"));
        Assert.That(sentence.Attribution, Is.Null);
        Assert.That(sentence.Tags.Has(FramingTag.Allegation), Is.EqualTo(allegation));
    }

    [Test]
    public void AShePointsBackToASpeakerNamedOnlyByARoleOfHerGender() =>
        Assert.That(SpeakerNameOf("""
            Candidate dropped

            Party leader Sir Tom Reid withdrew the whip from Alan Marsh on Friday.
            A party spokeswoman said there was no prospect of the whip being restored.
            "We have to select a new candidate," she added.
            """, "\"We have"), Is.EqualTo("party spokeswoman"));

    [Test]
    public void ANameWithAVerbAfterSaidOpensTheReportedClause() =>
        Assert.That(SpeakerNameOf("""
            Bid pulled

            Chief executive Petra Lind withdrew the offer on Sunday.
            One large investor, who had asked for a vote, said Lind had misjudged the shareholders.
            """, "One large investor"), Is.Not.EqualTo("Petra Lind"));

    [Test]
    public void AHeadlineThatClosesWithADashAndItsSpeakerIsAttributed() =>
        Assert.That(SpeakerNameOf("""
            Depot row should end – Hale

            Council leader Mary Hale said on Monday that the depot sale was closed.
            """, "Depot row"), Is.EqualTo("Mary Hale"));

    [TestCase("""
        Depot sale reports 'fake news': Hale

        Council leader Mary Hale has described reports that the depot was sold in secret as "fake news".
        """, "Depot sale reports")]
    [TestCase("""
        'I acted in good faith for the club' - Mary Hale expands on loan

        Club chairwoman Mary Hale has commented further on the loan she made to the club in April.
        """, "'I acted in good faith")]
    public void AHeadlineClosingWithAColonOrOpeningWithAQuoteAndADashNamesItsSpeaker(string article, string headline)
    {
        // "DUP cabinet offer reports 'fake news': Donaldson", "'I acted in good faith …' - John Delaney expands on loan": the
        // speaker the article gives a role speaks the headline.
        Assert.That(SpeakerNameOf(article, headline), Is.EqualTo("Mary Hale"));
        Assert.That(Sentence(article, headline).Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AHeadlineClosingWithAColonAndAnUnknownWordNamesNoOne() =>
        Assert.That(SpeakerNameOf("""
            Hospital waiting lists: Explained

            Waiting lists at the county's hospitals grew by a tenth last year.
            """, "Hospital waiting lists"), Is.Null);

    [TestCase("Foreign ministry spokesman Liu Weimin spoke at a daily briefing on Monday.\n\nLiu said the accusations were \"totally fictitious\".", "Liu", "Liu Weimin")]
    [TestCase("Finance Minister Janet Amadi opened the debate.\n\nJanet told MPs the figures were final.", "Janet", "Janet Amadi")]
    public void ANameWordFirstFindsThePersonWhenNoNameEndsInIt(string text, string word, string person)
    {
        // "Spokesman Liu Weimin … Liu said": a family name written first (or a given name) finds the person, and their role.
        var s = Analyzer.Analyze(text).Sentences.First(x => x.Text.StartsWith(word));
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(person));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [Test]
    public void ANameWordFirstSharedByTwoPeopleFindsNeither()
    {
        const string text = "Finance Minister Janet Amadi opened the debate.\n\nJanet Okoro, a nurse, watched from the gallery.\n\nJanet said the figures were final.";
        var s = Analyzer.Analyze(text).Sentences[^1];
        Assert.That(s.Attribution?.Speaker.Name, Is.Not.EqualTo("Janet Amadi"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void AnAnonymityAdjectiveBeforeANameIsNoRole()
    {
        // "Cyberattacks are transnational and anonymous, Liu said": "anonymous" describes the attacks, not Liu.
        const string text = "Foreign ministry spokesman Liu Weimin spoke at a daily briefing on Monday.\n\nCyberattacks are transnational and anonymous, Liu said.";
        var s = Analyzer.Analyze(text).Sentences[^1];
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [Test]
    public void AFormerRoleReadsPastACompanysFullStop()
    {
        var s = Sentence("""
            Trial opens

            Jurors heard that former Telvane Inc. chief Ray Dorn approved the accounts.
            "I never saw a false entry," Dorn told the court.
            """, "\"I never");
        Assert.That(s.Attribution?.Speaker.FormerOfficial, Is.True);
    }

    [Test]
    public void ARoleHeldNowAfterAFormerOneIsOfficial() =>
        AssertOfficialSpeaker("Ex-radio presenter and North Wales MEP Gareth Pryce said he wanted to change the face of politics.", "Gareth Pryce");

    [Test]
    public void AViceChairAfterTheNameIsTheRole() =>
        AssertOfficialSpeaker("Oliver Brandt, vice chairman of the Harbour Users Association, told local radio that the levy was unfair.", "Oliver Brandt");

    [Test]
    public void ABodyAfterAccordingToIsNoRoleOfTheNameAfterIt()
    {
        // "according to the County Police Smollett staged it": the police are the source; Smollett holds no police role.
        var s = Sentence("""
            Hoax claim

            But it seems, according to the County Police Department Garrick staged the whole thing.
            Garrick said two men had attacked him outside a cafe.
            """, "Garrick said");
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("The Home Secretary went on national television to deny the figures had been altered.", "Home Secretary")]
    [TestCase("Senator Ada Rusk took to Twitter to insist the vote had been fair.", "Ada Rusk")]
    [TestCase("He and the chancellor appeared on radio to insist the tender had been fair.", "He")]
    public void AnAppearanceBeforeThePublicLeadsToItsSubject(string text, string speaker)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Text, Does.Contain(speaker), text);
    }

    [TestCase("But Mayor Ines Carvalho brushed aside the criticism, insisting the budget was balanced.", "Ines Carvalho")]
    [TestCase("Shadow housing minister Tom Arkwright appeared to suggest that the target would be dropped.", "Tom Arkwright")]
    public void TheSubjectSpeaksAcrossAConjunctionOrAVerbOfSeeming(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void APassiveVerbOfSayingTakesItsAgentAfterAnAside() =>
        AssertOfficialSpeaker("The claim was then repeated on Sunday – although without a source – by the housing minister Lena Okoro.", "Lena Okoro");

    [Test]
    public void AHeadlineEndingInAQuotationMarkStillNamesItsSpeaker()
    {
        var s = Analyzer.Analyze("Tories: rail figures 'were buried'\n\nThe figures came out late on a Friday.").Sentences[0];
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [TestCase("Rep. Dana Whitcombe, R-Ohio, said Sunday that the committee had not met.", "Dana Whitcombe")]
    [TestCase("Sen. Carl Ostrander (D-Minn.) said the deal was a mistake.", "Carl Ostrander")]
    [TestCase("Rep. Lucia Ferreira, D-Calif., who chairs the subcommittee on homeland security, said the cap would stay.", "Lucia Ferreira")]
    [TestCase("House Speaker Mara Quinlan, D-Ore., joined in, decrying the raids as brutal.", "Mara Quinlan")]
    // A bracketed tag before the comma that closes an appositive.
    [TestCase("Even her closest ally on the panel, Sen. Ruth Okonjo (R-Kan.), expressed concern about the missing emails.", "Ruth Okonjo")]
    [TestCase("The bill's chief sponsor, Rep. Tom Varga (D-N.M.), said the vote would come before the recess.", "Tom Varga")]
    public void AUsPartyAndStateTagAfterANameIsPartOfTheSpeaker(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    // The surname is also an outlet's name ("Fox"), so only the appositive role makes the speaker official.
    [TestCase("The Tory co-chairman, Helen Fox, meanwhile, said: \"People will look at the Greens and see what a shambles they are.\"", "Helen Fox")]
    [TestCase("The council's finance chief, Amrit Dhillon, however, told reporters the cuts were final.", "Amrit Dhillon")]
    public void ASentenceAdverbBetweenCommasKeepsTheAppositiveRole(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void ASentenceAdverbAfterALoneSubjectLeavesTheSubjectSpeaking()
    {
        var s = Only("Mr Haldane, too, defended the minister, comparing the row with one a decade earlier.");
        Assert.That(s.Attribution?.Speaker.Name, Does.Contain("Haldane"));
    }

    private const string OutletAsParty = """
        Broadcaster sues over revoked credentials

        The BBC's reporter, Sam Okafor, said on Friday his pass had been taken without warning.
        A statement from the BBC reads: "This decision punishes reporting the government dislikes.
        "We will fight them in court."
        Sky News said in a press release that the ban violated its rights.
        Sky News reported on Friday that the hearing had been moved.
        """;

    [TestCase("A statement from the BBC reads")]
    [TestCase("\"We will fight them")]
    [TestCase("Sky News said in a press release")]
    public void AnOutletSpeakingForItselfThroughAStatementIsOfficial(string start)
    {
        var s = Sentence(OutletAsParty, start);
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), start);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
    }

    [Test]
    public void AnOutletReportingIsStillMedia()
    {
        var s = Sentence(OutletAsParty, "Sky News reported");
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Media));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void AStatementAwaitedFromSomeoneNamesNoSpeaker()
    {
        var s = Only("Detectives are still waiting for a statement from the driver of the van.");
        Assert.That(s.Attribution, Is.Null);
    }

    [Test]
    public void APartyTagBeforeAnAppearanceVerbStaysWithTheName() =>
        AssertOfficialSpeaker("Representative Dana Kowalski (R-Ohio) took to Twitter on Monday to call on the commissioner to resign.", "Dana Kowalski");

    [TestCase("However, it remains the only audit report never to have been published, according to party leader Sir Alan Pryor.", "Alan Pryor")]
    [TestCase("The deputy leader, Carys Rhydderch, seized on Mr Allard's comment and claimed the plan would cost families £300 a year.", "Carys Rhydderch")]
    public void AVerbOfSayingOutranksANounOfSayingBeforeIt(string text, string speaker)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Name, Does.Contain(speaker), text);
    }

    [Test]
    public void ANounOfSayingAloneStillNamesItsSpeaker()
    {
        var s = Only("Mr Allard's comment drew laughter from the back benches.");
        Assert.That(s.Attribution?.Speaker.Name, Does.Contain("Allard"));
    }

    [Test]
    public void WordsSaidToReportersAreAttributedAndNoHedge()
    {
        var s = Only("\"We will rebuild the stand by August,\" Councillor Mona Everett said to reporters.");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Mona Everett"));
        Assert.That(s.Tags.Has(FramingTag.Hedge), Is.False);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    private const string PrivateStatement = """
        Second complaint against coach

        Imogen Hartley, in a statement released by her lawyer, said the coach had locked her in the changing room.
        Hartley says her account matches that of a former teammate.
        """;

    [Test]
    public void APrivatePersonsStatementRelayedByHerLawyerLeavesHerAPrivateSource()
    {
        var first = Sentence(PrivateStatement, "Imogen Hartley");
        Assert.That(first.Attribution?.Speaker.Name, Is.EqualTo("Imogen Hartley"));
        Assert.That(first.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
        var later = Sentence(PrivateStatement, "Hartley says");
        Assert.That(later.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
        Assert.That(later.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void AGroupDescribedByAPluralNounIsNoOrganisation()
    {
        var s = Only("Local groups had criticised the plan, saying it ignored the flood risk.");
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("Board chairman Jeroen van der Velde said the review \"draws a line\" under the affair.", "Jeroen van der Velde")]
    [TestCase("Finance director Maria de la Cruz told analysts the dividend was safe.", "Maria de la Cruz")]
    [TestCase("Ursula von der Leyen told reporters the talks would resume.", "Ursula von der Leyen")]
    public void NameParticlesStayInTheName(string text, string speaker) => AssertSpeakerName(text, speaker);

    [Test]
    public void AFundManagerIsAnExpertNotAnOfficial()
    {
        var s = Only("Mr Anton de Wit, a fund manager with Harbourline, said: \"This is good news for shareholders.\"");
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Expert));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("Sir Roger Pell, the bank's chairman, paid tribute to the outgoing chief as \"the finest banker of his generation\".", "Roger Pell")]
    [TestCase("Mayor Ines Carvalho had at first said the fine was \"appropriate\".", "Ines Carvalho")]
    public void TributesAndFirstWordsAreStatements(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("The crisis over the accounts claimed its third scalp today with the departure of the finance chief.")]
    [TestCase("Councillors agreed the punishment without a vote.")]
    [TestCase("The former tax official pleaded the Fifth and refused to answer.")]
    public void ActsThatLookLikeVerbsOfSayingAreNoStatements(string text)
    {
        var s = Only(text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False, text);
    }

    private const string Transcript = """
        Congressman defends office makeover

        Congressman Dale Whitcombe told a television interviewer that the new decor cost taxpayers nothing.
        Whitcombe: Well, I'm different.
        Whitcombe: I came to Congress when I was 27.
        """;

    [TestCase("Whitcombe: Well")]
    [TestCase("Whitcombe: I came")]
    public void ATranscriptLineIsSpokenByTheNamedSpeaker(string start)
    {
        var s = Sentence(Transcript, start);
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Dale Whitcombe"), start);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
    }

    [Test]
    public void AColonAfterAnUnknownWordIsNoTranscript()
    {
        var s = Sentence("""
            Storm warning

            Forecasters expect heavy rain on Friday.
            Update: the ferry service has been cancelled.
            """, "Update:");
        Assert.That(s.Attribution, Is.Null);
    }

    [Test]
    public void AStatementReleasedByItsMakerIntroducesTheBlockThatFollows()
    {
        var s = Sentence("""
            Mayor apologises

            Mayor Rhona Kell released the following statement:
            I was wrong to lose my temper, and I have apologised to the reporter.
            """, "I was wrong");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Rhona Kell"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("The ministry has not commented on the report.")]
    [TestCase("In 2009 he paid $7,400 to a design firm called Hartwell Interiors.")]
    [TestCase("Olwen Price, founder of the Larkbridge Party, said the vote was a disgrace.")]
    [TestCase("She put ice on the wound and said it would heal.")]
    [TestCase("According to the complaint, the night managers switched off the fans to save money.")]
    [TestCase("The speaker at the rally said the crowd was the biggest yet.")]
    [TestCase("TPM is reporting that the woman questioning the congressman was his aide.")]
    [TestCase("The 24 hours of drama began when the Taoiseach decided against calling an emergency Cabinet meeting.")]
    [TestCase("The governor threatened to withhold the money unless the prosecutor resigned.")]
    [TestCase("He allegedly threatened to release a photograph of the woman if she spoke about the affair.")]
    [TestCase("Dale Sutton, who was chief financial officer under Ebbers, testified that the books were altered.")]
    [TestCase("Gail Sheridan cleared of perjury charges")]
    public void NoOfficialStatement(string text) =>
        AssertNoOfficialStatement(text);

    [TestCase("Repeatedly describing the statement as \"bizarre\", Justice Minister Colm Devereux said it was unacceptable.", "Colm Devereux")]
    [TestCase("Kelly said the lanes had been closed for a traffic study.", "Kelly")]
    public void AnOpeningAdverbBeforeAParticipleIsNoSpeakerButANameIs(string text, string speaker) => AssertSpeakerName(text, speaker);

    [TestCase("Declan Morrow jnr said: \"The criticism has been a distraction.\"", "Declan Morrow")]
    [TestCase("Alan Ferrie MSP said the vote had been lost on the night.", "Alan Ferrie")]
    [TestCase("Niamh Gorman TD said the minister should come before the committee.", "Niamh Gorman")]
    [TestCase("The shadow chancellor, George Osborne, said the budget was a con.", "George Osborne")]
    public void TheNameIsTheNameWithoutSuffixOrRole(string text, string speaker) => AssertSpeakerName(text, speaker);

    [Test]
    public void AMemberOfALegislatureNamedWithTheSeatsLettersIsOfficialInLaterSentences()
    {
        const string text = """
            Donations row deepens

            Colin Birrell MSP, who ran the leadership campaign, resigned from his post on Friday.
            Mr Birrell had claimed that the money came through a company registered in Glasgow.
            """;
        var s = Sentence(text, "Mr Birrell had claimed");
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void APostWithACapitalisedComplementIntroducesItsHolder()
    {
        const string text = """
            Passport inquiry widens

            Opposition parties are focusing on the part played by Minister for Trade Ruth Kellaway.
            Ms Kellaway said an inquiry would settle the matter.
            The letters were copied to Chancellor of the Exchequer Owen Prothero and Secretary of State Lydia Marsh.
            Prothero said he had never seen them.
            """;
        foreach (var start in new[] { "Ms Kellaway said", "Prothero said" })
        {
            var s = Sentence(text, start);
            Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
    }

    [TestCase("Councilwoman Ana Ruiz said the vote had been rigged.", "Ana Ruiz")]
    [TestCase("Assemblyman Victor Hale said the bill would die in committee.", "Victor Hale")]
    [TestCase("Circuit Attorney Kim Delacroix said the case would go ahead.", "Kim Delacroix")]
    [TestCase("Labour peer Lord Ashwin said he would appeal against the suspension.", "Ashwin")]
    [TestCase("The MoD confirmed that the eight sailors were being held.", "MoD")]
    [TestCase("The Crown withdrew the charges on Friday, saying they were no longer in the public interest.", "Crown")]
    [TestCase("Sinn Féin said the offer was a positive contribution.", "Sinn Féin")]
    [TestCase("Hamas said the truce would end at midnight.", "Hamas")]
    [TestCase("He had a broken rib and could not breathe, the warrant said.", "warrant")]
    [TestCase("According to the indictment, the money was routed through a dairy farm owned by his cousin.", "indictment")]
    [TestCase("Rep. Dale Whitcombe (R., Texas) said in a new interview that he would repay the money.", "Dale Whitcombe")]
    [TestCase("Fine Gael is vowing to raise the matter in the Dáil today.", "Fine Gael")]
    [TestCase("The Independent Police Complaints Commission (IPCC) said its inquiry would be independent.", "Independent Police Complaints Commission")]
    [TestCase("Rep. Hana Odell (MN) said she had never used the phrase.", "Hana Odell")]
    [TestCase("The corporation said: \"We have not been able to establish what happened.\"", "corporation")]
    [TestCase("Paul Kerr, who is the city's mayor, said the roads would reopen on Monday.", "Paul Kerr")]
    [TestCase("Health Secretary Paul Kerr, speaking on BBC Radio 4's Today programme, said the minister should resign.", "Paul Kerr")]
    [TestCase("Rep. Dale Whitcombe apologized on Monday for his behaviour in the video.", "Dale Whitcombe")]
    [TestCase("Paul Kerr – the council leader – said the cuts were unavoidable.", "Paul Kerr")]
    [TestCase("Mary Hale — the health minister — said the wards would reopen.", "Mary Hale")]
    [TestCase("A Liberal Democrat MP accused of seducing a constituent has flatly denied any improper involvement.", "MP")]
    [TestCase("A councillor charged with fraud told the court he was innocent.", "councillor")]
    public void OfficesBodiesAndTaggedNamesAreOfficialSpeakers(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void ASurnameSubjectIsThePronounsAntecedentWithNoRoleKept()
    {
        const string text = """
            Stadium show cancelled

            Thousands of fans were turned away when a concert by the singer Orla Keane was called off.
            The promoter, Northgate Live, said in a statement that the show had been cancelled on safety advice.
            Keane posted a video late on Saturday in which she apologised to fans.
            """;
        var s = Sentence(text, "Keane posted");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Orla Keane"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void ATitleRightAfterTellIsTheListenersOwn()
    {
        const string text = """
            Congressman resigns

            Franks had told Gov. Dale Ducker on Friday that his resignation would take effect in January.
            Ducker said he would wait before setting a date for the special election.
            """;
        var s = Sentence(text, "Ducker said");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Dale Ducker"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("The review published on Wednesday December 12 described the chief constable's leadership as \"flawed\".")]
    [TestCase("The statement issued on Monday March 3 said the talks had failed.")]
    public void ADateIsNoSpeaker(string text) =>
        Assert.That(Only(text).Attribution?.Speaker.Name ?? "", Does.Not.Contain("December").And.Not.Contain("March"), text);

    [Test]
    public void APronounFindsAnIntroducedPersonOfItsGenderPastASpeakerOfTheOther()
    {
        const string text = """
            Governor indicted

            Governor Martin Ashcombe was indicted on Thursday on a charge of invasion of privacy.
            "No one is above the law," Circuit Attorney Claire Fairweather said in a statement.
            He acknowledged the relationship but told reporters that he had never coerced anyone.
            """;
        var s = Sentence(text, "He acknowledged");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Martin Ashcombe"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AThreatToResignIsStillAStatement() =>
        AssertOfficialSpeaker("The minister threatened to resign if the cuts went ahead.", "minister");

    [Test]
    public void APostNamedWithItsAndThenANewFullNameIsTheHolderNamed()
    {
        const string text = """
            Security review ordered

            The attack on the chamber was an assault on democracy, its Speaker said on Monday.
            Maeve Harkin told members that a review of security had been ordered.
            She said the doorkeepers had shown great courage.
            """;
        foreach (var start in new[] { "Maeve Harkin told", "She said the doorkeepers" })
        {
            var s = Sentence(text, start);
            Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Maeve Harkin"), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
    }

    [Test]
    public void AnIndefinitePostIsNotTheNextNamedPerson()
    {
        const string text = """
            Two arrested after shooting

            A police spokesman said two men had been arrested.
            Mary Jonas said she heard four shots from her kitchen.
            """;
        Assert.That(Sentence(text, "Mary Jonas").Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void AQuotationAfterAFullStatementLineIsTheOwnersStatement()
    {
        const string text = """
            Congressman responds

            A video of Rep. Donal Peary of Ohio grabbing a student has caused a storm online.
            Here's Peary's full statement:
            "I have seen the video posted on several blogs. I deeply regret my reaction and I apologize to all involved."
            """;
        foreach (var start in new[] { "\"I have seen", "I deeply regret" })
        {
            var s = Sentence(text, start);
            Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Donal Peary"), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
    }

    // Nineteenth session: shapes from the blind rounds, written for the project.
    [TestCase("Sir Peter Hallam, who led the inquiry into the visa affair, said the application was processed in 40 days.", "Peter Hallam")]
    [TestCase("Dame Ruth Cardew, appointed by the Home Secretary to investigate the claims, said the files were complete.", "Ruth Cardew")]
    [TestCase("Mr Crane, charged by the minister with reviewing the contracts, concluded that the rules had been followed.", "Crane")]
    [TestCase("Rep. Tom Harlow (R-4th Dist.) told the Evening Ledger that he had never met the donor.", "Tom Harlow")]
    [TestCase("Ann Kettering, the MP for Fenwick, interrupted the debate in the Commons to announce she had resigned the whip.", "Ann Kettering")]
    [TestCase("Both the Speaker and the Majority Leader issued statements backing the chairman.", "Speaker")]
    [TestCase("But the party contradicted Ms Kettering's account.", "party")]
    [TestCase("The standards committee found that the member had been paid for work nobody could show was done.", "committee")]
    [TestCase("The election court ruled that the candidate had knowingly made false statements about his rival.", "court")]
    [TestCase("Eight people were wounded, according to the police report.", "police report")]
    [TestCase("On Wednesday night the Food Standards Agency cleared the products for sale, saying they were safe.", "Food Standards Agency")]
    [TestCase("Deputy chief vet Alan Garside said the most likely route was from bird to bird.", "Alan Garside")]
    public void InquiryHeadsFindingsAndFramesAreOfficial(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void AReplyQuotedByItsFirstWordIsItsWritersStatement()
    {
        const string text = """
            Whip withdrawn

            Chief whip Peter Dallow withdrew the whip from the MP on Tuesday.
            Mr Dallow's response read: "I cannot accept threats from members of the group. I must therefore treat your resignation as taking immediate effect."
            """;
        foreach (var start in new[] { "Mr Dallow's response", "I must therefore" })
            Assert.That(Sentence(text, start).Tags.Has(FramingTag.OfficialStatement), Is.True, start);
    }

    [Test]
    public void AHeadlineNamingItsSpeakerBeforeOnAndAColonIsTheirs()
    {
        const string text = """
            Harlow on Denton: 'He made a mistake'

            Rep. Tom Harlow said his colleague had made a mistake.
            """;
        var s = Sentence(text, "Harlow on Denton");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Tom Harlow"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AClosingReportingClauseOfAnOfficialOwnsTheSentence()
    {
        const string text = """
            Eight hurt in bar shooting

            Police Chief Willa Drummond said a man who had been turned away came back with a rifle.
            One of the men claimed to be "a boxer from Ohio," Drummond said, adding that officers were looking for him.
            """;
        var s = Sentence(text, "One of the men");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Willa Drummond"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AnOfficialFirstVerbKeepsTheSentenceFromAPrivateClosingClause()
    {
        const string text = """
            Students' row

            While the student council later apologized for the post, the damage had been done, Harker concluded.
            """;
        Assert.That(LastSentence(text).Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    private static SentenceAnalysis LastSentence(string text) => Analyzer.Analyze(text).Sentences.Last();

    [Test]
    public void APersonNamedInFullIsNoAnonymousSourceWhateverGroupTheyBelongTo()
    {
        var s = Only("Mr Kettering, one of the party's most vocal critics of the treaty, said he had become disillusioned.");
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Anonymous));
        Assert.That(s.Tags.Has(FramingTag.Hedge), Is.False);
    }

    [Test]
    public void AQuantifierBeforeANameIsNoRole()
    {
        const string text = """
            Farm owner speaks

            Roger Haddon said there had been no cover-up at the farm.
            The agency cleared some Roger Haddon turkey products for sale.
            "Let me be absolutely clear, there was nothing wrong with them," he said.
            """;
        Assert.That(Sentence(text, "\"Let me be").Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Anonymous));
        Assert.That(Sentence(text, "\"Let me be").Tags.Has(FramingTag.Hedge), Is.False);
    }

    [TestCase("Harrowgate boss steps down\n\nThe chairman of Harrowgate, Ian Pell, has resigned.\nHarrowgate said the departure was by mutual consent.", "Harrowgate said")]
    [TestCase("Society rescued\n\nThe Kingsmere Building Society has been taken over.\nKingsmere has pledged not to cut staff at its branches.", "Kingsmere has pledged")]
    [TestCase("Shares fall\n\nAnalysts said Vantor's management had been slow to act.\nVantor said the figures were in line with its forecast.", "Vantor said")]
    [TestCase("Payout cut\n\nThe ousted ex-chairman of Hallworth's, Sir Peter Dunn, will receive a payout.\nHallworth's said the sum was a significant reduction.", "Hallworth's said")]
    [TestCase("Strike vote\n\nBut employers Darrow Brothers said turnout was below the level needed to legitimise the vote.", "But employers")]
    [TestCase("Payout cut\n\nThe supermarket chain says it hoped the settlement would draw a line under the affair.", "The supermarket chain")]
    public void ACompanyNamedByItsPartsSpeaksAsAnOrganisation(string text, string start)
    {
        var s = Sentence(text, start);
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), start);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
    }

    [Test]
    public void AWeekdayAfterANameIsNoPartOfIt()
    {
        const string text = """
            Raid denied

            Pentagon spokesman Bryan Hallett Monday said he had looked into the incident.
            Hallett says there is no mission that matches the reports.
            """;
        Assert.That(Sentence(text, "Pentagon spokesman").Attribution?.Speaker.Name, Is.EqualTo("Bryan Hallett"));
        var later = Sentence(text, "Hallett says");
        Assert.That(later.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(later.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("Abdul Karim, district chief of Darwan, said the attack was carried out on a small village.", "Abdul Karim")]
    [TestCase("Mei Lin, provincial governor of Hunan, said the dam would hold.", "Mei Lin")]
    public void APostWithALowerCaseModifierIsARole(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void ARelativeBeforeASourceWordIsNoRole() =>
        Assert.That(Only("Patricia Okoro, whose house overlooks the field, said she had watched children play there.").Tags.Has(FramingTag.OfficialStatement), Is.False);

    [Test]
    public void AHeadlineClosingWithADashAndALowerCasePostNamesItsSpeaker()
    {
        var s = Sentence("Rates will hold - Bank chief\n\nThe central bank's governor spoke in Leeds.", "Rates will hold");
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void CounselProsecutingSpeaksForTheCrownNotAsAWitness()
    {
        const string text = """
            Teenager killed by gang, court told

            Brian Fennell QC, prosecuting, said: "It is all over in seconds. He was set upon by a gang of up to forty youths."
            He added: "I warn you, you are going to see footage of this young boy being attacked."
            """;
        foreach (var start in new[] { "Brian Fennell", "He was set upon", "He added" })
        {
            var s = Sentence(text, start);
            Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), start);
            Assert.That(s.Tags.Has(FramingTag.EyewitnessReport), Is.False, start);
        }
    }

    [TestCase("The latest to join in has been President Mara Keel herself, who told the summit that she remained committed to the plan.", "Mara Keel")]
    public void AnEmphaticReflexiveBeforeARelativeClauseKeepsTheName(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("The Labour Party was forced to apologise yesterday to an 82-year-old delegate.", "Labour Party")]
    [TestCase("Arts Minister Frank Devlin was yesterday forced to apologise to the parliament.", "Frank Devlin")]
    [TestCase("The minister was quick to deny that the plan had been shelved.", "minister")]
    public void TheSubjectOfAnAdjectiveBeforeAVerbOfSayingSpeaks(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("The mayor of Allenford pleaded not guilty to similar charges last week.")]
    [TestCase("Mr Wolfgang, a Labour activist for 57 years, told the BBC he had shouted once.")]
    public void APleaOrARankAndFileMemberIsNoOfficialStatement(string text) =>
        AssertNoOfficialStatement(text);

    [TestCase("CBS News said it stood by the report.", "CBS News")]
    [TestCase("\"We will appeal,\" Sky News said in a statement.", "Sky News")]
    public void AnOutletNamedWithItsCueWordIsOneName(string text, string speaker) => AssertSpeakerName(text, speaker);

    [Test]
    public void AnOutletsNameGivesNoRoleToTheNextOutlet()
    {
        const string text = """
            Networks split over debate rules

            CBS News said the rules had been agreed in June.
            Fox News said it had never seen them.
            """;
        var fox = Sentence(text, "Fox News").Attribution?.Speaker;
        Assert.That(fox?.Name, Is.EqualTo("Fox News"));
        Assert.That(fox?.Role, Is.Null);
    }

    [Test]
    public void AnOutletsOwnStatementNamedByItsPossessiveIsOfficial()
    {
        var s = Only("\"We stand by our reporting and will defend it in court,\" CBS News said in their statement.");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("CBS News"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void APersonNamedOnlyByTheirPostIsTheNextHeOrShe()
    {
        const string text = """
            Fine for threatening posts

            A man who posted threats against a councillor has been fined.
            Kevin Doyle, 41, filmed his neighbour, Stuart Blane, reading one of the posts aloud.
            Passing sentence, the sheriff told him: "You knew exactly what those words would do."
            He added: "The fact that you deleted them a day later is of little help to you."
            """;
        var added = Sentence(text, "He added");
        Assert.That(added.Attribution?.Speaker.Name, Is.EqualTo("sheriff"));
        Assert.That(added.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("Newly elected Democrat Congresswoman Alma Reyes attacked the donors in her first week, accusing them of buying votes.", "Alma Reyes")]
    [TestCase("Recently appointed Justice Secretary Mark Hollins criticised the board, calling its report a whitewash.", "Mark Hollins")]
    public void AnAdverbAndParticipleBeforeATitleAreNoPartOfTheName(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void ReportsFromACountryAreNoOfficialSource()
    {
        var s = Only("Reports from Chad say that rebel columns have reached the outskirts of the capital.");
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
        Assert.That(s.Tags.Has(FramingTag.Hedge), Is.True);
    }

    [Test]
    public void ATitleCaseHeadlinesCapitalisedWordsAreNoPerson()
    {
        const string text = """
            Council Drops Ward Candidate Over Racist Posts

            The county party decided on Monday not to endorse Jenny Calder as a candidate.
            In a post on Facebook she blamed a local blogger for her removal.
            """;
        var headline = Sentence(text, "Council Drops");
        Assert.That(headline.Attribution, Is.Null);
        var post = Sentence(text, "In a post");
        Assert.That(post.Attribution?.Speaker.Name, Does.Not.Contain("Over"));
        Assert.That(post.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("The broadcaster's director-general appealed for the kidnappers to release the reporter unharmed.")]
    [TestCase("The director-general of the corporation said it would not settle the case.")]
    public void AnOutletsDirectorGeneralSpeaksForItAsAnOfficial(string text)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, text);
    }

    [TestCase("Select committee member Helen Ashby said the regulator had been asleep at the wheel.", "Helen Ashby")]
    public void AFormalCommitteesMemberIsAnOfficial(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void AVerbBetweenAHeadlinesCueAndANameGivesTheNameNoRole()
    {
        const string text = """
            NBC Calls Out Mark Ellison for Offering No Evidence

            NBC's morning anchor called out Sen. Mark Ellison (D-CT) for implying collusion on Monday.
            Discussing the polls, Ellison claimed, "We are learning new things every week."
            """;
        var later = Sentence(text, "Discussing the polls").Attribution?.Speaker;
        Assert.That(later?.Name, Is.EqualTo("Mark Ellison"));
        Assert.That(later?.Type, Is.EqualTo(SourceType.Official));
    }

    [TestCase("NRT in Tuesday's statement pledged to keep every depot open until the spring.", "NRT")]
    [TestCase("The water company in a statement said it would compensate every household.", "water company")]
    public void AStatementNamedBetweenTheSubjectAndItsVerbIsNoPartOfTheSubject(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("Bank Of England Warns\n\nThe bank said rates could rise again.", "Bank Of England")]
    [TestCase("Ministry Of Defence Denies\n\nThe ministry said no aircraft had crossed the border.", "Ministry Of Defence")]
    public void AHeadlinesSpeakerMayHoldAPrepositionInItsName(string text, string speaker)
    {
        var headline = Analyzer.Analyze(text).Sentences[0];
        Assert.That(headline.Attribution?.Speaker.Name, Does.Contain(speaker), text);
        Assert.That(headline.Tags.Has(FramingTag.OfficialStatement), Is.True, text);
    }

    [Test]
    public void ANameEndingInLyBeforeAVerbIsStillTheSubject() =>
        AssertSpeakerName("Kelly visited Parliament on Monday, saying the bill was vital to the region.", "Kelly");

    [TestCase("Ghanaian media have reported a dozen procurement scandals since the election.")]
    [TestCase("Nigerian newspapers reported on Friday that the depot would close.")]
    public void ALowerCaseWordForThePressAfterANationalityIsMedia(string text)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Media), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False, text);
    }

    [TestCase("The National Association of School Nurses said the new rota was unsafe.", "National Association of School Nurses")]
    [TestCase("The Confederation of Dairy Farmers (CDF) said milk prices had fallen for a fifth month.", "Confederation of Dairy Farmers")]
    [TestCase("The Academy of Family Physicians said the guidance had been rushed.", "Academy of Family Physicians")]
    public void AnOrganisationHeadedByItsWordBeforeOfIsOneOfficialName(string text, string speaker)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(speaker), text);
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), text);
    }

    [Test]
    public void APersonOfAnInstituteKeepsTheirOwnName() =>
        Assert.That(SpeakerNameOf("Pavel Horak of the Moravian Institute of Geology said the samples were still being dated.", "Pavel Horak"),
            Does.StartWith("Pavel Horak").And.Not.Contains("Institute"));

    [Test]
    public void TheyAfterASentenceOpenedByAnOrganisationIsThatOrganisation()
    {
        const string text = """
            Nurses' body backs walkout

            The grant was announced by the Daily Courier on Monday, according to the Courier.
            Now, the National Federation of Ward Nurses is taking a firm stance.
            "We are calling on every member to join the walkout," they said.
            """;
        var s = Sentence(text, "\"We are calling");
        Assert.That(s.Attribution?.Speaker.Name, Does.Contain("National Federation of Ward Nurses"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AHomeTownAndItsCountyBetweenCommasAreNoSpeaker() =>
        AssertSpeakerName("Mr Pryce, from Ludlow, Shropshire, said: \"I was filming the march when the van arrived.\"", "Mr Pryce");

    [TestCase("The trust continues to maintain that the ward was safely staffed.", "trust")]
    [TestCase("The college placed the lecturer on leave on Monday, citing threats made against her.", "college")]
    public void TheSubjectOfAContinuingOrCitingVerbSpeaks(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("The ministry did not say how many detainees had been released.")]
    [TestCase("What the council did not mention is that the contract had already been signed.")]
    public void WordsNotSaidAreNoOfficialStatement(string text) =>
        AssertNoOfficialStatement(text);

    [Test]
    public void ADoctorsTitleDoesNotUndoAPostTheArticleGave()
    {
        const string text = """
            Minister asks broadcaster to cut costs

            Health Minister Nadia Farrow said on Monday the review would be published in March.
            Dr Farrow has asked the hospital boards to find new savings.
            """;
        var s = Sentence(text, "Dr Farrow");
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void ADoctorsTitleAfterADescriptionDoesNotUndoAPostTheArticleGave()
    {
        // The title comes after a description ("Her successor Dr Farrow") and the phrase runs on into an appositive.
        const string text = """
            Waiting lists shorter in Wales

            New health minister Nadia Farrow said the gap with England was closing.
            Her successor Dr Farrow, on a visit to a hospital in Swansea, welcomed the fall.
            "It is eleven weeks now," said Dr Farrow.
            """;
        foreach (var start in new[] { "Her successor", "\"It is eleven" })
        {
            var s = Sentence(text, start);
            Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), start);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        }
    }

    [Test]
    public void AnExpertPlacedAtTheirInstitutionStaysAnExpert()
    {
        const string text = """
            Staring at gulls keeps them off your lunch

            Joanna Pell, lead author, said: "Most birds kept their distance."
            Ms Pell, from the Centre for Coastal Ecology at Penwith University, added: "Some did not seem to notice us at all."
            """;
        Assert.That(Sentence(text, "Joanna Pell").Attribution?.Speaker.Type, Is.EqualTo(SourceType.Expert));
        var s = Sentence(text, "Ms Pell");
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Expert));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void APostNamedBeforeAProfessorMakesTheProfessorOfficial()
    {
        const string text = """
            Strike threatens graduations

            The vice chancellor of Harrowgate University, Professor Sir Alan Brede, said the boycott would hurt students.
            Sir Alan said: "These students are an innocent party to this dispute."
            """;
        var s = Sentence(text, "Sir Alan said");
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("It has been estimated that the drug could have caused thousands of heart attacks.")]
    [TestCase("It has been suggested that the drug could double the risk of a stroke.")]
    public void AnAgentlessPassiveOfEstimatingNamesNoSpeaker(string text)
    {
        var s = Analyzer.Analyze("The company said it would appeal.\n\n" + text).Sentences[^1];
        Assert.That(s.Attribution, Is.Null, text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False, text);
    }

    [TestCase("The mayor is reported to have told aides that the budget was final.", "mayor")]
    [TestCase("The minister was reported as saying the plan was dead.", "minister")]
    public void ASpeakerReportedToHaveSpokenStillSpeaks(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void PostsIntroducedWithAColonContinueTheirAuthorOverParagraphs()
    {
        const string text = """
            Senator backs the dock strike

            Sen. Maria Calloway issued a number of tweets supporting the dockers on Tuesday morning:

            After ten years of pay freezes the moment has come. Do not let them take it from you.

            Every port in the state should stand with these workers. The choice you make now will be remembered.

            The port authority said talks would resume on Friday.
            """;
        foreach (var start in new[] { "Sen. Maria", "After ten", "Do not let", "Every port", "The choice" })
            Assert.That(Sentence(text, start).Tags.Has(FramingTag.OfficialStatement), Is.True, start);
        Assert.That(Sentence(text, "The port authority").Attribution?.Speaker.Name, Does.Contain("port authority"));
    }

    [TestCase("\"We hope there will be an apology,\" Ruslan Tagiev, counsellor at the Azeri embassy in Oslo, told a radio station.")]
    [TestCase("The consul-general in Lyon told reporters that two citizens had been detained.")]
    public void DiplomaticRanksAreOfficial(string text) =>
        Assert.That(Only(text).Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official), text);

    [TestCase("According to WKRN-TV, nine people were hurt in the crash.")]
    [TestCase("WDAF-TV said the bridge would stay shut until Monday.")]
    public void ABroadcastersCallSignIsAnOutlet(string text) =>
        Assert.That(Only(text).Attribution?.Speaker.Type, Is.EqualTo(SourceType.Media), text);

    [Test]
    public void AMemberOfAPublicBodyNamedByTheSeatSpeaksOfficiallyLater()
    {
        const string text = """
            Rates held for a third month

            One member of the Monetary Policy Committee, Hester Vane, voted for a cut.
            Ms Vane argued that growth had been below trend for a year.
            """;
        var s = Sentence(text, "Ms Vane");
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [TestCase("The minister instead warned voters that the marginal seats would decide the election.", "minister")]
    [TestCase("The chancellor used a joint news conference with the premier to appeal to wavering supporters to stay loyal.", "chancellor")]
    [TestCase("The governor set out an ambitious agenda for her second term on Monday.", "governor")]
    public void AnAdverbOrAnAppealBeforeTheVerbKeepsTheSpeaker(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void TheOnePromisedSomethingIsNotTheSpeaker()
    {
        var s = Only("Word is that the lead contractor, Brannock Systems, has already been quietly promised the next contract.");
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("The agents raided the house on Wednesday, according to information provided to a local paper by Border Patrol officials.", "Border Patrol officials")]
    [TestCase("Nine people were held, according to figures released by the Home Office on Monday.", "Home Office")]
    [TestCase("Nine people were held, according to figures from the Home Office.", "Home Office")]
    public void AccordingToADocumentItsMakerSpeaks(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void ANameAfterAnOpeningParticipleClauseHoldsThePostJustNamed()
    {
        const string text = """
            Premier admits link between gangs and migration

            Norway's Prime Minister has admitted a link between gang crime and migration at a press conference today.
            Speaking on the subject of crime, Halvard Brekke, who has criticised such warnings before, admitted: "We have our share of challenges."
            "We inherited a law that was not sustainable," he said.
            """;
        var s = Sentence(text, "\"We inherited");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Halvard Brekke"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void APreacherDescribedByHisPoliticsSpeaksAsACommentator()
    {
        const string text = """
            Preacher urges followers to arm

            Right-wing pastor Dale Orrick appeared on a radio show today, where he urged listeners to form militias.
            "We are entering a time for war," Orrick declared.
            """;
        Assert.That(Sentence(text, "\"We are entering").Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("One of the wounded in hospital told a news agency that the soldiers had fired first.")]
    [TestCase("A man wounded in the blast told reporters he saw two cars burning.")]
    [TestCase("One of the injured told the BBC that the roof fell in.")]
    public void TheWoundedAreWitnessesNotTheHospital(string text) =>
        Assert.That(Only(text).Attribution?.Speaker.Type, Is.EqualTo(SourceType.Eyewitness), text);

    [Test]
    public void TheyAfterMembersOfAHouseIsThoseMembers()
    {
        const string text = """
            MPs write to broadcaster

            Rural MPs have written to the broadcaster demanding fairer coverage of farming.
            In a letter signed by Anna Pike and Tom Reeve, they say: "We write to express our concern."
            """;
        var s = Sentence(text, "In a letter");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Rural MPs"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void APersonOfAnOrganisationNamedByItsAcronymSpeaksForIt() =>
        AssertOfficialSpeaker("Maria Lund, of HSE, said the inspectors had found two unguarded machines.", "Maria Lund");

    [Test]
    public void AHeadlinesLowerCaseSourceNounAfterADashSpeaks()
    {
        var headline = Analyzer.Analyze("Oslo not surprised by new tariffs — diplomat\n\nThe tariffs were announced on Monday.").Sentences[0];
        Assert.That(headline.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
        Assert.That(headline.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AMemberOfABoardNamedWithItsOfIsThePersonAfterIt()
    {
        var s = Only("Harlow County Board of Education member Ruth Ames said the vote was rushed.");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Ruth Ames"));
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Official));
    }

    [Test]
    public void APartyTagBeforeTheDayIsNoPartOfTheSubject() =>
        AssertOfficialSpeaker("Rep. Dana Lowry (D-Ore.) on Tuesday apologized for a post that circulated on social media.", "Dana Lowry");

    [TestCase("A county contractor has denied claims that it plans to stop recognising the unions.", "contractor")]
    [TestCase("The supplier said in a statement that every delivery had been made on time.", "supplier")]
    [TestCase("The brewer, naturally, disputes these claims.", "brewer")]
    [TestCase("The health department disputed the family's account of the night.", "health department")]
    public void ACompanyNamedByItsTradeOrDisputingClaimsSpeaksOfficially(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("The stand-off at the provincial assembly continued on Wednesday, with police chasing members out of the chamber.")]
    [TestCase("Dock workers' leaders continue their strike into a third week.")]
    [TestCase("Supporters were beaten as they walked past the police post near the market.")]
    [TestCase("While he continues as an MP, he will be paid compensation for losing his cabinet post.")]
    public void GoingOnOrAPostIsNoStatement(string text) =>
        AssertNoOfficialStatement(text);

    [Test]
    public void APluralPossessiveInsideAnAppositiveIsNoQuotationMark() =>
        AssertSpeakerName("Mr Spink, one of the Commons’ most vocal opponents of the bill, said he had become increasingly disappointed.", "Mr Spink");

    [TestCase("But shadow home secretary Dana Voss hardened her stance by calling on the minister to go.", "Dana Voss")]
    [TestCase("Representative Carl Mendes tried to end the row today by admitting that he had sent the message.", "Carl Mendes")]
    [TestCase("The Tory leader used the last question time before the Budget to argue that taxes had risen.", "Tory leader")]
    [TestCase("Senator Ruth Alder's campaign said the advert had been pulled.", "campaign")]
    [TestCase("The network's public relations team tweeted, \"We have ended our agreement with the presenter.\"", "public relations team")]
    public void TheSubjectOfASpeechActDoneByAnotherVerbSpeaks(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("The senator has signed a plea agreement admitting to the charge, according to the prosecutor.", "prosecutor")]
    [TestCase("The mayor is under fire over a leaked memo alleging he misused council cars, the newspaper said.", "newspaper")]
    public void AParticipleOfAThingIsNotItsSubjectsSpeech(string text, string speaker) =>
        Assert.That(Only(text).Attribution?.Speaker.Name, Does.Contain(speaker), text);

    [TestCase("The BBC said it had stopped using the posters and had no plans to use them again.", true)]
    [TestCase("Channel 9 denies newsroom cutbacks", true)]
    [TestCase("The broadcaster has hit back after warnings that it has cut its news budget.", true)]
    [TestCase("The Sun said it had seen documents showing the mayor was paid twice.", false)]
    [TestCase("Reuters said it could not independently verify the toll.", false)]
    [TestCase("The Guardian, naturally, called it \"bold.\"", false)]
    public void AnOutletAnsweringForItselfIsAnOfficialSourceNotItsReporting(string text, bool official) =>
        Assert.That(Only(text).Tags.Has(FramingTag.OfficialStatement), Is.EqualTo(official), text);

    [Test]
    public void APrivatePersonsStatementDoesNotMakeThemAnOfficialSource()
    {
        // The novelist is named by trade only where he does not speak; his released statement keeps him a private person.
        var text = "Novelist cleared in copying case\n\nA judge rejected a claim that the bestselling author Tom Raske had copied a rival's plot.\n\n"
                 + "Raske said he had never read the rival's book.\n\nAfter the verdict, Raske released a statement that called the suit baseless.";
        var said = Sentence(text, "Raske said");
        Assert.That(said.Attribution?.Speaker.Name, Does.Contain("Raske"));
        Assert.That(said.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
        Assert.That(said.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("A police official who declined to be named said six soldiers had died in the ambush.", "police official")]
    [TestCase("But a local police official who went to the scene told a news agency that seven servicemen had died.", "local police official")]
    [TestCase("The officer who led the raid told reporters the men had been armed.", "officer")]
    public void TheSubjectBeforeARestrictiveRelativeClauseSpeaks(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void TheSpeakerInsideARelativeClauseIsNotItsHead() =>
        // The police speak here, not the man: the words before the verb can speak themselves.
        Assert.That(Only("The man who police said was armed had no weapon on him when he was stopped.").Attribution?.Speaker.Name, Does.Contain("police"));

    [TestCase("Orange County Undersheriff Dana Brill said the jail would publish release dates.", "Dana Brill")]
    public void AnUndersheriffIsAnOfficial(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("Four councillors face corruption charges, RTÉ reports.")]
    [TestCase("The two men were remanded in custody, the Irish Times reported.")]
    public void APublicBroadcasterOrPaperReportingIsAMediaSource(string text)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Media), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False, text);
    }

    [TestCase("The ministry did not respond to a request for comment.")]
    [TestCase("His spokesman did not reply to our questions on Monday.")]
    [TestCase("The council has not explained why the contract was never put out to tender.")]
    public void AnAnswerNotGivenIsNoStatement(string text) =>
        AssertNoOfficialStatement(text);

    [Test]
    public void ASentenceThatAlsoSaysSomethingKeepsItsStatement() =>
        AssertOfficialSpeaker("The ministry did not respond to questions about the deal but said in a statement that the talks would resume.", "ministry");

    [TestCase("Dana Brill, a vocal critic of President Ortega, said the vote had been rigged.")]
    [TestCase("Maria Senn, the wife of the governor, said she had not been told of the visit.")]
    public void ARelationToAnOfficeHolderIsNoOffice(string text)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Name, Does.Contain(text.Split(',')[0]), text);
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False, text);
    }

    [Test]
    public void TheHeadOfABodyStillHoldsItsOffice() =>
        AssertOfficialSpeaker("Dana Brill, the head of the council's planning committee, said the vote had been fair.", "Dana Brill");

    [Test]
    public void AnApologyInTheFirstPersonPastMakesNoWitness()
    {
        // "I went too far" is a person speaking of their own conduct, not an account from a scene: the comedian stays a
        // private person in everything he says.
        var text = "Comedian sorry for joke\n\nThe comedian Carl Mendes apologised on Tuesday for a joke about the flood.\n\n"
                 + "\"I crossed the line and I went too far,\" Mendes said.\n\n\"Comedy should still be fearless,\" he added.";
        foreach (var probe in new[] { "\"I crossed the line", "\"Comedy should" })
            Assert.That(Sentence(text, probe).Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Eyewitness), probe);
    }

    [Test]
    public void APerceptionInTheFirstPersonStillMakesAWitness()
    {
        var text = "Shop owner saw fire\n\nA shop owner, Carl Mendes, was opening up when the blaze began.\n\n"
                 + "\"I saw smoke pouring out of the roof,\" Mendes said.\n\n\"The whole street was black,\" he added.";
        Assert.That(Sentence(text, "\"The whole street").Attribution?.Speaker.Type, Is.EqualTo(SourceType.Eyewitness));
    }

    [Test]
    public void AHostNamedWithTheOutletAsRoleIsThePronounsAntecedent()
    {
        // The host is typed media by "MSNBC's", but his given name says a person: "he added" is his, not the governor's
        // whom his own words mention.
        var text = "Host says sorry\n\nMSNBC's Peter Brill apologised on Wednesday after Governor Carl Mendes demanded a retraction.\n\n"
                 + "\"Last night I made an error in reporting an item about the governor's finances,\" Brill said.\n\n"
                 + "\"I was wrong to discuss it on the air,\" he added.";
        var added = Sentence(text, "\"I was wrong");
        Assert.That(added.Attribution?.Speaker.Name, Does.Contain("Brill"));
        Assert.That(added.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("The Health Ministry has opened three new walk-in clinics in the north, it was announced on Tuesday.", "Health Ministry")]
    [TestCase("Harlow Borough Council will close the Latton Street depot next spring, it was announced yesterday.", "Harlow Borough Council")]
    [TestCase("Harland Motors is to close its van plant at Wexcombe with the loss of 900 jobs, it has been announced.", "Harland Motors")]
    public void AnEmptyItAnnouncesTheClauseOfTheBodyBeforeIt(string text, string body) => AssertOfficialSpeaker(text, body);

    [TestCase("The singer Carla Mendes has split from her husband of six years, it was announced yesterday.")]
    [TestCase("A new ferry service between the two islands will start in May, it was announced.")]
    [TestCase("A new ferry service between the two islands will start in May, it has been announced.")]
    public void AnAnnouncementAboutAPersonOrAThingNamesNoOfficial(string text) =>
        AssertNoOfficialStatement(text);

    [Test]
    public void APronounResolvedToANameTeachesItsGender()
    {
        // "Ottoline" is in no list of given names; once "she said" has gone to Marsh, a "he" no longer can.
        var text = "Shop raided twice in a week\n\nSergeant Bernard Vane met the shopkeeper Ottoline Marsh on Monday.\n\n"
                 + "Marsh said she had called the police twice that week.\n\n\"It took them an hour to come,\" she said.\n\n"
                 + "\"We are short of officers on the night shift,\" he said.";
        Assert.That(Sentence(text, "\"It took them").Attribution?.Speaker.Name, Does.Contain("Marsh"));
        Assert.That(Sentence(text, "\"We are short").Attribution?.Speaker.Name, Does.Contain("Vane"));
    }

    [Test]
    public void ASheAfterTwoNamesGoesToTheWomanNotTheSubject()
    {
        var text = "Senator walks out of interview\n\nSenator Bernard Quayle accused his interviewer, Brooke Harlan, of bias on Tuesday.\n\n"
                 + "Harlan cut in, saying the plan would upend cover for millions of workers.\n\n"
                 + "Quayle wagged his finger at Harlan as she asked him about the cost.\n\n"
                 + "\"That is a talking point from our opponents,\" he said.";
        Assert.That(Sentence(text, "Quayle wagged").Attribution?.Speaker.Name, Does.Contain("Harlan"));
        Assert.That(Sentence(text, "\"That is a talking").Attribution?.Speaker.Name, Does.Contain("Quayle"));
    }

    [Test]
    public void AnAgencyByItsFullNameIsOneOfficialBody() =>
        AssertOfficialSpeaker("The Centers for Disease Control and Prevention said the risk to the general public remained low.",
            "Centers for Disease Control and Prevention");

    [Test]
    public void APronounNeverGoesBackToABodyWhoseNameHoldsConnectives()
    {
        var text = "Farm worker tests positive\n\nThe Centers for Disease Control and Prevention said the risk to the public remained low.\n\n"
                 + "A farmhand, who spoke on condition of anonymity, said he had seen sick cows at the farm for weeks.\n\n"
                 + "\"Nobody came to test us,\" he said.";
        Assert.That(Sentence(text, "\"Nobody came").Attribution?.Speaker.Name ?? "", Does.Not.Contain("Centers"));
        Assert.That(Sentence(text, "\"Nobody came").Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void DoubtCastOnAClaimIsSaidByWhoeverCastsIt() =>
        AssertOfficialSpeaker("The council leader, Tom Pelling, cast doubt on the trust's claim that the records had been lost.", "Tom Pelling");

    [Test]
    public void TheWhoInCapitalsIsTheHealthBodyNotARelativeClause() =>
        AssertOfficialSpeaker("The WHO has warned that Europe could record its highest measles total in 25 years.", "WHO");

    [Test]
    public void AFamilysStatementAboutAHoaxIsNoOfficialStatement()
    {
        var text = "Pupil's claim withdrawn\n\nThe claim was shared thousands of times over the weekend, but on Monday the boy's parents "
                 + "issued a statement saying he had invented it.\n\n"
                 + "\"We are deeply sorry for the distress this has caused,\" his grandparents wrote in a statement.";
        foreach (var probe in new[] { "The claim was shared", "\"We are deeply" })
        {
            var s = Sentence(text, probe);
            Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False, probe);
            Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official), probe);
        }
    }

    [Test]
    public void APostHeldNowBeforeAnAndFormerPostStillSpeaksForTheOffice() =>
        AssertOfficialSpeaker("\"He is the enemy of the people,\" said Arben Doci, leader of the opposition Republican Party and former president.",
            "Arben Doci");

    [Test]
    public void AFormerPostAloneStillMakesAFormerOfficial()
    {
        var s = Only("Arben Doci, the former president, said the vote had been rigged.");
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
    }

    [TestCase("\"We will see what the whip says,\" said freshman Rep. Dale Hutton, R-Ohio.", "Dale Hutton")]
    [TestCase("\"The numbers are not there yet,\" said veteran Labour MP Iris Penhale.", "Iris Penhale")]
    [TestCase("\"It is a fair deal,\" said longtime Sen. Maria Okafor.", "Maria Okafor")]
    public void AnInvertedSpeakerKeepsALowerCaseModifierBeforeTheTitle(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void AParticipleOfSayingWithNoSourceNamesNobody()
    {
        var s = Only("One presenter declared within the hour that \"outside agitators\" had been bussed in,\" citing no source at all.");
        Assert.That(s.Attribution?.Speaker.Name ?? "", Does.Not.Contain("no source"));
    }

    [TestCase("Insp Joan Pryce said: \"Since the order came in, the square has been quiet at night.\"", "Joan Pryce")]
    [TestCase("DCI Mary Holt said officers were keeping an open mind about the motive.", "Mary Holt")]
    [TestCase("Det Ch Insp Alan Reid told the inquest the van had been stolen a day earlier.", "Alan Reid")]
    public void BritishPoliceRanksWithoutAFullStopAreOfficialTitles(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void ACompanyNamedWithAPluralWordIsTheItOfTheNextSentence()
    {
        var text = "Airline steps into catering row\n\nHarland Airways says that it offered the caterer a longer contract in July.\n\n"
                 + "It said the offer would have kept the firm afloat until 2030.";
        var s = Sentence(text, "It said");
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo("Harland Airways"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void APersonWhoseSurnameIsACompanyWordIsStillAPerson()
    {
        var text = "Envoy speaks\n\nSamantha Power said the vote would be held on Friday.\n\n\"It will pass,\" she said.";
        Assert.That(Sentence(text, "\"It will pass").Attribution?.Speaker.Name, Does.Contain("Power"));
    }

    [TestCase("Two Labour MPs and former party leader Dafydd Rees say they will back the new funding formula.", "Labour MPs")]
    [TestCase("Majority Leader Tom Reed and others said the bill would reach the floor next week.", "Tom Reed")]
    [TestCase("Residents and the mayor said the road had flooded twice since March.", "mayor")]
    public void AJointStatementWithAnOfficialAmongItsSpeakersIsOfficial(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void RolesJoinedInAnAppositiveAreNoJointStatement()
    {
        var s = Only("Professor Lena Ostrova, lead investigator of the NORDLIGHT study and a neurologist at Tromso University Hospital, "
                   + "said the results were encouraging.");
        Assert.That(s.Attribution?.Speaker.Type, Is.EqualTo(SourceType.Expert));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("Nearly half of adults under 35 rent their homes, according to Portugal's National Statistical Institute.", "National Statistical Institute")]
    [TestCase("Two of those freed had firearms convictions, Home Office figures show.", "Home Office")]
    [TestCase("Commons speaker Eleanor Pryce said she would ask the minister to explain the delay.", "Eleanor Pryce")]
    [TestCase("Dr Ruth Amadi, deputy chief medical officer, told the committee the ban would protect bar staff.", "Ruth Amadi")]
    [TestCase("MK Yael Ronen told Army Radio that the closure was a mistake.", "Yael Ronen")]
    [TestCase("Council officials and health visitors told the inquiry the winter plan was on track.", "officials")]
    public void StateBodiesTheirFiguresAndTheirOfficesSpeakOfficially(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("Satellite data showed a long pause in the glacier's retreat.")]
    [TestCase("It is not clear whether the survey cited by the Home Office and the inspection mentioned in the letter are the same.")]
    [TestCase("Dr Rosa Vidal, of the Andean Geophysical Institute, said radon readings rise for many reasons.")]
    public void DataWithNoOfficialOwnerAndAScientistsAffiliationAreNoOfficialStatement(string text) =>
        AssertNoOfficialStatement(text);

    [Test]
    public void AHeadlineOpenedByATitleAndASurnameTheArticleGivesInFullIsTheirs()
    {
        var text = "Health Minister Okafor: Every Clinic Will Stay Open\n\nNo rural clinic will close this year, according to Health Minister "
                 + "Grace Okafor, who spoke at a conference in Kano.";
        Assert.That(Sentence(text, "Health Minister Okafor:").Attribution?.Speaker.Name, Does.Contain("Okafor"));
        Assert.That(Sentence(text, "Health Minister Okafor:").Tags.Has(FramingTag.OfficialStatement), Is.True);
    }

    [Test]
    public void AHeadlineWhoseWordsBeforeTheColonNameNobodyKnownHasNoSpeaker()
    {
        var text = "Council Advisers Gloomy: Budget 'Will Not Balance'\n\nThe council's advisers met on Monday to review the budget.";
        Assert.That(Sentence(text, "Council Advisers Gloomy").Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [TestCase("The BBC's Ana Rivas in Moscow said the vote marked a change of tack.")]
    [TestCase("The BBC's Ana Rivas in Chiang Mai says the market reopened quietly at dawn.")]
    public void ACorrespondentInACityIsTheSpeakerNotTheCity(string text)
    {
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Name, Does.Contain("Ana Rivas"));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void APersonDeclaredTheWinnerIsNotTheOneWhoDeclares() =>
        Assert.That(Only("Opposition leader Ion Marin has been declared president after a close second round.").Tags.Has(FramingTag.OfficialStatement), Is.False);

    [TestCase("Government scientists have declared last summer the driest on record.", "Government scientists")]
    [TestCase("In October the Federal Security Bureau (FSB) said it had detained the journalist.", "Federal Security Bureau")]
    [TestCase("Four chief constables have released details of the merged forces.", "chief constables")]
    [TestCase("The president later admonished the rebels on Twitter.", "president")]
    public void AStatesScientistsSecurityServiceAndPublishedDetailsSpeakOfficially(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("St Aldric's Hospital, in east Leeds, which has 900 beds, said it would close a ward to cut its debts.", "St Aldric's Hospital")]
    [TestCase("The housing minister made it clear that the scheme would not be extended.", "housing minister")]
    [TestCase("A day after the vote, Senator Ruth Alder also weighed in.", "Ruth Alder")]
    [TestCase("Home Secretary Tom Reyes also highlighted a 12% fall in the number of claims.", "Tom Reyes")]
    [TestCase("Xinhua said on Monday that the new rail link had passed its final safety checks.", "Xinhua")]
    public void MoreWaysAnOfficialBodySpeaks(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [Test]
    public void ATakeoverBidTurnedDownIsADecisionNotAStatement() =>
        Assert.That(Only("Directors at the steel maker have rejected a 9bn euro takeover bid from a rival.").Tags.Has(FramingTag.OfficialStatement), Is.False);

    [TestCase("The result makes it harder to restart talks with Kastelia, say analysts.", "analysts")]
    [TestCase("Inflation will stay high in Drevnia, said economists at the bank.", "economists at the bank")]
    [TestCase("Talks are close to collapse in Ravel, warned campaigners.", "campaigners")]
    public void ASpeakerAfterAnInvertedVerbThatClosesTheSentenceSpeaksNotTheNameBeforeTheComma(string text, string speaker)
    {
        AssertSpeakerName(text, speaker);
        Assert.That(Only(text).Tags.Has(FramingTag.OfficialStatement), Is.False, text);
    }

    [Test]
    public void ANameBeforeAnInvertedVerbToldToAnAudienceStillSpeaks() =>
        // "told reporters" names the audience, not an inverted speaker.
        AssertOfficialSpeaker("The bridge will reopen on Monday, Mayor Ana Costa told reporters.", "Ana Costa");

    [TestCase("Procter & Gamble reported earnings this week that beat forecasts.", "Procter & Gamble")]
    [TestCase("Marks & Spencer said sales fell by 3% in the quarter.", "Marks & Spencer")]
    [TestCase("A spokesman for Johnson & Johnson said the company would appeal.", "Johnson & Johnson")]
    public void ANameJoinedByAnAmpersandIsOneCompanySpeakingFormally(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("The school district, located in Marlow County, says it is investigating the complaint.", "school district")]
    [TestCase("The water district, based in Fenwick, said supplies were safe.", "water district")]
    public void APlaceSetOffAfterTheSubjectIsNotTheSpeaker(string text, string speaker) => AssertOfficialSpeaker(text, speaker);

    [TestCase("Users on social media said the footage had been edited.")]
    [TestCase("Parents on local media said the buses had been late all term.")]
    public void PeopleOnSocialMediaSpeakForNoBody(string text)
    {
        Assert.That(Only(text).Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official), text);
        AssertNoOfficialStatement(text);
    }

    [Test]
    public void TheMainClausesSpeakerOwnsASentenceOpenedByASubordinateClause()
    {
        // The verb in "After …," is the earlier speaker's; the reply is the sentence's, and a later "she" goes to its speaker.
        var text = "Activist stands by remarks\n\nAfter presenter Laura Brent pressed her twice, Nadia Kesler replied, \"No, I will not.\"\n\n\"To be very clear,\" she said, \"those are not my words.\"";
        Assert.That(SpeakerNameOf(text, "After presenter"), Is.EqualTo("Nadia Kesler"));
        Assert.That(SpeakerNameOf(text, "\"To be very clear"), Is.EqualTo("Nadia Kesler"));
    }

    [Test]
    public void AnOfficeHoldersSurnameGivenToAnotherPersonIsThatPersonsAlone()
    {
        // "McCain" is an office holder in the gazetteer; once the article names a television host "Meghan McCain", the
        // surname alone is hers, and she holds no office.
        var text = "Panel clash\n\nCohost Meghan McCain read out the remarks on air.\n\n\"Do you condemn them?\" McCain asked.";
        var s = Sentence(text, "\"Do you condemn");
        Assert.That(s.Attribution?.Speaker.Type, Is.Not.EqualTo(SourceType.Official));
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.False);
    }

    [Test]
    public void AKnownOfficeHoldersFullNameBeforeACapitalisedAppositiveIsTheName() =>
        AssertOfficialSpeaker("An angry Chuck Grassley, Iowa Republican and head of the Senate Judiciary Committee, said the fix was in.", "Chuck Grassley");

    [TestCase("At least 12 people were killed in the market, Houthi rebels said.", "Houthi rebels", true)]
    [TestCase("The protesters said the police had blocked both bridges.", "protesters", false)]
    [TestCase("Local militias said the road to the border was open again.", "Local militias", false)]
    public void APluralGroupNounInLowerCaseHeadsASpeakerPhrase(string text, string speaker, bool official)
    {
        // An armed movement that speaks for itself is official (the eighteenth session's decision); a crowd is not.
        var s = Only(text);
        Assert.That(s.Attribution?.Speaker.Name, Is.EqualTo(speaker), text);
        Assert.That(s.Tags.Has(FramingTag.OfficialStatement), Is.EqualTo(official), text);
    }
}
