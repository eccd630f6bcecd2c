using System.Text;
using Framing.Analysis;
using Framing.Attribution;
using Framing.Rules;
using Framing.Text;

namespace Framing.Features;

/// <summary>
/// Turns the rules stage's view of an article into one fixed-length feature row per sentence: cue counts,
/// rule scores, the resolved speaker and its source type, quotation continuation, the neighbours' cues and
/// speakers, the distance to the last attribution, and position in the article. One code path serves
/// training and prediction. <see cref="Names"/> lists the slots; <see cref="SchemaHash"/> identifies them.
/// </summary>
internal static class SentenceFeaturizer
{
    private static readonly Signal[] AllSignals = Enum.GetValues<Signal>();
    private static readonly SourceType[] AllTypes = Enum.GetValues<SourceType>();
    private static readonly SpeakerResolution[] AllResolutions = Enum.GetValues<SpeakerResolution>();

    /// <summary>The feature names, in slot order.</summary>
    public static readonly IReadOnlyList<string> Names = BuildNames();

    /// <summary>Number of slots.</summary>
    public static int Count => Names.Count;

    /// <summary>SHA-256 of the slot names: a model trained on other slots is refused.</summary>
    public static readonly string SchemaHash = Convert.ToHexStringLower(Framing.Internal.Sha256.HashData(Encoding.UTF8.GetBytes("v1\n" + string.Join("\n", Names))));

    private static List<string> BuildNames()
    {
        var n = new List<string>();
        foreach (var s in AllSignals) n.Add("count." + SignalNames.ToName(s));
        foreach (var s in AllSignals) n.Add("quoted." + SignalNames.ToName(s));
        foreach (var t in FramingTagNames.All) n.Add("rule_score." + t.ToName());
        n.Add("attr.present"); n.Add("attr.cue_here"); n.Add("attr.in_quotation"); n.Add("attr.via"); n.Add("attr.speaker_here");
        foreach (var r in AllResolutions) n.Add("attr.resolution." + r.ToString().ToLowerInvariant());
        foreach (var t in AllTypes) n.Add("attr.type." + t.ToString().ToLowerInvariant());
        foreach (var side in new[] { "prev", "next" })
        {
            n.Add(side + ".attr.present");
            foreach (var t in AllTypes) n.Add(side + ".attr.type." + t.ToString().ToLowerInvariant());
            foreach (var t in FramingTagNames.All) n.Add(side + ".rule_score." + t.ToName());
            n.Add(side + ".quoted_share");
            n.Add(side + ".same_paragraph");
        }
        n.Add("last_attr.distance");
        n.Add("last_attr.same_paragraph");
        foreach (var t in AllTypes) n.Add("last_attr.type." + t.ToString().ToLowerInvariant());
        n.Add("pos.headline"); n.Add("pos.first_sentence"); n.Add("pos.relative"); n.Add("pos.paragraph_relative");
        n.Add("pos.first_in_paragraph"); n.Add("pos.last_in_paragraph"); n.Add("pos.paragraph_size");
        n.Add("shape.tokens"); n.Add("shape.question"); n.Add("shape.exclamation"); n.Add("shape.colon_end");
        n.Add("shape.starts_with_quote"); n.Add("shape.quoted_share"); n.Add("shape.quote_chain_continues");
        n.Add("shape.digits"); n.Add("shape.capitalised"); n.Add("shape.first_person_quoted"); n.Add("shape.first_person_unquoted");
        n.Add("shape.second_person");
        n.Add("combo.perception_first_person"); n.Add("combo.perception_eyewitness_source"); n.Add("combo.official_speaker_with_cue");
        n.Add("combo.eyewitness_speaker_perception"); n.Add("combo.negated_allegation"); n.Add("combo.author_voice_allegation");
        n.Add("combo.former_official"); n.Add("combo.former_official_tenure_account"); n.Add("attr.private_person");
        n.Add("article.sentences"); n.Add("article.official_entities"); n.Add("article.quote_share");
        n.Add("article.reporter_present"); n.Add("article.time_stamped"); n.Add("shape.time_stamp");
        n.Add("shape.past_verbs"); n.Add("shape.present_verbs");
        return n;
    }

