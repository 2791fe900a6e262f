using PiaSearch.CrossReference.Resolution;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// Joins the entities of several parts that are one thing named in several organisations' logs: a contractor,
/// law, system or document whose name keys (or, for a law, promulgation numbers) meet. Local entities
/// (departments, people, phones) never meet: each belongs to its organisation. A joined entity has the names and
/// spellings of its members, its id from its earliest name as <see cref="EntityBuilder"/> gives it. A joined entity never
/// holds two entities of one part (<see cref="PartDisjointSets"/>): otherwise one organisation's misreading of a change
/// (two similar companies read as one renamed) chained through the names others share would join unrelated companies
/// nationwide (at 1,000,000 generated rows one contractor entity held 4,232 names). O(K log K) for the K name keys of
/// the shared entities, O(n log n) for the unions, then O(n log n) in the names and occurrences of each joined entity.
/// </summary>
internal static class SharedEntities
{
    public static (List<Entity> Entities, Dictionary<string, string> Renamed) Join(IReadOnlyList<ModelPart> parts, int[] offsets, NameClusters clusters)
    {
        var members = new List<(Entity Entity, int Offset)>();
        var partOf = new List<int>();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var entity in parts[p].Entities)
            {
                var index = members.Count;
                members.Add((entity, offsets[p]));
                partOf.Add(p);
                if (NameScope.IsLocal(entity.Type))
                {
                    continue;
                }

                foreach (var key in SharedKeys(entity, parts[p].Clusters))
                {
                    if (!byKey.TryGetValue(key, out var named))
                    {
                        byKey[key] = named = [];
                    }

                    if (named.Count == 0 || named[^1] != index)
                    {
                        named.Add(index);
                    }
                }
            }
        }

        var sets = new PartDisjointSets(partOf);
        // The names more organisations write are joined first: where one organisation's reading of a change (a rename) would
        // join what another holds apart, the reading fewer organisations share is the one left out.
        // Within a name, entities that have that name alone are joined first: an entity of several names rests on a reading of
        // renames, and when it cannot join them all, it is the one left out.
        foreach (var named in byKey.Values.Where(n => n.Count > 1).OrderByDescending(n => n.Select(i => partOf[i]).Distinct().Count()).ThenBy(n => n[0]))
        {
            var ordered = named.OrderBy(i => members[i].Entity.Names.Count).ThenBy(i => i).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                sets.TryUnion(ordered[0], ordered[i]);
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

    /// <summary>What makes two organisations' entities one: a name key of the same type (and placeholder-ness), or a law's promulgation number.</summary>
    private static IEnumerable<string> SharedKeys(Entity entity, NameClusters clusters)
    {
        foreach (var cluster in entity.Names.Select(n => clusters.All[n.ClusterId]))
        {
            foreach (var key in cluster.Keys)
            {
                yield return $"{entity.Type}|{(entity.IsPlaceholder ? "?" : string.Empty)}|{key}";
            }

            if (entity.Type == EntityType.Statute)
            {
                foreach (var number in cluster.OfficialNumbers)
                {
                    yield return $"{entity.Type}|#|{number}";
                }
            }
        }
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
