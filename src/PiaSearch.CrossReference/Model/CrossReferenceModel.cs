using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// The cross-reference index of a set of change logs: mentions, entities with their names and aliases, slot
/// histories and successions. Put together from the parts of each organisation (<see cref="Combine"/>), immutable,
/// safe to share between threads.
/// </summary>
public sealed partial class CrossReferenceModel
{
    private readonly Lazy<IReadOnlyList<RowChange>> _rowChanges;
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, ChangeEntry> _entries;
    private readonly string[] _entityOfCluster;
    private readonly ILookup<string, Mention> _mentionsOfEntity;
    private readonly Dictionary<string, EntryMentions> _rows;
    private readonly Dictionary<string, string> _organisations;

    internal CrossReferenceModel(
        IReadOnlyList<ChangeEntry> entries,
        IReadOnlyList<EntryMentions> rows,
        NameClusters clusters,
        IReadOnlyList<Entity> entities,
        string[] entityOfCluster,
        Func<IReadOnlyList<RowChange>> rowChanges,
        IReadOnlyList<Succession> successions,
        IReadOnlyList<Slot> slots,
        Func<string, string?>? organisationOf = null,
        Func<Succession, SuccessionChains?>? partChains = null)
    {
        Entries = entries;
        Rows = rows;
        Clusters = clusters;
        Entities = entities;
        _rowChanges = new Lazy<IReadOnlyList<RowChange>>(rowChanges);
        Successions = successions;
        Slots = slots;
        _entityOfCluster = entityOfCluster;
        _entities = new Dictionary<string, Entity>(entities.Count, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            _entities.TryAdd(entity.Id, entity); // ids are 64-bit hashes: should two ever meet, the model is still built
        }

        _entries = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _rows = rows.ToDictionary(r => r.Entry.Id, StringComparer.Ordinal);
        _mentionsOfEntity = rows.SelectMany(r => r.All).Select(m => (Id: EntityIdOf(m), Mention: m)).Where(p => p.Id is not null)
            .ToLookup(p => p.Id!, p => p.Mention, StringComparer.Ordinal);
        _organisations = entries.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Organisation: organisationOf?.Invoke(id)))
            .Where(p => !string.IsNullOrEmpty(p.Organisation))
            .ToDictionary(p => p.Id, p => p.Organisation!, StringComparer.Ordinal);
        Lookups = new ModelLookups(this, id => _organisations.GetValueOrDefault(id) ?? id, partChains);
    }

    /// <summary>The indexes requests read the model through.</summary>
    public ModelLookups Lookups { get; }

    /// <summary>The organisation (municipality) a change log belongs to, when known.</summary>
    public string? OrganisationOf(string documentId) => _organisations.GetValueOrDefault(documentId);

    public IReadOnlyList<ChangeEntry> Entries { get; }

    /// <summary>The mentions of every row.</summary>
    public IReadOnlyList<EntryMentions> Rows { get; }

    public NameClusters Clusters { get; }

    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Successions as seen row by row (what the evaluation scores).</summary>
    public IReadOnlyList<RowChange> RowChanges => _rowChanges.Value;

    /// <summary>Successions merged across the rows that show them, in date order.</summary>
    public IReadOnlyList<Succession> Successions { get; }

    public IReadOnlyList<Slot> Slots { get; }

    public Entity? Entity(string id) => _entities.GetValueOrDefault(id);

    public ChangeEntry? Entry(string entryId) => _entries.GetValueOrDefault(entryId);

    /// <summary>The mentions of a row.</summary>
    public EntryMentions? Row(string entryId) => _rows.GetValueOrDefault(entryId);

    /// <summary>The entity a name cluster belongs to.</summary>
    public string EntityIdOfCluster(int clusterId) => _entityOfCluster[clusterId];

    /// <summary>The entity a mention names, or null for a mention that could not be resolved.</summary>
    public string? EntityIdOf(Mention mention) => Clusters.Of(mention) is { } cluster ? _entityOfCluster[cluster.Id] : null;

    /// <summary>The entities a row mentions, in any column: O(mentions of the row), worked out when asked (a page of hits asks for a few rows).</summary>
    public IReadOnlyList<string> EntityIdsOf(string entryId) =>
        _rows.TryGetValue(entryId, out var row) ? row.All.Select(EntityIdOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList() : [];

    public IEnumerable<Mention> MentionsOf(string entityId) => _mentionsOfEntity[entityId];

    /// <summary>The rows (entry ids) that mention an entity, in any column.</summary>
    public IReadOnlyCollection<string> EntryIdsOf(string entityId) =>
        _mentionsOfEntity[entityId].Select(m => m.Site.EntryId).ToHashSet(StringComparer.Ordinal);
}