    /// <summary>
    /// The dense slots that read the named signals' cues or rule scores ("allegation": <c>count.allegation</c>,
    /// <c>quoted.allegation</c>, <c>rule_score.allegation</c> and its previous and next sentence's, and the combinations
    /// ending in <c>_allegation</c>).
    /// </summary>
    public static int[] SlotsOf(IReadOnlyCollection<string> signals)
    {
        if (signals.Count == 0) return [];
        var slots = new List<int>();
        for (int k = 0; k < Names.Count; k++)
            foreach (var sig in signals)
                if (Names[k].EndsWith("." + sig, StringComparison.Ordinal) || Names[k].EndsWith("_" + sig, StringComparison.Ordinal)) { slots.Add(k); break; }
        return slots.ToArray();
    }

    /// <summary>One row per sentence of the article.</summary>
    public static float[][] Featurize(ArticleState state)
    {
        int n = state.Doc.SentenceArray.Length;
        var flat = new float[n * Count];
        FeaturizeInto(state, flat);
        var rows = new float[n][];
        for (int i = 0; i < n; i++) rows[i] = flat.AsSpan(i * Count, Count).ToArray();
        return rows;
    }

    /// <summary>
    /// Writes sentence i's row at <c>rows[i × Count ..]</c> (prediction rents this buffer, so analysis allocates no
    /// row per sentence). <paramref name="rows"/> must hold at least sentences × <see cref="Count"/> zeros.
    /// </summary>
    public static void FeaturizeInto(ArticleState state, Span<float> rows)
    {
        var doc = state.Doc;
        var ctx = state.Context;
        int n = doc.SentenceArray.Length;
        var quoted = new double[n];
        for (int i = 0; i < n; i++) quoted[i] = ctx.QuotedShare(doc.SentenceArray[i]);
        int paragraphs = Math.Max(1, doc.ParagraphArray.Length);
        // Sentences a paragraph holds, counted once: reading a paragraph's sentences again for each of them was quadratic
        // in a paragraph of many sentences (a hostile input of 60,000 one-line sentences in one paragraph).
        var paragraphSizes = new int[paragraphs + 1];
        foreach (var sentence in doc.SentenceArray)
            if ((uint)sentence.Paragraph < (uint)paragraphSizes.Length) paragraphSizes[sentence.Paragraph]++;
        int officialEntities = state.Entities.Entities.Count(e => e.Type == SourceType.Official);
        double articleQuoteShare = n == 0 ? 0 : quoted.Average();
        // The reporter at the scene: sentences in the author's voice (or "our correspondent") with a first-hand cue.
        // In such an article the author's unattributed narration is the reporter's observation (taxonomy); a liveblog's
        // time-stamped entries ("18:05 The square is full.") are the same register.
        int reporterPresent = 0, timeStamped = 0;
        for (int i = 0; i < n; i++)
        {
            if (ReporterPresent(state, i)) reporterPresent++;
            if (StartsWithTime(doc, doc.SentenceArray[i])) timeStamped++;
        }
        int lastAttr = -100;
        // One pair of count arrays for the article, cleared per sentence.
        var counts = new int[AllSignals.Length];
        var quotedCounts = new int[AllSignals.Length];
        for (int i = 0; i < n; i++)
        {
            var s = doc.SentenceArray[i];
            var f = rows.Slice(i * Count, Count);
            f.Clear();
            int k = 0;
            Array.Clear(counts);
            Array.Clear(quotedCounts);
            foreach (ref readonly var m in ctx.MatchesOf(i))
            {
                counts[(int)m.Rule.Signal]++;
                if (ctx.InsideQuote[m.FirstToken]) quotedCounts[(int)m.Rule.Signal]++;
            }
            for (int j = 0; j < counts.Length; j++) f[k++] = Math.Min(counts[j], 4);
            for (int j = 0; j < counts.Length; j++) f[k++] = Math.Min(quotedCounts[j], 4);
            for (int t = 0; t < 4; t++) f[k++] = (float)state.RuleScore(i, t).Score;

            var a = state.Attributions[i];
            f[k++] = a is null ? 0 : 1;
            f[k++] = a is not null && s.Span.Contains(a.Cue) ? 1 : 0;
            f[k++] = a?.InQuotation == true ? 1 : 0;
            f[k++] = a?.Speaker.Via is null ? 0 : 1;
            f[k++] = a is not null && a.Speaker.Span.Length > 0 && s.Span.Contains(a.Speaker.Span) ? 1 : 0;
            foreach (var r in AllResolutions) f[k++] = a?.Speaker.Resolution == r ? 1 : 0;
            foreach (var t in AllTypes) f[k++] = a?.Speaker.Type == t ? 1 : 0;

            for (int side = 0; side < 2; side++)
            {
                int j = side == 0 ? i - 1 : i + 1;
                bool ok = j >= 0 && j < n;
                var aj = ok ? state.Attributions[j] : null;
                f[k++] = aj is null ? 0 : 1;
                foreach (var t in AllTypes) f[k++] = aj?.Speaker.Type == t ? 1 : 0;
                for (int t = 0; t < 4; t++) f[k++] = ok ? (float)state.RuleScore(j, t).Score : 0;
                f[k++] = ok ? (float)quoted[j] : 0;
                f[k++] = ok && doc.SentenceArray[j].Paragraph == s.Paragraph ? 1 : 0;
            }

            var last = lastAttr >= 0 ? state.Attributions[lastAttr] : null;
            f[k++] = Math.Min(i - lastAttr, 6) / 6f;
            f[k++] = lastAttr >= 0 && doc.SentenceArray[lastAttr].Paragraph == s.Paragraph ? 1 : 0;
            foreach (var t in AllTypes) f[k++] = last?.Speaker.Type == t ? 1 : 0;
            if (a is not null) lastAttr = i;

            bool firstInPara = i == 0 || doc.SentenceArray[i - 1].Paragraph != s.Paragraph;
            bool lastInPara = i == n - 1 || doc.SentenceArray[i + 1].Paragraph != s.Paragraph;
            int paraSize = (uint)s.Paragraph < (uint)paragraphSizes.Length ? paragraphSizes[s.Paragraph] : 1;
            f[k++] = s.IsHeadline ? 1 : 0;
            f[k++] = i == 0 || (i == 1 && doc.SentenceArray[0].IsHeadline) ? 1 : 0;
            f[k++] = n <= 1 ? 0 : (float)i / (n - 1);
            f[k++] = (float)s.Paragraph / paragraphs;
            f[k++] = firstInPara ? 1 : 0;
            f[k++] = lastInPara ? 1 : 0;
            f[k++] = Math.Min(paraSize, 6) / 6f;

            var text = doc.Text.AsSpan(s.Span.Start, s.Span.Length);
            var tokens = doc.TokensOf(s);
            int digits = 0, caps = 0, words = 0, fpQuoted = 0, fpOut = 0, second = 0, past = 0, present = 0;
            for (int t = 0; t < tokens.Length; t++)
            {
                var tok = tokens[t];
                if (tok.Kind == TokenKind.Number) digits++;
                if (tok.Kind != TokenKind.Word) continue;
                words++;
                var w = doc.Text.AsSpan(tok.Span.Start, tok.Span.Length);
                if (char.IsUpper(w[0])) caps++;
                bool fp = w is "I" or "we" or "We" or "my" or "My" or "our" or "Our" or "me" or "us" || w.StartsWith("I'") || w.StartsWith("I’");
                if (fp) { if (ctx.InsideQuote[s.FirstToken + t]) fpQuoted++; else fpOut++; }
                if (w.Equals("you", StringComparison.OrdinalIgnoreCase) || w.Equals("your", StringComparison.OrdinalIgnoreCase)) second++;
                switch (VerbTense.Of(w))
                {
                    case Tense.Past: past++; break;
                    case Tense.Present: present++; break;
                }
            }
            char lastChar = text.Length > 0 ? text[^1] : ' ';
            f[k++] = Math.Min(tokens.Length, 80) / 80f;
            f[k++] = text.Contains('?') ? 1 : 0;
            f[k++] = text.Contains('!') ? 1 : 0;
            f[k++] = lastChar == ':' ? 1 : 0;
            f[k++] = text.Length > 0 && CharClass.DoubleQuotes.Contains(text[0]) ? 1 : 0;
            f[k++] = (float)quoted[i];
            f[k++] = quoted[i] >= 0.5 && a?.Speaker.Resolution == SpeakerResolution.QuotationContinued ? 1 : 0;
            f[k++] = words == 0 ? 0 : Math.Min(1f, (float)digits / words);
            f[k++] = words == 0 ? 0 : (float)caps / words;
            f[k++] = Math.Min(fpQuoted, 4);
            f[k++] = Math.Min(fpOut, 4);
            f[k++] = Math.Min(second, 4);

            bool perception = counts[(int)Signal.PerceptionVerb] > 0;
            f[k++] = perception && counts[(int)Signal.FirstPerson] > 0 ? 1 : 0;
            f[k++] = perception && counts[(int)Signal.EyewitnessSource] > 0 ? 1 : 0;
            f[k++] = a?.Speaker.Type == SourceType.Official && s.Span.Contains(a.Cue) ? 1 : 0;
            f[k++] = a?.Speaker.Type == SourceType.Eyewitness && perception ? 1 : 0;
            f[k++] = counts[(int)Signal.Negation] > 0 && counts[(int)Signal.Allegation] > 0 ? 1 : 0;
            f[k++] = a is null && counts[(int)Signal.Allegation] > 0 ? 1 : 0;
            f[k++] = a?.Speaker.FormerOfficial == true ? 1 : 0;
            f[k++] = a?.Speaker.FormerOfficial == true && PastAccount.QuotedFirstPersonPast(ctx, s) ? 1 : 0;
            f[k++] = a is not null && (RoleWords.NamesPrivatePerson(a.Speaker.Text) || RoleWords.NamesPrivatePerson(a.Speaker.Role)) ? 1 : 0;

            f[k++] = Math.Min(n, 60) / 60f;
            f[k++] = Math.Min(officialEntities, 10) / 10f;
            f[k++] = (float)articleQuoteShare;
            f[k++] = Math.Min(reporterPresent, 4) / 4f;
            f[k++] = n == 0 ? 0 : (float)timeStamped / n;
            f[k++] = StartsWithTime(doc, s) ? 1 : 0;
            f[k++] = Math.Min(past, 4) / 4f;
            f[k++] = Math.Min(present, 4) / 4f;
        }
    }

