using PiaSearch.CrossReference.Mentions;

namespace PiaSearch.CrossReference.Resolution;

/// <summary>
/// Groups mentions into names: the same key; an abbreviation and what it abbreviates; OCR variants of one
/// another (compared within a type and scope only). Typos such as 情報課政策課 already share the folded key.
/// </summary>
internal static class NameClusterer
{
    /// <param name="mentions">Every mention of the corpus.</param>
    /// <param name="aliases">The abbreviations the logs define.</param>
    /// <param name="organisationOf">The organisation a change log belongs to (local names are grouped within it).</param>
    public static NameClusters Cluster(IReadOnlyList<Mention> mentions, LearnedAliases aliases, Func<string, string> organisationOf)
    {
        var keys = new List<(EntityType Type, string Scope, string Key, bool Placeholder)>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var byMention = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
        foreach (var mention in mentions.Where(m => m.Key.Length > 0))
        {
            var organisation = organisationOf(mention.Site.DocumentId);
            var scoped = Scoped(mention.Type, organisation, mention.Key, mention.IsPlaceholder);
            if (!indexOf.TryGetValue(scoped, out var index))
            {
                index = keys.Count;
                indexOf[scoped] = index;
                keys.Add((mention.Type, NameScope.IsLocal(mention.Type) ? organisation : string.Empty, mention.Key, mention.IsPlaceholder));
            }

            byMention[mention] = index;
        }

        var sets = new UnionFind(keys.Count);
        foreach (var alias in aliases.All)
        {
            var organisation = organisationOf(alias.DocumentId);
            if (indexOf.TryGetValue(Scoped(alias.Type, organisation, alias.AliasKey, false), out var a)
                && indexOf.TryGetValue(Scoped(alias.Type, organisation, alias.TargetKey, false), out var b))
            {
                sets.Union(a, b);
            }
        }

        foreach (var bucket in Enumerable.Range(0, keys.Count).Where(i => !keys[i].Placeholder).GroupBy(i => (keys[i].Type, keys[i].Scope)))
        {
            var members = bucket.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (OcrVariants.AreVariants(keys[members[i]].Key, keys[members[j]].Key))
                    {
                        sets.Union(members[i], members[j]);
                    }
                }
            }
        }

        return Build(keys, sets, byMention);
    }

    private static NameClusters Build(List<(EntityType Type, string Scope, string Key, bool Placeholder)> keys, UnionFind sets, Dictionary<Mention, int> byKeyIndex)
    {
        var roots = Enumerable.Range(0, keys.Count).Select(sets.Find).Distinct().Order().ToList();
        var clusterOfRoot = roots.Select((root, id) => (root, id)).ToDictionary(p => p.root, p => p.id);
        var byMention = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
        foreach (var (mention, keyIndex) in byKeyIndex)
        {
            byMention[mention] = clusterOfRoot[sets.Find(keyIndex)];
        }

        var mentionsByCluster = byMention.ToLookup(p => p.Value, p => p.Key);
        var clusters = roots.Select(root =>
        {
            var id = clusterOfRoot[root];
            var members = Enumerable.Range(0, keys.Count).Where(i => sets.Find(i) == root).ToList();
            var clusterMentions = mentionsByCluster[id].ToList();
            return new NameCluster(
                id,
                keys[root].Type,
                keys[root].Scope,
                DisplayName(clusterMentions),
                members.Select(i => keys[i].Key).Distinct().ToList(),
                clusterMentions.Select(m => m.OfficialNumber).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                keys[root].Placeholder);
        }).ToList();
        return new NameClusters(clusters, byMention);
    }

    /// <summary>The name as usually written: not a suspect spelling, a legal form written out, the most frequent, then the shortest.</summary>
    private static string DisplayName(List<Mention> mentions) => mentions
        .GroupBy(m => m.Name, StringComparer.Ordinal)
        .OrderBy(g => g.All(m => m.Suspect) ? 1 : 0)
        .ThenBy(g => g.Key.Contains('(', StringComparison.Ordinal) && g.First().Type == EntityType.Contractor ? 1 : 0) // 株式会社 rather than (株)
        .ThenByDescending(g => g.Count())
        .ThenBy(g => g.Key.Length)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;

    private static string Scoped(EntityType type, string organisation, string key, bool placeholder) =>
        (placeholder ? "?" : string.Empty) + NameScope.Of(type, organisation, key);
}
