using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Text;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// Makes entities of name clusters: the names a rename links, and the names a statute had under one
/// promulgation number, are one entity; its names are ordered by first use, its aliases are every surface.
/// </summary>
internal static class EntityBuilder
{
    public static (List<Entity> Entities, string[] EntityOfCluster) Build(NameClusters clusters, IReadOnlyList<RowChange> changes, IReadOnlyDictionary<string, ChangeEntry> entries)
    {
        var sets = new UnionFind(clusters.All.Count);
        foreach (var change in changes.Where(c => c.Kind == SuccessionKind.Rename && c.Before is { ClusterId: >= 0 } && c.After is { ClusterId: >= 0 }))
        {
            sets.Union(change.Before!.ClusterId, change.After!.ClusterId);
        }

        foreach (var byNumber in clusters.All.Where(c => c.Type == EntityType.Statute).SelectMany(c => c.OfficialNumbers.Select(n => (n, c.Id))).GroupBy(p => p.n))
        {
            var ids = byNumber.Select(p => p.Id).ToList();
            foreach (var id in ids.Skip(1))
            {
                sets.Union(ids[0], id);
            }
        }

        var mentions = clusters.MentionsByCluster();
        var entityOfCluster = new string[clusters.All.Count];
        var entities = new List<Entity>();
        foreach (var group in clusters.All.GroupBy(c => sets.Find(c.Id)))
        {
            var names = group
                .Select(c => Name(c, mentions[c.Id].ToList(), entries))
                .OrderBy(n => n.FirstSeen?.From ?? DateOnly.MaxValue)
                .ThenBy(n => n.ClusterId)
                .ToList();
            var first = clusters.All[names[0].ClusterId];
            var id = IdOf(first);
            var aliases = group
                .SelectMany(c => mentions[c.Id])
                .GroupBy(Spelling, StringComparer.Ordinal)
                .Select(g => new EntityAlias(g.Key, g.All(m => m.Suspect), g.Select(m => Occurrence(m, entries)).OrderBy(o => o.Date?.From ?? DateOnly.MaxValue).ThenBy(o => o.Line).ToList()))
                .OrderByDescending(a => a.Occurrences.Count)
                .ThenBy(a => a.Surface, StringComparer.Ordinal)
                .ToList();
            entities.Add(new Entity(id, first.Type, names[^1].Name, names, aliases, first.IsPlaceholder, first.Scope.Length > 0 ? first.Scope : null));
            foreach (var cluster in group)
            {
                entityOfCluster[cluster.Id] = id;
            }
        }

        return (entities.OrderBy(e => e.Type).ThenBy(e => e.Name, StringComparer.Ordinal).ToList(), entityOfCluster);
    }

    /// <summary>The id of an entity whose first name is <paramref name="first"/>: its type, scope and least key, hashed.</summary>
    public static string IdOf(NameCluster first) =>
        StableIds.Of(first.Type.Name(), $"{first.Type}|{first.Scope}|{first.Keys.Min(StringComparer.Ordinal)}{(first.IsPlaceholder ? "|?" : string.Empty)}");

    /// <summary>
    /// The spelling a mention shows of its entity: the surface, except for a statute cited without its name
    /// (116 and 117 in 別表第二の…116、117の項, 同法第17条, a bare 第8号), which spells only a provision of the law
    /// named before it; those are listed under the law's name, so a number never reads as a name of the law.
    /// </summary>
    internal static string Spelling(Mention mention) =>
        mention.Type == EntityType.Statute && mention.Name.Length > 0 && !NameKeys.Of(mention.Surface).Contains(NameKeys.Of(mention.Name), StringComparison.Ordinal)
            ? mention.Name
            : mention.Surface;

    private static EntityName Name(NameCluster cluster, List<Mention> mentions, IReadOnlyDictionary<string, ChangeEntry> entries)
    {
        var dated = mentions.Select(m => entries[m.Site.EntryId]).Where(e => e.Date is not null).OrderBy(e => e.Date!.From).ThenBy(e => e.Line).ToList();
        return new EntityName(cluster.Name, dated.FirstOrDefault()?.Date, dated.LastOrDefault()?.Date, mentions.Count, cluster.Id);
    }

    private static Occurrence Occurrence(Mention mention, IReadOnlyDictionary<string, ChangeEntry> entries) =>
        new(mention.Site.DocumentId, mention.Site.Line, entries[mention.Site.EntryId].Date, mention.Site.Source, mention.Provision);
}
