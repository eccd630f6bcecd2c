using Framing.Rules;
using Framing.Attribution;
using Framing.Model;

namespace Framing.Analysis;

/// <summary>
/// Turns rule scores and (optionally) model probabilities into tag decisions.
/// Rules only: a tag is assigned when its rule score is at least 0.5.
/// With a model: the final score blends the model's calibrated probability (the model sees every rule,
/// speaker and context feature of the sentence and its neighbours) with the rule score,
/// w × model + (1 − w) × rules, and the tag is assigned when it reaches the tag's threshold (both w and
/// the thresholds are stored in the model; thresholds are chosen on the dev split). The rule evidence is
/// attached either way, and a note explains any disagreement between rules, model and speaker type.
/// </summary>
internal static class Combiner
{
    private static readonly TagDecision[] NoEvidence = FramingTagNames.All
        .Select(t => new TagDecision(t, false, 0, 0, null, RuleScorer.Threshold, [], null)).ToArray();

    public static ArticleAnalysis Combine(ArticleState state, float[][]? probabilities, TagModel? model)
    {
        var doc = state.Doc;
        int n = doc.SentenceArray.Length;
        var allTags = new FramingTags[n];
        var allDecisions = new TagDecision[n][];
        for (int i = 0; i < n; i++)
        {
            var s = doc.SentenceArray[i];
            var attribution = state.Attributions[i];
            var decisions = new TagDecision[4];
            var tags = FramingTags.None;
            for (int t = 0; t < 4; t++)
            {
                var tag = (FramingTag)t;
                var (ruleScore, evidence) = state.RuleScore(i, t);
                bool ruleSays = ruleScore >= RuleScorer.Threshold;
                double? modelScore = probabilities?[i][t];
                double threshold = model?.Manifest.Thresholds[t] ?? RuleScorer.Threshold;
                double? blended = modelScore is { } mp ? ScoreBlend.Of(t, model!.Manifest.BlendWeights[t], mp, ruleScore, model.Manifest.KeepsRules(t)) : null;
                bool assigned = blended is { } p ? p >= threshold : ruleSays;
                string? note = null;
                if (modelScore is not null && assigned != ruleSays)
                    note = assigned ? (evidence.Count == 0 ? "model only: no rule fired; the model's context features decided" : "model assigned the tag although the rule score is below 0.5")
                                    : "rules fired but the model's probability is below its threshold";
                if (assigned) note = SpeakerNote(tag, attribution) ?? note;
                // The taxonomy defines official_statement by its source: a sentence whose own cue names a media,
                // expert, eyewitness or anonymous speaker, or a former office holder, is not official unless a rule says so.
                if (assigned && !ruleSays && tag == FramingTag.OfficialStatement && attribution is { } at && NotOfficial(at.Speaker))
                {
                    assigned = false;
                    note = $"the model's score reached the threshold, but the speaker '{at.Speaker.Name}' is {WhyNotOfficial(at.Speaker)}, not an official source";
                }
                // The taxonomy: "Not eyewitness: reports by media outlets … about events they did not see themselves (unless
                // the sentence says they saw it)". A quotation an outlet runs is not tagged by the model alone; its own
                // reporter's account ("our correspondent", "an AFP reporter") can be.
                if (assigned && !ruleSays && tag == FramingTag.EyewitnessReport && attribution is { InQuotation: true, Speaker: { Type: SourceType.Media } media }
                    && !RoleWords.NamesReporter(media.Text) && !RoleWords.NamesReporter(media.Role))
                {
                    assigned = false;
                    note = $"the model's score reached the threshold, but the speaker '{media.Name}' is a media outlet reporting, not a witness";
                }
                // The taxonomy: "a question with no claim" is not a hedge. A sentence that asks ("Maybe?", "What could
                // possibly go wrong?") keeps its hedge cues as evidence, but is not tagged. (Decided here, not in the rule
                // score, so the model's features stay as they were trained.)
                if (assigned && tag == FramingTag.Hedge && IsQuestion(state.Context, s))
                {
                    assigned = false;
                    note = "the sentence is a question, which makes no claim to hedge (taxonomy), so its hedge cues do not tag it";
                }
                if (assigned) tags |= tag.ToFlag();
                // Most decisions in rules-only mode are "no evidence, not assigned": one shared immutable instance per tag.
                decisions[t] = !assigned && modelScore is null && ruleScore == 0 && evidence.Count == 0 && note is null && threshold == RuleScorer.Threshold
                    ? NoEvidence[t]
                    : new TagDecision(tag, assigned, blended ?? ruleScore, ruleScore, modelScore, threshold, evidence, note);
            }
            allTags[i] = tags;
            allDecisions[i] = decisions;
        }
        var attributions = WithoutBareOpeners(WitnessesByAccount(state.Attributions, allTags));
        var sentences = new SentenceAnalysis[n];
        for (int i = 0; i < n; i++)
        {
            var s = doc.SentenceArray[i];
            var cues = CueExtractor.Extract(state.Context, s, attributions[i] is not null);
            sentences[i] = new SentenceAnalysis(doc.Text, i, s.Span, s.Paragraph, s.IsHeadline,
                allTags[i], allDecisions[i], attributions[i], cues);
        }
        return new ArticleAnalysis(doc.Text, sentences, doc.Quotations, FramingProfile.Build(sentences), probabilities is null ? "rules" : "rules+model");
    }

