using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Resolution;

namespace PiaSearch.CrossReference.Understanding;

/// <summary>
/// What expanding an entity needs, computed once per entity and model (<see cref="QueryUnderstanding"/> keeps them):
/// its most used spellings, its names by key, the change logs of a local entity, and per name the logs that write it.
/// O(aliases log aliases + names × keys + occurrences), so that a word costs O(spellings read) however many spellings,
/// names and rows the entity has.
/// </summary>
internal sealed class EntityFacts
{
    /// <summary>A local entity's expansions are limited to its change logs; past this many, to none (it is everywhere).</summary>
    private const int MaxScopedDocuments = 64;

    private EntityFacts(IReadOnlyList<EntityAlias> aliases, Dictionary<string, EntityName> namesByKey, IReadOnlyList<string>? documents)
    {
        Aliases = aliases;
        NamesByKey = namesByKey;
        Documents = documents;
    }

    /// <summary>The most used spellings, most used first.</summary>
    public IReadOnlyList<EntityAlias> Aliases { get; }

    /// <summary>Each name under each of its keys.</summary>
    public Dictionary<string, EntityName> NamesByKey { get; }

    /// <summary>A local entity's change logs (null for a shared entity, or a local one in too many logs to be a limit).</summary>
    public IReadOnlyList<string>? Documents { get; }

    /// <summary>Per name (by key), the change logs that write it (at most <see cref="MaxScopedDocuments"/> + 1 each).</summary>
    public Dictionary<string, HashSet<string>> DocumentsByName { get; } = new(StringComparer.Ordinal);

    /// <param name="model">The model the entity belongs to.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="maxAliases">How many of its spellings to keep, the most used.</param>
    public static EntityFacts Of(CrossReferenceModel model, Entity entity, int maxAliases)
    {
        var aliases = entity.Aliases.OrderByDescending(a => a.Occurrences.Count).Take(maxAliases).ToList();
        var names = new Dictionary<string, EntityName>(StringComparer.Ordinal);
        foreach (var name in entity.Names)
        {
            foreach (var key in model.Clusters.All[name.ClusterId].Keys.Append(EntityFinder.Key(name.Name)))
            {
                names.TryAdd(key, name);
            }
        }

        var facts = new EntityFacts(aliases, names, NameScope.IsLocal(entity.Type) ? DocumentsOf(entity) : null);
        foreach (var alias in entity.Aliases)
        {
            if (names.GetValueOrDefault(EntityFinder.Key(alias.Surface)) is not { } name)
            {
                continue;
            }

            var key = EntityFinder.Key(name.Name);
            if (!facts.DocumentsByName.TryGetValue(key, out var documents))
            {
                facts.DocumentsByName[key] = documents = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var occurrence in alias.Occurrences)
            {
                if (documents.Count > MaxScopedDocuments)
                {
                    break;
                }

                documents.Add(occurrence.DocumentId);
            }
        }

        return facts;
    }

    private static IReadOnlyList<string>? DocumentsOf(Entity entity)
    {
        var documents = entity.Aliases.SelectMany(a => a.Occurrences).Select(o => o.DocumentId).Distinct(StringComparer.Ordinal).Take(MaxScopedDocuments + 1).ToList();
        return documents.Count > MaxScopedDocuments ? null : documents;
    }
}
