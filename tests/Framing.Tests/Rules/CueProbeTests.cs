using System.Text.Json;
using Framing.Analysis;

namespace Framing.Tests.Rules;

/// <summary>
/// The tag cues against project-written sentences that use their words both in other senses and in the tag's sense
/// (Data/*-cue-probe*.jsonl, written for these tests): "sold out within four hours", "silenced the away fans", "the
/// gene is implicated in regulating sleep" (allegation words); "reopens on 9 May", "may bring one folding chair",
/// "suggested a new bus route" (hedge words); "the third quarter saw a rise", "saw off a challenge" (perception words).
/// A cue that fires on its other senses makes false tags in sport, culture, science and business news, where those
/// senses are common. The rules were tightened against these files, so they are development sets that guard against
/// regressions, not unbiased estimates.
/// </summary>
public class CueProbeTests
{
    private sealed record Probe(string Text, string Expected);

    /// <summary>File, tag, rules only?, other-sense sentences, most that may be tagged, tag-sense sentences, fewest that must be.</summary>
    public static IEnumerable<TestCaseData> Files()
    {
        // The fifth session's allegation families (claims, crimes, pointing information, idioms of blame).
        yield return new TestCaseData("allegation-cue-probe.jsonl", FramingTag.Allegation, true, 60, 9, 30, 24).SetName("AllegationNewFamilies");
        // Accusation verbs, charges, misconduct words and failure to act.
        yield return new TestCaseData("allegation-cue-probe-accusations.jsonl", FramingTag.Allegation, true, 80, 24, 30, 26).SetName("AllegationAccusations");
        // Implied misconduct, insinuation, intent, sarcasm and labels.
        yield return new TestCaseData("allegation-cue-probe-insinuations.jsonl", FramingTag.Allegation, true, 80, 17, 30, 26).SetName("AllegationInsinuations");
        // The vocabulary of partisan accusation (sixth session): tools, fronts, rigged proceedings, manipulation.
        yield return new TestCaseData("allegation-cue-probe-partisan.jsonl", FramingTag.Allegation, true, 40, 2, 20, 18).SetName("AllegationPartisan");
        // Blame without an accusation verb (eighth session): an unnamed insider blamed, name-calling with a charge,
        // "openly" on defiance, withholding by choice, sarcasm and a pinned motive; written before the rules were
        // tightened against it (21 of 40 other-sense uses tagged at first, 3 now: two by older rules).
        yield return new TestCaseData("allegation-cue-probe-blame.jsonl", FramingTag.Allegation, true, 40, 3, 20, 18).SetName("AllegationBlame");
        // Hypothetical accusations and the lack of grounds to accuse (ninth session): "he would be accused of bigotry",
        // "lack the evidence to charge her with bribery", against real charges that use "would" ("managers would falsify
        // the logs"); written before allegation.hypothetical-frame, when 17 of the 20 hypotheticals were tagged. The last
        // two hypotheticals coordinate a second charge ("... or claim that she hid the payments"), which a scope of 8
        // tokens missed and one of 16 reaches.
        yield return new TestCaseData("allegation-cue-probe-hypothetical.jsonl", FramingTag.Allegation, true, 22, 2, 20, 18).SetName("AllegationHypothetical");
        // "Criminal" on a party's conduct against the law's own compounds (ninth session, allegation.criminal-conduct);
        // the three other-sense uses tagged (cleared of criminal conduct, a module on criminal behaviour, a history of
        // criminal gangs) come from older rules.
        yield return new TestCaseData("allegation-cue-probe-criminal.jsonl", FramingTag.Allegation, true, 12, 3, 12, 11).SetName("AllegationCriminal");
        // The thirteenth session's families: denials that name the offence, courts that "have heard" and the headline
        // "…, court hears", the tabloid's "fumed", "quietly" on an act that takes from or shuts out a party, a claim that
        // "the" party knew, hid or held back, and a party that "had been warned"; written before the rules were tightened
        // against it (9 of the first 20 other-sense uses tagged at first: "a fumed oak table", "the sea seethed", "quietly
        // buried his dog"; then 1 of the next 10, "the brothers claim their grandfather knew Churchill"; none now).
        yield return new TestCaseData("allegation-cue-probe-court.jsonl", FramingTag.Allegation, true, 30, 1, 20, 19).SetName("AllegationCourtsQuietActsClaimsWarnings");
        // Modals, epistemic verbs and adverbs in their other senses (permission, the month of May, proposals, titles).
        yield return new TestCaseData("hedge-cue-probe.jsonl", FramingTag.Hedge, true, 80, 21, 30, 27).SetName("Hedge");
        // Perception and witness words in other senses; eyewitness_report is decided by the model, so the shipped
        // analyzer is used, with room for retraining.
        yield return new TestCaseData("eyewitness-cue-probe.jsonl", FramingTag.EyewitnessReport, false, 80, 5, 30, 22).SetName("Eyewitness");
        // Verbs of saying from people who are not official sources (analysts, critics, athletes, residents, former
        // ministers, outlets) against official statements in many forms; the shipped analyzer, whose model weighs in.
        yield return new TestCaseData("official-speaker-probe.jsonl", FramingTag.OfficialStatement, false, 80, 7, 30, 27).SetName("OfficialSpeakers");
    }

    private static readonly Lazy<FramingAnalyzer> RulesOnly = new(() => FramingAnalyzer.Create(new AnalyzerOptions { RulesOnly = true }));
    private static readonly Lazy<FramingAnalyzer> Shipped = new(FramingAnalyzer.CreateDefault);

    private static List<Probe> Read(string file)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return File.ReadLines(Framing.Tests.Support.Repo.Data(file)).Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<Probe>(l, options)!).ToList();
    }

    [TestCaseSource(nameof(Files))]
    public void OtherSensesRarelyFireAndTheTagSenseDoes(string file, FramingTag tag, bool rulesOnly, int otherCount, int maxOtherTagged, int tagCount, int minTagFound)
    {
        var analyzer = (rulesOnly ? RulesOnly : Shipped).Value;
        bool Tagged(string text) => analyzer.Analyze(text).Sentences.Any(s => s.Tags.Has(tag));
        var probes = Read(file);
        var other = probes.Where(p => p.Expected == "none").ToList();
        var inSense = probes.Where(p => p.Expected == tag.ToName()).ToList();
        Assert.That(other, Has.Count.EqualTo(otherCount));
        Assert.That(inSense, Has.Count.EqualTo(tagCount));
        var fired = other.Where(p => Tagged(p.Text)).Select(p => p.Text).ToList();
        var missed = inSense.Where(p => !Tagged(p.Text)).Select(p => p.Text).ToList();
        TestContext.Out.WriteLine($"{fired.Count} of {other.Count} other-sense uses tagged {tag.ToName()}:\n  " + string.Join("\n  ", fired));
        TestContext.Out.WriteLine($"{missed.Count} of {inSense.Count} missed:\n  " + string.Join("\n  ", missed));
        Assert.That(fired.Count, Is.LessThanOrEqualTo(maxOtherTagged), "other-sense uses tagged");
        Assert.That(inSense.Count - missed.Count, Is.GreaterThanOrEqualTo(minTagFound), "tag-sense uses found");
    }
}
