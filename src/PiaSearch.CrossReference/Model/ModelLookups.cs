using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Text;

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

    internal ModelLookups(CrossReferenceModel model, Func<string, string> scopeOf)
    {
        foreach (var entity in model.Entities)
        {
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
            foreach (var id in slot.Changes.SelectMany(c => c.BeforeEntityIds.Concat(c.AfterEntityIds)).Distinct(StringComparer.Ordinal))
            {
                Add(_slotsOfEntity, id, slot);
            }

            if (slot.File is not null)
            {
                Add(_slotsOfFile, SlotLookup.Comparable(slot.File), slot);
            }

            SlotPaths.Add(SlotLookup.Comparable(slot.Path), slot);
            SlotPaths.Add(SlotLookup.Comparable(slot.Key), slot);
        }

        Files = _slotsOfFile.Values.Select(s => s[0].File!).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).ToList();
        Chains = new SuccessionChains(model.Successions, scopeOf);
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

    /// <summary>Entities of one type, most mentioned first.</summary>
    public IReadOnlyList<Entity> EntitiesOf(EntityType type) => _entitiesByType.GetValueOrDefault(type) ?? [];

    /// <summary>The successions an entity is at either end of, in date order.</summary>
    public IReadOnlyList<Succession> SuccessionsOf(string entityId) => _successionsOfEntity.GetValueOrDefault(entityId) ?? NoSuccessions;

    /// <summary>The successions that start from a name (as written at the succession's end), in date order.</summary>
    public IReadOnlyList<Succession> SuccessionsFrom(string name) => _successionsFrom.GetValueOrDefault(name) ?? NoSuccessions;

    /// <summary>The slots whose changes name an entity on either side.</summary>
    public IReadOnlyList<Slot> SlotsOf(string entityId) => _slotsOfEntity.GetValueOrDefault(entityId) ?? NoSlots;

    /// <summary>The slots of an evaluated file (compared as <see cref="SlotLookup.Comparable"/>).</summary>
    public IReadOnlyList<Slot> SlotsOfFile(string comparableFile) => _slotsOfFile.GetValueOrDefault(comparableFile) ?? NoSlots;

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