    /// <summary>
    /// The taxonomy's witnesses are people who tell what they saw or went through: a speaker with no other source
    /// type ("Bogdan Ilic, who was hauling steel") whose account is tagged eyewitness_report in any of their sentences
    /// is an eyewitness source in all of them. The rules stage does this from cues (<c>SpeakerResolver.UpgradeWitnesses</c>);
    /// this pass does it from the final tags, which the model may have decided. Tags are already decided here; only the
    /// reported source type changes.
    /// </summary>
    private static SentenceAttribution?[] WitnessesByAccount(SentenceAttribution?[] attributions, FramingTags[] tags)
    {
        HashSet<string>? witnesses = null;
        for (int i = 0; i < attributions.Length; i++)
            if (attributions[i] is { Speaker: var sp } && SpeakerResolver.CanBecomeWitness(sp) && (tags[i] & FramingTags.EyewitnessReport) != 0)
                (witnesses ??= new HashSet<string>(StringComparer.Ordinal)).Add(sp.Name);
        if (witnesses is null) return attributions;
        var result = (SentenceAttribution?[])attributions.Clone();
        SpeakerResolver.Retype(result, witnesses, SourceType.Eyewitness);
        return result;
    }

    /// <summary>
    /// A speaker phrase cut down to its opening word ("The group was urging …, alleging", "An estimated 370 of the posts")
    /// names nobody. The speaker stage keeps it, so that the sentence does not go to an earlier speaker and the rules and
    /// the model read the sentence as they were trained to, but the analysis does not report a speaker called "The".
    /// </summary>
    private static SentenceAttribution?[] WithoutBareOpeners(SentenceAttribution?[] attributions)
    {
        SentenceAttribution?[]? result = null;
        for (int i = 0; i < attributions.Length; i++)
            if (attributions[i] is { Speaker.Name: var name } && name.IndexOf(' ') < 0
                && (SpeakerWords.PhraseOpeners.Contains(name) || name.Equals("another", StringComparison.OrdinalIgnoreCase)))
                (result ??= (SentenceAttribution?[])attributions.Clone())[i] = null;
        return result ?? attributions;
    }

    /// <summary>True when the sentence ends with a question mark (closing quotation marks and brackets aside).</summary>
    private static bool IsQuestion(ArticleContext ctx, Text.Sentence sentence)
    {
        for (int t = sentence.FirstToken + sentence.TokenCount - 1; t >= sentence.FirstToken; t--)
        {
            if (ctx.IsQuoteMark(t) || ctx.IsPunct(t, ')') || ctx.IsPunct(t, ']')) continue;
            return ctx.IsPunct(t, '?');
        }
        return false;
    }

    /// <summary>
    /// A speaker the sentence itself names as not official: media, expert, eyewitness, anonymous, a former office holder,
    /// or a person speaking for themselves ("Novelist Harriet Ambrose", "a delivery driver").
    /// </summary>
    private static bool NotOfficial(Speaker sp) =>
        (sp.Resolution is SpeakerResolution.Explicit or SpeakerResolution.Alias
         || (sp.Resolution == SpeakerResolution.QuotationContinued && sp.Type == SourceType.Media))
        && (sp.Type is SourceType.Media or SourceType.Expert or SourceType.Eyewitness or SourceType.Anonymous
            || (sp.Type == SourceType.Other && (IsFormer(sp) || RoleWords.NamesPrivatePerson(sp.Role) || RoleWords.NamesPrivatePerson(sp.Text))));

    private static string WhyNotOfficial(Speaker sp) => sp.Type != SourceType.Other ? sp.Type.ToString().ToLowerInvariant()
        : IsFormer(sp) ? "a former office holder" : "a person speaking for themselves";

    /// <summary>A speaker flagged as a former office holder, or whose role or words say so.</summary>
    private static bool IsFormer(Speaker sp) => sp.FormerOfficial || RoleWords.SaysFormer(sp.Role) || RoleWords.SaysFormer(sp.Text);

    /// <summary>Why an official_statement or eyewitness_report disagrees with the speaker's source type, if it does.</summary>
    private static string? SpeakerNote(FramingTag tag, SentenceAttribution? a)
    {
        if (tag == FramingTag.OfficialStatement)
        {
            if (a is null) return "no attribution found in or around the sentence; tagged from its cues";
            if (a.Speaker.Type != SourceType.Official) return $"speaker '{a.Speaker.Name}' was classed {a.Speaker.Type.ToString().ToLowerInvariant()}, but the sentence's cues indicate an official source";
        }
        if (tag == FramingTag.EyewitnessReport && a is not null && a.Speaker.Type is not (SourceType.Eyewitness or SourceType.Other))
            return $"speaker '{a.Speaker.Name}' was classed {a.Speaker.Type.ToString().ToLowerInvariant()}, but the sentence reports first-hand perception";
        return null;
    }
}
