using Framing.Attribution;
using Framing.Rules;
using Framing.Text;

namespace Framing.Analysis;

/// <summary>
/// The rules-only decision for each tag: evidence from rules that signal the tag directly, plus the
/// sentence's attribution (an official speaker gives official_statement, an eyewitness speaker gives
/// eyewitness_report, an anonymous or vague source gives hedge). Weights combine as independent
/// evidence: score = 1 − Π(1 − wᵢ). A tag is assigned at score ≥ 0.5.
/// </summary>
internal static class RuleScorer
{
    public const double Threshold = 0.5;

    /// <summary>Weight of speaker evidence by how the speaker was found.</summary>
    private static double SpeakerWeight(SpeakerResolution r) => r switch
    {
        SpeakerResolution.Explicit => 0.9,
        SpeakerResolution.Alias => 0.85,
        SpeakerResolution.Pronoun => 0.8,
        _ => 0.75,
    };

    // Evidence source names, made once: "attribution:official", "quotation:eyewitness", …
    private static readonly string[] AttributionSources = SourceNames("attribution:"), QuotationSources = SourceNames("quotation:");

    private static string[] SourceNames(string prefix) =>
        Enum.GetValues<SourceType>().OrderBy(t => (int)t).Select(t => prefix + t.ToString().ToLowerInvariant()).ToArray();

    /// <summary>The evidence source and weight of <see cref="ProsecutionCase"/>: alone, enough to tag the sentence.</summary>
    private const string ProsecutionCaseSource = "attribution:prosecution-case";
    private const double ProsecutionCaseWeight = 0.75;

    /// <summary>Where an attribution's evidence points: its cue, else its speaker, else the sentence's start.</summary>
    private static TextSpan AttributionSpan(Sentence sentence, SentenceAttribution a) =>
        sentence.Span.Contains(a.Cue) ? a.Cue
        : a.Speaker.Span.Length > 0 && sentence.Span.Contains(a.Speaker.Span) ? a.Speaker.Span
        : new TextSpan(sentence.Span.Start, 0);

    /// <summary>Scores one sentence into <paramref name="result"/>: one (score, evidence) pair per tag, in tag order.</summary>
    public static void Score(ArticleContext ctx, Sentence sentence, SentenceAttribution? attribution, Span<(double Score, IReadOnlyList<Evidence> Evidence)> result)
    {
        // Most sentences have no evidence for most tags: lists are made only when needed, and their holder lives on the stack.
        var lists = new EvidenceLists();
        foreach (ref readonly var m in ctx.MatchesOf(sentence.Index))
        {
            if (!SignalNames.IsTag(m.Rule.Signal)) continue;
            (lists[(int)m.Rule.Signal] ??= []).Add(new Evidence(m.Rule.Id, m.Rule.Signal, m.Span, ShortStrings.Of(ctx.Doc.Text, m.Span.Start, m.Span.Length), m.Rule.Weight));
        }
        if (attribution is { } a)
        {
            var sp = a.Speaker;
            var source = (a.Speaker.Resolution == SpeakerResolution.QuotationContinued ? QuotationSources : AttributionSources)[(int)sp.Type];
            var tag = sp.Type switch
            {
                SourceType.Official => (Signal?)Signal.OfficialStatement,
                // A witness's quoted opinion ("You can build a supermarket anywhere") is not an account of the scene: a
                // quotation counts when it tells the past or what was seen or heard.
                SourceType.Eyewitness when !a.InQuotation || PastAccount.QuotedPast(ctx, sentence) || ctx.Has(sentence, Signal.PerceptionVerb) => Signal.EyewitnessReport,
                // A vague source hedges the sentence that names it ("Tory sources say"), not later sentences that
                // carry it by pronoun ("They said they would press Labour").
                SourceType.Anonymous when sp.Resolution is SpeakerResolution.Explicit or SpeakerResolution.Alias => Signal.Hedge,
                _ => null,
            };
            // The taxonomy's exception for a former official: about their own time in office they speak officially. A
            // quoted first-person account in the past tense ("I signed the decree at ten past five") is taken as that.
            if (tag is null && sp.FormerOfficial && a.InQuotation && PastAccount.QuotedFirstPersonPast(ctx, sentence))
            {
                tag = Signal.OfficialStatement;
                source = "attribution:former-official-on-own-tenure";
            }
            if (tag is { } tg)
            {
                double w = tg == Signal.Hedge ? 0.7 : SpeakerWeight(sp.Resolution);
                var span = AttributionSpan(sentence, a);
                (lists[(int)tg] ??= []).Add(new Evidence(source, tg, span, ShortStrings.Of(ctx.Doc.Text, span.Start, span.Length), w));
            }
            // What a prosecutor tells a trial the defendant did is a charge not yet tested.
            if (ProsecutionCase.States(ctx, sentence, a))
            {
                var span = AttributionSpan(sentence, a);
                (lists[(int)Signal.Allegation] ??= []).Add(new Evidence(ProsecutionCaseSource, Signal.Allegation, span,
                    ShortStrings.Of(ctx.Doc.Text, span.Start, span.Length), ProsecutionCaseWeight));
            }
        }
        for (int t = 0; t < 4; t++)
        {
            double keep = 1;
            if (lists[t] is { } list) foreach (var e in list) keep *= 1 - e.Weight;
            result[t] = (1 - keep, (IReadOnlyList<Evidence>?)lists[t] ?? []);
        }
    }

    /// <summary>One evidence list slot per tag, held inline (no array per sentence).</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct EvidenceLists
    {
        private List<Evidence>? _first;
    }
}