    /// <summary>A first-hand cue outside quotation marks, in the author's voice or a reporter's ("our correspondent saw").</summary>
    private static bool ReporterPresent(ArticleState state, int i)
    {
        var ctx = state.Context;
        bool cue = false;
        foreach (ref readonly var m in ctx.MatchesOf(i))
            if (m.Rule.Signal == Signal.EyewitnessReport && !ctx.InsideQuote[m.FirstToken]) { cue = true; break; }
        if (!cue) return false;
        var sp = state.Attributions[i]?.Speaker;
        return sp is null || sp.Name == "the author" || RoleWords.NamesReporter(sp.Text);
    }

    /// <summary>True when the sentence opens with a clock time, as a liveblog entry does ("18:05", "7.21pm", "2.40pm").</summary>
    private static bool StartsWithTime(Document doc, Sentence s)
    {
        var text = doc.Text.AsSpan(s.Span.Start, Math.Min(s.Span.Length, 8));
        int d = 0;
        while (d < text.Length && char.IsAsciiDigit(text[d])) d++;
        if (d is < 1 or > 2 || d + 2 >= text.Length || text[d] is not (':' or '.')) return false;
        return char.IsAsciiDigit(text[d + 1]) && char.IsAsciiDigit(text[d + 2]);
    }
}
