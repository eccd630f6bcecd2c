namespace Framing.Rules;

/// <summary>What a rule signals: one of the four sentence tags, or a cue kind that other logic combines.</summary>
public enum Signal
{
    /// <summary>Tag: an accusation or charge of wrongdoing not established as fact.</summary>
    Allegation,
    /// <summary>Tag: the main proposition is presented as uncertain or second-hand.</summary>
    Hedge,
    /// <summary>Tag: an official source's statement.</summary>
    OfficialStatement,
    /// <summary>Tag: a first-hand account from the scene.</summary>
    EyewitnessReport,
    /// <summary>A verb or phrase of saying (said, told, according to, quoted as saying).</summary>
    AttributionVerb,
    /// <summary>A noun or title naming an official source (ministry, spokesman, police).</summary>
    OfficialSource,
    /// <summary>A news outlet or agency (Reuters, CNN, state media).</summary>
    MediaOutlet,
    /// <summary>A person at the scene (witness, resident, survivor).</summary>
    EyewitnessSource,
    /// <summary>An expert or analyst speaking for themselves.</summary>
    ExpertSource,
    /// <summary>A vague or anonymous source (sources say, some say).</summary>
    AnonymousSource,
    /// <summary>A verb of perception (saw, heard, watched).</summary>
    PerceptionVerb,
    /// <summary>A first-person pronoun (I, we, my).</summary>
    FirstPerson,
    /// <summary>A negation (not, never, denied).</summary>
    Negation,
    /// <summary>Loaded or emotive language.</summary>
    LoadedLanguage,
    /// <summary>An intensifier (very, utterly, for sure).</summary>
    Intensifier,
    /// <summary>A factive or assertive verb (admitted, revealed, insisted).</summary>
    FactiveVerb,
    /// <summary>A marker of uncertainty that is a cue, not a hedge on its own.</summary>
    UncertaintyMarker,
    /// <summary>A loaded label for a party (regime, thugs, so-called).</summary>
    Label,
    /// <summary>
    /// A frame that makes what follows hypothetical or ungrounded ("would be accused of", "lacks the evidence to
    /// charge"): charge words in its scope make no allegation.
    /// </summary>
    Hypothetical,
}

/// <summary>Names of signals as written in rule files.</summary>
public static class SignalNames
{
    // Built once: every framing cue of every analysis carries its signal's name, so naming must not allocate.
    private static readonly string[] Names = Enum.GetValues<Signal>().Select(Snake).ToArray();

    private static readonly Dictionary<string, Signal> ByName = Enum.GetValues<Signal>()
        .ToDictionary(ToName, s => s, StringComparer.Ordinal);

    /// <summary>The snake_case name used in YAML (<c>official_statement</c>, <c>attribution_verb</c>).</summary>
    public static string ToName(Signal signal) => (uint)signal < (uint)Names.Length ? Names[(int)signal] : Snake(signal);

    private static string Snake(Signal signal)
    {
        var s = signal.ToString();
        var b = new System.Text.StringBuilder(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsUpper(s[i]) && i > 0) b.Append('_');
            b.Append(char.ToLowerInvariant(s[i]));
        }
        return b.ToString();
    }

    /// <summary>Parses a snake_case name; false when unknown.</summary>
    public static bool TryParse(string name, out Signal signal) => ByName.TryGetValue(name, out signal);

    /// <summary>All names, for error messages.</summary>
    public static IEnumerable<string> All => ByName.Keys;

    /// <summary>True for the four sentence tags.</summary>
    public static bool IsTag(Signal s) => s <= Signal.EyewitnessReport;
}
