using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Text;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// The indexes a model is read through, so that a request about one name, entity or slot reads only what
/// concerns it: successions and slots by entity, names and citations by substring, slots by file and path,
/// the chains of successions. Built once with the model in O(N) over its names, successions and slot changes
/// (chains: see <see cref="SuccessionChains"/>); every lookup is a dictionary read or a substring query.
/// </summary>
public sealed class ModelLookups
{
    private static readonly IReadOnlyList<Succession> NoSuccessions = [];
    private static readonly IReadOnlyList<Slot> NoSlots = [];

    private readonly Dictionary<string, List<Succession>> _successionsOfEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Succession>> _successionsFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Slot>> _slotsOfEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Slot>> _slotsOfFile = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityType, IReadOnlyList<Entity>> _entitiesByType;
    private readonly Dictionary<string, IReadOnlyList<string>> _organisationsOfEntity = new(StringComparer.Ordinal);
    private readonly Func<string, string> _organisationOf;
    private readonly Dictionary<string, List<Entity>> _entitiesOfOrganisation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Succession>> _successionsOfOrganisation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Slot>> _slotsOfOrganisation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organisationByKey = new(StringComparer.Ordinal);
    private readonly int _longestOrganisation;

    /// <param name="model">The model, whose entities, successions and slots are set.</param>
    /// <param name="organisationOf">The organisation a change log belongs to (its municipality, or the log itself when unknown).</param>
    /// <param name="partChains">For a model put together from parts, the chains of the part a succession comes from (built once per part); null to build the chains here.</param>
    internal ModelLookups(CrossReferenceModel model, Func<string, string> organisationOf, Func<Succession, SuccessionChains?>? partChains = null)
    {
        _organisationOf = organisationOf;
        foreach (var entity in model.Entities)
        {
            _organisationsOfEntity[entity.Id] = entity.Aliases.SelectMany(a => a.Occurrences).Select(o => organisationOf(o.DocumentId))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var name in entity.Names)
            {
                Names.Add(EntityFinder.Key(name.Name), entity);
                foreach (var key in model.Clusters.All[name.ClusterId].Keys)
                {
                    Names.Add(key, entity);
                }
            }

            foreach (var alias in entity.Aliases)
            {
                Names.Add(EntityFinder.Key(alias.Surface), entity);
            }
        }

        var ordered = model.Entities.OrderBy(e => e.Type).ThenByDescending(e => e.MentionCount).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        AllEntities = ordered;
        foreach (var entity in ordered)
        {
            foreach (var organisation in _organisationsOfEntity[entity.Id])
            {
                Add(_entitiesOfOrganisation, organisation, entity);
            }
        }

