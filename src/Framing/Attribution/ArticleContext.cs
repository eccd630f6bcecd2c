using System.Buffers;
using System.Runtime.InteropServices;
using Framing.Internal;
using Framing.Rules;
using Framing.Text;

namespace Framing.Attribution;

/// <summary>
/// Per-article token facts shared by attribution and features: which cue signals cover each token,
/// which tokens are quoted, and token text helpers. Built once per article.
/// </summary>
internal sealed class ArticleContext
{
    /// <param name="doc">The article.</param>
    /// <param name="matches">Its rule matches, ordered by sentence.</param>
    /// <param name="insideQuote">Which tokens lie inside quotations.</param>
    /// <param name="pooled">Rent the per-token arrays (and take <paramref name="insideQuote"/>, rented too) for
    /// <see cref="Release"/> to give back: for an analysis whose results keep none of them.</param>
    public ArticleContext(Document doc, IReadOnlyList<RuleMatch> matches, bool[] insideQuote, bool pooled = false)
    {
        Doc = doc;
        _tokens = doc.TokenArray;
        _text = doc.Text;
        InsideQuote = insideQuote;
        _pooled = pooled;
        if (pooled)
        {
            Signals = ArrayPool<int>.Shared.Rent(Math.Max(1, doc.TokenCount));
            Array.Clear(Signals, 0, doc.TokenCount);
        }
        else Signals = new int[doc.TokenCount];
        // The matcher's own list is kept (it is made for this article and never changed again): no copy.
        _matches = matches as List<RuleMatch> ?? [.. matches];
        _matchStart = new int[doc.SentenceArray.Length + 1];
        // Quotations overlapping each sentence, by a merge over two ordered lists: counted first, then copied into one
        // exact-size array in sentence order (a list per sentence, grown by doubling, cost 14 bytes a character on an
        // article of nothing but quotation marks).
        // When no quotation reaches past its sentence's end and every one lies in a sentence, that array is the
        // document's own quotation array, and is shared instead.
        _quoteStart = new int[doc.SentenceArray.Length + 1];
        bool spansSentences = OverlappingQuotations(doc, null, _quoteStart);
        for (int i = 1; i < _quoteStart.Length; i++) _quoteStart[i] += _quoteStart[i - 1];
        if (!spansSentences && _quoteStart[^1] == doc.QuotationArray.Length) _quotes = doc.QuotationArray;
        else
        {
            _quotes = _quoteStart[^1] == 0 ? [] : new Quotation[_quoteStart[^1]];
            if (_quotes.Length > 0) OverlappingQuotations(doc, _quotes, _quoteStart);
        }
        // Matches come ordered by sentence: each sentence's matches are one run of the array, found by counting.
        int previousSentence = -1, previousFirst = 0;
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(_matches))
        {
            if (m.Rule.Signal == Signal.OfficialSource) NoteOfficeHolderName(m);
            if (!IsOtherPersonsSurname(m))
                for (int t = m.FirstToken; t < m.EndToken; t++) Signals[t] |= 1 << (int)m.Rule.Signal;
            _matchStart[m.Sentence + 1]++;
            if (previousSentence == m.Sentence && m.FirstToken < previousFirst) MatchesOrdered = false;
            LongestMatch = Math.Max(LongestMatch, m.TokenCount);
            (previousSentence, previousFirst) = (m.Sentence, m.FirstToken);
        }
        for (int i = 1; i < _matchStart.Length; i++) _matchStart[i] += _matchStart[i - 1];
    }

    /// <summary>
    /// An office holder's surname from the gazetteer after another given name: "Chris Cuomo" (a television host), "Melania
    /// Trump", "Michelle Obama". The surname alone names the office holder ("Cuomo said"); with another given name it is a
    /// different person, who holds no office by it. A full name the gazetteer lists ("Andrew Cuomo") is its own match.
    /// Once the article has given the surname to such a person, the surname alone is theirs too, unless the article also
    /// names the office holder in full.
    /// </summary>
    public bool IsOtherPersonsSurname(in RuleMatch m)
    {
        if (m.TokenCount != 1 || !IsOfficeHolder(m)) return false;
        var surname = _text.AsSpan(_tokens[m.FirstToken].Span.Start, _tokens[m.FirstToken].Span.Length);
        // "After cohost Meghan McCain listed …, 'Do you condemn them?' McCain asked": once the article has given the
        // surname to another person, the surname alone is theirs (unless it also names the office holder in full).
        if (_otherSurnames is { } others && others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(surname)) return true;
        if (m.FirstToken == 0) return false;
        var before = _tokens[m.FirstToken - 1];
        var given = _text.AsSpan(before.Span.Start, before.Span.Length);
        // "Will Trump sign it?": a modal that opens a question is no given name.
        return before.Kind == TokenKind.Word && char.IsUpper(given[0]) && PersonGender.IsGivenName(given)
            && !given.Equals("Will", StringComparison.Ordinal);
    }

    /// <summary>True when the match is the gazetteer's list of known office holders ("Chuck Grassley", "McCain").</summary>
    internal static bool IsOfficeHolder(in RuleMatch m) => m.Rule.Id.StartsWith("gazetteer.office-holder", StringComparison.Ordinal);

    // Office holders' surnames the article has given to another person ("Meghan McCain"), made when the first is met.
    private HashSet<string>? _otherSurnames;
    // Office holders' surnames the article has used in a full name from the gazetteer ("John McCain").
    private HashSet<string>? _officeHolderSurnames;

    /// <summary>Notes a gazetteer office holder's match: the surname of a full name, or a surname after another given name.</summary>
    private void NoteOfficeHolderName(in RuleMatch m)
    {
        if (!IsOfficeHolder(m)) return;
        var last = _tokens[m.EndToken - 1];
        string surname = _text.Substring(last.Span.Start, last.Span.Length);
        if (m.TokenCount > 1)
        {
            (_officeHolderSurnames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(surname);
            _otherSurnames?.Remove(surname);
        }
        else if (_otherSurnames?.Contains(surname) != true && IsOtherPersonsSurname(m) && _officeHolderSurnames?.Contains(surname) != true)
            (_otherSurnames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(surname);
    }

    private bool _pooled;
    private bool[]? _countryStarts;

    /// <summary>True when each sentence's matches are ordered by first token (as the matcher makes them).</summary>
    public bool MatchesOrdered { get; } = true;

    /// <summary>The most tokens any match of the article covers.</summary>
    public int LongestMatch { get; }

    /// <summary>
    /// The sentence's matches that may cover token <paramref name="t"/> (those starting from the longest match's length
    /// before it), or all of them when they are not ordered; the caller still checks each one's span.
    /// </summary>
    public ReadOnlySpan<RuleMatch> MatchesNear(int sentence, int t) => MatchesFrom(sentence, t - LongestMatch + 1);

    /// <summary>
    /// The sentence's matches that start at or after token <paramref name="start"/>, found by binary search; all of the
    /// sentence's matches when they are not ordered by token.
    /// </summary>
    public ReadOnlySpan<RuleMatch> MatchesFrom(int sentence, int start)
    {
        var all = MatchesOf(sentence);
        return MatchesOrdered ? all[SortedSearch.FirstAtLeast(all, start, static m => m.FirstToken)..] : all;
    }

    /// <summary>
    /// True when a one-word country or capital from the gazetteer matches token <paramref name="t"/>. The tokens are found
    /// once per article: asked of every source word, a scan of the sentence's matches made a sentence of thousands of
    /// them quadratic.
    /// </summary>
    public bool CountryAt(int t)
    {
        if (_countryStarts is null)
        {
            var starts = new bool[Doc.TokenCount];
            foreach (var m in CollectionsMarshal.AsSpan(_matches))
                if (EntityRegistry.IsCountry(m)) starts[m.FirstToken] = true;
            _countryStarts = starts;
        }
        return (uint)t < (uint)_countryStarts.Length && _countryStarts[t];
    }

    /// <summary>Returns the rented per-token arrays to the pool (a pooled context only); the context is unusable afterwards.</summary>
    public void Release()
    {
        if (!_pooled) return;
        _pooled = false;
        ArrayPool<int>.Shared.Return(Signals);
        ArrayPool<bool>.Shared.Return(InsideQuote);
        Signals = [];
        InsideQuote = [];
    }

    public Document Doc { get; }
    public bool[] InsideQuote { get; private set; }
    /// <summary>Bit set of <see cref="Signal"/> values whose matches cover each token.</summary>
    public int[] Signals { get; private set; }
    private readonly List<RuleMatch> _matches;
    private readonly int[] _matchStart;

    /// <summary>The rule matches of one sentence, in position order (a view into the article's match array).</summary>
    public ReadOnlySpan<RuleMatch> MatchesOf(int sentence) =>
        CollectionsMarshal.AsSpan(_matches).Slice(_matchStart[sentence], _matchStart[sentence + 1] - _matchStart[sentence]);

    /// <summary>
    /// The index of the sentence a token belongs to. Sentences partition the tokens in order, so a binary search over
    /// their first tokens finds it (0.3% of rules-only samples); a per-token array cost 4 bytes a token.
    /// </summary>
    public int SentenceOf(int token)
    {
        var sentences = Doc.SentenceArray;
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (sentences[mid].FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    // The quotations overlapping sentence i are _quotes[_quoteStart[i] .. _quoteStart[i + 1]].
    private readonly Quotation[] _quotes;
    private readonly int[] _quoteStart;

    /// <summary>
    /// Walks the quotations overlapping each sentence: without <paramref name="output"/>, counts them into
    /// <paramref name="start"/>[sentence + 1]; with it, copies them to <paramref name="output"/> from each sentence's
    /// start offset. True when some overlapping quotation reaches past its sentence's end (so it may be counted twice).
    /// </summary>
    private static bool OverlappingQuotations(Document doc, Quotation[]? output, int[] start)
    {
        var quotes = doc.QuotationArray;
        int first = 0;
        bool spans = false;
        foreach (var s in doc.SentenceArray)
        {
            while (first < quotes.Length && quotes[first].Span.End <= s.Span.Start) first++;
            int at = output is null ? 0 : start[s.Index];
            for (int q = first; q < quotes.Length && quotes[q].Span.Start < s.Span.End; q++)
            {
                if (!quotes[q].Span.Overlaps(s.Span)) continue;
                if (quotes[q].Span.End > s.Span.End) spans = true;
                if (output is null) start[s.Index + 1]++;
                else output[at++] = quotes[q];
            }
        }
        return spans;
    }

    /// <summary>Quotations that overlap a sentence.</summary>
    public ReadOnlySpan<Quotation> QuotationsOf(int sentence) =>
        _quotes.AsSpan(_quoteStart[sentence], _quoteStart[sentence + 1] - _quoteStart[sentence]);

    public const int SourceSignals = (1 << (int)Signal.OfficialSource) | (1 << (int)Signal.MediaOutlet)
        | (1 << (int)Signal.ExpertSource) | (1 << (int)Signal.EyewitnessSource) | (1 << (int)Signal.AnonymousSource);

    // The token array and text, read directly: the helpers below run for every token of every attribution search.
    private readonly Token[] _tokens;
    private readonly string _text;

    public bool Has(int token, Signal s) => (Signals[token] & (1 << (int)s)) != 0;

    /// <summary>True when a token of the sentence carries the signal.</summary>
    public bool Has(Sentence sentence, Signal s)
    {
        for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            if (Has(t, s)) return true;
        return false;
    }
    public bool IsSourceCue(int token) => (Signals[token] & SourceSignals) != 0;

    public ReadOnlySpan<char> TextOf(int token)
    {
        var s = _tokens[token].Span;
        return _text.AsSpan(s.Start, s.Length);
    }

    public bool Is(int token, string word) => TextOf(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the token's text is in the set (by the set's own case rules), without allocating.</summary>
    public bool In(WordSet set, int token) => set.Contains(TextOf(token));

    public bool IsCapitalized(int token) => _tokens[token].IsCapitalized;

    /// <summary>True when the token is a dash standing alone ("–", "—", a spaced "-"), as around an appositive.</summary>
    public bool IsDash(int token)
    {
        var t = _tokens[token];
        return t.Span.Length == 1 && Framing.Text.CharClass.IsDash(_text[t.Span.Start]);
    }

    public bool IsPunct(int token, char c)
    {
        var t = _tokens[token];
        return t.Span.Length == 1 && _text[t.Span.Start] == c;
    }

    public bool IsQuoteMark(int token) => _tokens[token].Kind == TokenKind.Quote;

    /// <summary>
    /// True when the token is the apostrophe of a plural possessive ("the Commons’ most vocal critics", "the students'
    /// union"): a lone apostrophe joined to a word ending in "s" and followed by a space and a word.
    /// </summary>
    public bool IsPossessiveApostrophe(int token)
    {
        var t = _tokens[token];
        if (t.Span.Length != 1 || _text[t.Span.Start] is not ('\'' or '’') || token == 0 || token + 1 >= _tokens.Length) return false;
        var before = _tokens[token - 1];
        var after = _tokens[token + 1];
        return before.Kind == TokenKind.Word && before.Span.End == t.Span.Start && _text[before.Span.End - 1] is 's' or 'S'
               && after.Kind == TokenKind.Word && after.Span.Start > t.Span.End;
    }

    /// <summary>The kind of a token (word, number, punctuation, quotation mark).</summary>
    public TokenKind KindOf(int token) => _tokens[token].Kind;

    public string Text(int first, int end)
    {
        if (end <= first) return "";
        var a = _tokens[first].Span.Start;
        var b = _tokens[end - 1].Span.End;
        return ShortStrings.Of(_text, a, b - a);
    }

    public TextSpan Span(int first, int end) =>
        end <= first ? new TextSpan(_tokens[Math.Min(first, Doc.TokenCount - 1)].Span.Start, 0)
                     : TextSpan.FromBounds(_tokens[first].Span.Start, _tokens[end - 1].Span.End);

    private bool? _reportsATrial;

    /// <summary>True when the article mentions a jury or a trial (<see cref="ProsecutionCase"/>; found once per article).</summary>
    public bool ReportsATrial => _reportsATrial ??= ProsecutionCase.MentionsATrial(this);

    private double[]? _quotedShares;

    /// <summary>Share of a sentence's word tokens that are inside a quotation (computed once per article).</summary>
    public double QuotedShare(Sentence s)
    {
        if (_quotedShares is null)
        {
            var shares = new double[Doc.SentenceArray.Length];
            foreach (var sentence in Doc.SentenceArray)
            {
                int words = 0, quoted = 0;
                for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
                {
                    if (_tokens[t].Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                    words++;
                    if (InsideQuote[t]) quoted++;
                }
                shares[sentence.Index] = words == 0 ? 0 : (double)quoted / words;
            }
            _quotedShares = shares;
        }
        return _quotedShares[s.Index];
    }

    public static SourceType TypeOf(Signal s) => s switch
    {
        Signal.OfficialSource => SourceType.Official,
        Signal.MediaOutlet => SourceType.Media,
        Signal.ExpertSource => SourceType.Expert,
        Signal.EyewitnessSource => SourceType.Eyewitness,
        Signal.AnonymousSource => SourceType.Anonymous,
        _ => SourceType.Other,
    };
}
