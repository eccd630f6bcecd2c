namespace Framing.Attribution;

/// <summary>
/// The people a "he" or "she" can refer to, for one article: the latest named speakers of each gender, and the genders
/// learned from pronouns already resolved to names that tell none. <see cref="SpeakerResolver"/> proposes a candidate
/// (the last speaker, the sentence's subject); this class checks that its gender fits the pronoun and otherwise finds
/// the latest earlier person who fits.
/// </summary>
internal sealed class PronounAntecedents(EntityRegistry entities)
{
    private readonly EntityRegistry _entities = entities;

    /// <summary>
    /// The latest people named as speakers, a few for each gender (index: <see cref="Gender"/>), newest last: the look-back
    /// for a pronoun whose candidate does not fit needs only the newest of the pronoun's gender whose name differs, so a
    /// few suffice, and noting a person costs the same however many the article names (an article of 40,000 distinct
    /// speakers took time quadratic in them with one list of all).
    /// </summary>
    private readonly List<Speaker>[] _latestByGender = [new(PeoplePerGender), new(PeoplePerGender), new(PeoplePerGender)];

    private const int PeoplePerGender = 4;

    /// <summary>Notes a person named in full as a speaker: the newest of their gender (pronouns and surnames are not noted).</summary>
    internal void NotePerson(Speaker person)
    {
        if (person.Resolution == SpeakerResolution.Pronoun || !person.Name.Contains(' ')) return;
        // Loops, not RemoveAll with a lambda: the lambda would capture the person, one closure per call.
        foreach (var list in _latestByGender)
            for (int i = list.Count - 1; i >= 0; i--)
                if (list[i].Name == person.Name) list.RemoveAt(i);
        var latest = _latestByGender[(int)PersonGender.Of(person.Name, person.Role)];
        if (latest.Count == PeoplePerGender) latest.RemoveAt(0);
        latest.Add(person);
    }

    /// <summary>
    /// The candidate, unless its known gender differs from the pronoun's: then the latest earlier person whose known
    /// gender fits ("He accused the interviewer …" after Monica Lewinsky was quoted goes back to Bill Clinton), or no
    /// one when nobody fits (a "he" never goes to "Mrs Hale"). An unknown gender never blocks.
    /// </summary>
    internal Speaker? Agreeing(string pronoun, Speaker? candidate, int position = -1)
    {
        if (candidate is null) return null;
        if (Fits(pronoun, candidate.Name, candidate.Role)) return candidate;
        var wanted = PersonGender.OfPronoun(pronoun);
        var latest = _latestByGender[(int)wanted];
        for (int k = latest.Count - 1; k >= 0; k--)
            if (latest[k].Name != candidate.Name) return latest[k];
        // "Missouri Gov. Eric Greitens was indicted … Kimberly Gardner said … He acknowledged the relationship": a person
        // the article has introduced before the pronoun, not yet heard, whose given name or title fits it.
        return position < 0 ? null
            : _entities.LastPersonBefore(position, name => name != candidate.Name && SpeakerResolver.IsPersonName(name) && PersonGender.Of(name, null) == wanted);
    }

    /// <summary>True when the pronoun's gender and the one the name or role gives do not clash (either may be unknown).</summary>
    internal bool Fits(string pronoun, string name, string? role)
    {
        var wanted = PersonGender.OfPronoun(pronoun);
        var has = GenderOf(name, role);
        return wanted == Gender.Unknown || has == Gender.Unknown || has == wanted;
    }

    /// <summary>
    /// A person's gender as the article gives it: from the name or role (<see cref="PersonGender.Of"/>), else from the
    /// full name the article introduced for a surname ("Brooke Harlan" for "Harlan"), else from a "he" or "she" the
    /// article has already resolved to them ("Harlan … as she asked him" makes the next "he said" not Harlan's).
    /// </summary>
    private Gender GenderOf(string name, string? role)
    {
        var known = PersonGender.Of(name, role);
        if (known != Gender.Unknown) return known;
        if (_learnedGender is not null && _learnedGender.TryGetValue(name, out var learned)) return learned;
        return name.IndexOf(' ') < 0 && _entities.Find(name) is { } entity && entity.Name != name ? PersonGender.Of(entity.Name, entity.Role) : Gender.Unknown;
    }

    /// <summary>Genders learned from pronouns resolved to names that tell none (made on the first one).</summary>
    private Dictionary<string, Gender>? _learnedGender;

    /// <summary>The antecedent a gendered pronoun was resolved to, its gender noted when its name told none.</summary>
    internal Speaker Learned(string pronoun, Speaker antecedent)
    {
        var gender = PersonGender.OfPronoun(pronoun);
        if (gender != Gender.Unknown && GenderOf(antecedent.Name, antecedent.Role) == Gender.Unknown)
            (_learnedGender ??= new Dictionary<string, Gender>(StringComparer.Ordinal))[antecedent.Name] = gender;
        return antecedent;
    }
}
