using PiaSearch.CrossReference.Resolution;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// Joins the entities of several parts that are one thing named in several organisations' logs: a contractor,
/// law, system or document whose name keys (or, for a law, promulgation numbers) meet. Local entities
/// (departments, people, phones) never meet: each belongs to its organisation. A joined entity has the names and
/// spellings of its members, its id from its earliest name as <see cref="EntityBuilder"/> gives it. O(K) for the K
/// name keys of the shared entities, then O(n log n) in the names and occurrences of each joined entity.
/// </summary>
internal static class SharedEntities
{
    public static (List<Entity> Entities, Dictionary<string, string> Renamed) Join(IReadOnlyList<ModelPart> parts, int[] offsets, NameClusters clusters)
    {
        var members = new List<(Entity Entity, int Offset)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new UnionFind(parts.Sum(p => p.Entities.Count));
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var entity in parts[p].Entities)
            {
                var index = members.Count;
                members.Add((entity, offsets[p]));
                if (NameScope.IsLocal(entity.Type))
                {
                    continue;
                }

                foreach (var cluster in entity.Names.Select(n => parts[p].Clusters.All[n.ClusterId]))
                {
                    var keys = cluster.Keys.Select(k => $"{entity.Type}|{(entity.IsPlaceholder ? "?" : string.Empty)}|{k}");
                    if (entity.Type == EntityType.Statute)
                    {
                        keys = keys.Concat(cluster.OfficialNumbers.Select(n => $"{entity.Type}|#|{n}"));
                    }

                    foreach (var key in keys)
                    {
                        if (byKey.TryGetValue(key, out var other))
                        {
                            sets.Union(other, index);
                        }
                        else
                        {
                            byKey[key] = index;
                        }
                    }
                }
            }
        }

        var entities = new List<Entity>(members.Count);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, members.Count).GroupBy(sets.Find))
        {
            var joined = group.Select(i => members[i]).ToList();
            var entity = joined.Count == 1 ? Shifted(joined[0].Entity, joined[0].Offset) : Merged(joined, clusters);
            entities.Add(entity);
            foreach (var (member, _) in joined.Where(m => m.Entity.Id != entity.Id))
            {
                renamed[member.Id] = entity.Id;
            }
        }

        entities.Sort((a, b) => a.Type != b.Type ? a.Type.CompareTo(b.Type) : string.CompareOrdinal(a.Name, b.Name));
        return (entities, renamed);
    }

    private static Entity Shifted(Entity entity, int offset) =>
        offset == 0 ? entity : entity with { Names = entity.Names.Select(n => n with { ClusterId = n.ClusterId + offset }).ToList() };

    private static Entity Merged(List<(Entity Entity, int Offset)> joined, NameClusters clusters)
    {
        var names = joined
            .SelectMany(m => m.Entity.Names.Select(n => n with { ClusterId = n.ClusterId + m.Offset }))
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.OrderBy(n => n.FirstSeen?.From ?? DateOnly.MaxValue).ThenBy(n => n.ClusterId).First();
                var last = g.Where(n => n.LastSeen is not null).MaxBy(n => n.LastSeen!.From);
                return new EntityName(g.Key, first.FirstSeen, last?.LastSeen, g.Sum(n => n.Mentions), first.ClusterId);
            })
            .OrderBy(n => n.FirstSeen?.From ?? DateOnly.MaxValue)
            .ThenBy(n => n.ClusterId)
            .ToList();
        var first = clusters.All[names[0].ClusterId];
        var aliases = joined
            .SelectMany(m => m.Entity.Aliases)
            .GroupBy(a => a.Surface, StringComparer.Ordinal)
            .Select(g => new EntityAlias(g.Key, g.All(a => a.Suspect), g.SelectMany(a => a.Occurrences).OrderBy(o => o.Date?.From ?? DateOnly.MaxValue).ThenBy(o => o.Line).ToList()))
            .OrderByDescending(a => a.Occurrences.Count)
            .ThenBy(a => a.Surface, StringComparer.Ordinal)
            .ToList();
        var id = EntityBuilder.IdOf(first);
        return new Entity(id, first.Type, names[^1].Name, names, aliases, first.IsPlaceholder, null);
    }
}