        _entitiesByType = ordered.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => (IReadOnlyList<Entity>)g.ToList());

        foreach (var succession in model.Successions)
        {
            foreach (var end in new[] { succession.Before, succession.After })
            {
                if (end is null)
                {
                    continue;
                }

                if (end.EntityId is { } id && (end == succession.Before || succession.Before?.EntityId != id))
                {
                    Add(_successionsOfEntity, id, succession);
                }

                Citations.Add(EntityFinder.Key(end.Citation), succession);
            }

            Add(_successionsOfOrganisation, organisationOf(succession.Evidence[0].DocumentId), succession);
            if (succession.Before is { } before)
            {
                Add(_successionsFrom, before.Name, succession);
            }
        }

        var positions = new Dictionary<Slot, int>(model.Slots.Count, ReferenceEqualityComparer.Instance);
        SlotPosition = positions;
        foreach (var slot in model.Slots)
        {
            positions[slot] = positions.Count;
            Add(_slotsOfOrganisation, organisationOf(slot.DocumentId), slot);
            foreach (var id in slot.Changes.SelectMany(c => c.BeforeEntityIds.Concat(c.AfterEntityIds)).Distinct(StringComparer.Ordinal))
            {
                Add(_slotsOfEntity, id, slot);
            }

            if (slot.File is not null)
            {
                Add(_slotsOfFile, TextKey.Of(slot.File), slot);
            }

            SlotPaths.Add(TextKey.Of(slot.Path), slot);
            SlotPaths.Add(TextKey.Of(slot.Key), slot);
        }

        Files = _slotsOfFile.Values.Select(s => s[0].File!).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).ToList();
        Chains = partChains is null ? new SuccessionChains(model.Successions, organisationOf) : SuccessionChains.Combine(model.Successions, partChains);
        var documents = model.Entries.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        Organisations = documents.Select(organisationOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var organisation in Organisations)
        {
            _organisationByKey.TryAdd(OrganisationKey(organisation), organisation);
        }

        // An English question names a municipality in Latin letters (Meguro's log); a log's id often starts with that name
        // (meguro-juki-changes). A first word of four or more letters that starts the logs of one organisation only stands for it.
        foreach (var named in documents.GroupBy(RomanisedName, StringComparer.Ordinal).Where(g => g.Key.Length > 0))
        {
            var organisations = named.Select(organisationOf).Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (organisations.Count == 1)
            {
                _organisationByKey.TryAdd(named.Key, organisations[0]);
            }
        }

        _longestOrganisation = _organisationByKey.Count == 0 ? 0 : _organisationByKey.Keys.Max(k => k.Length);
    }

    /// <summary>Entities by the keys of their names, their clusters' variants and their spellings.</summary>
    public SubstringIndex<Entity> Names { get; } = new();

    /// <summary>Successions by the keys of the citations at either end.</summary>
    public SubstringIndex<Succession> Citations { get; } = new();

    /// <summary>Slots by their comparable path and key.</summary>
    public SubstringIndex<Slot> SlotPaths { get; } = new();

    /// <summary>Where each slot is in the model's list of slots.</summary>
    public IReadOnlyDictionary<Slot, int> SlotPosition { get; }

    /// <summary>The chains the successions form.</summary>
    public SuccessionChains Chains { get; }

    /// <summary>Every entity, by type, most mentioned first.</summary>
    public IReadOnlyList<Entity> AllEntities { get; }

    /// <summary>The evaluated files the slots belong to, longest name first.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Every organisation the change logs belong to (municipalities, or logs whose municipality is unknown).</summary>
    public IReadOnlyList<string> Organisations { get; }

    /// <summary>The organisation of a change log: its municipality when known, else the log's id.</summary>
    public string OrganisationOf(string documentId) => _organisationOf(documentId);

    /// <summary>The organisations whose logs mention an entity (one for a department; many for a contractor that serves several).</summary>
    public IReadOnlyList<string> OrganisationsOf(string entityId) => _organisationsOfEntity.GetValueOrDefault(entityId) ?? [];

    /// <summary>The organisation a name denotes (目黒区, ｍｅｇｕｒｏ… compared without width or spaces), or null.</summary>
    public string? FindOrganisation(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : _organisationByKey.GetValueOrDefault(OrganisationKey(name));

    /// <summary>The longest organisation named in a text (目黒区の情報課は…): O(|text|·K) dictionary reads, K the longest name.</summary>
    public string? OrganisationIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = OrganisationKey(text);
        var lookup = _organisationByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(_longestOrganisation, key.Length); length >= 2; length--)
        {
            for (var at = 0; at + length <= key.Length; at++)
            {
                if (lookup.TryGetValue(key.AsSpan(at, length), out _, out var organisation))
                {
                    return organisation;
                }
            }
        }

        return null;
    }

    /// <summary>Entities mentioned in an organisation's logs, by type, most mentioned first.</summary>
    public IReadOnlyList<Entity> EntitiesIn(string organisation) => _entitiesOfOrganisation.GetValueOrDefault(organisation) ?? [];

    /// <summary>Successions shown by an organisation's logs, in date order.</summary>
    public IReadOnlyList<Succession> SuccessionsIn(string organisation) => _successionsOfOrganisation.GetValueOrDefault(organisation) ?? NoSuccessions;

    /// <summary>Slots of an organisation's logs, in model order.</summary>
    public IReadOnlyList<Slot> SlotsIn(string organisation) => _slotsOfOrganisation.GetValueOrDefault(organisation) ?? NoSlots;

    /// <summary>True when an entity is mentioned in an organisation's logs.</summary>
    public bool IsIn(Entity entity, string organisation) => OrganisationsOf(entity.Id).Contains(organisation, StringComparer.Ordinal);

    /// <summary>Entities of one type, most mentioned first.</summary>
    public IReadOnlyList<Entity> EntitiesOf(EntityType type) => _entitiesByType.GetValueOrDefault(type) ?? [];

    /// <summary>The successions an entity is at either end of, in date order.</summary>
    public IReadOnlyList<Succession> SuccessionsOf(string entityId) => _successionsOfEntity.GetValueOrDefault(entityId) ?? NoSuccessions;

    /// <summary>The successions that start from a name (as written at the succession's end), in date order.</summary>
    public IReadOnlyList<Succession> SuccessionsFrom(string name) => _successionsFrom.GetValueOrDefault(name) ?? NoSuccessions;

    /// <summary>The slots whose changes name an entity on either side.</summary>
    public IReadOnlyList<Slot> SlotsOf(string entityId) => _slotsOfEntity.GetValueOrDefault(entityId) ?? NoSlots;

    /// <summary>The slots of an evaluated file (compared by <see cref="TextKey"/>).</summary>
    public IReadOnlyList<Slot> SlotsOfFile(string comparableFile) => _slotsOfFile.GetValueOrDefault(comparableFile) ?? NoSlots;

    /// <summary>A name as compared: width folded, no white space, Latin letters in lower case (Meguro and meguro are one).</summary>
    private static string OrganisationKey(string name)
    {
        var key = TextKey.Of(name);
        return key.AsSpan().ContainsAnyInRange('A', 'Z') ? string.Create(key.Length, key, (span, k) =>
        {
            for (var i = 0; i < k.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(k[i]) ? (char)(k[i] + ('a' - 'A')) : k[i];
            }
        }) : key;
    }

    /// <summary>The first word of a log's id when it is four or more Latin letters (meguro of meguro-juki-changes), as a key; else empty.</summary>
    private static string RomanisedName(string documentId)
    {
        var end = documentId.AsSpan().IndexOfAny(['-', '_', '.', ' ']);
        var word = end < 0 ? documentId : documentId[..end];
        return word.Length >= 4 && word.All(char.IsAsciiLetter) ? OrganisationKey(word) : string.Empty;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
