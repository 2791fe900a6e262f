using PiaSearch.CrossReference.Mentions;

namespace PiaSearch.CrossReference.Resolution;

/// <summary>
/// The name clusters of a corpus and the cluster of each mention. Built for one organisation's logs, or put
/// together from several such parts without copying their mention tables: a mention is looked up in the part its
/// log belongs to, and the part's cluster ids are shifted by the part's offset.
/// </summary>
public sealed class NameClusters
{
    private readonly Dictionary<Mention, int>? _byMention;
    private readonly Dictionary<string, (NameClusters Part, int Offset)>? _partOfDocument;
    private readonly IReadOnlyList<(NameClusters Part, int Offset)> _parts = [];

    internal NameClusters(IReadOnlyList<NameCluster> clusters, Dictionary<Mention, int> byMention)
    {
        All = clusters;
        _byMention = byMention;
    }

    private NameClusters(IReadOnlyList<NameCluster> clusters, IReadOnlyList<(NameClusters Part, int Offset)> parts, Dictionary<string, (NameClusters Part, int Offset)> partOfDocument)
    {
        All = clusters;
        _parts = parts;
        _partOfDocument = partOfDocument;
    }

    public IReadOnlyList<NameCluster> All { get; }

    /// <summary>The cluster of a mention (by reference), or null for one that was not resolved (a citation with no law). O(1).</summary>
    public NameCluster? Of(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (_byMention is not null)
        {
            return _byMention.TryGetValue(mention, out var id) ? All[id] : null;
        }

        return _partOfDocument!.TryGetValue(mention.Site.DocumentId, out var part) && part.Part.Of(mention) is { } local
            ? All[local.Id + part.Offset]
            : null;
    }

    /// <summary>The mentions of each cluster.</summary>
    public ILookup<int, Mention> MentionsByCluster() => _byMention is not null
        ? _byMention.ToLookup(p => p.Value, p => p.Key)
        : _parts.SelectMany(p => p.Part.Pairs().Select(pair => (Id: pair.Id + p.Offset, pair.Mention))).ToLookup(p => p.Id, p => p.Mention);

    /// <summary>
    /// The clusters of several parts side by side: part i's cluster c becomes cluster c + (clusters of the parts
    /// before i). O(C) for the C clusters (each is re-numbered) plus O(L) for the L logs; mentions are not copied.
    /// </summary>
    internal static NameClusters Combine(IReadOnlyList<(NameClusters Clusters, IEnumerable<string> DocumentIds)> parts)
    {
        var all = new List<NameCluster>(parts.Sum(p => p.Clusters.All.Count));
        var placed = new List<(NameClusters Part, int Offset)>(parts.Count);
        var partOfDocument = new Dictionary<string, (NameClusters Part, int Offset)>(StringComparer.Ordinal);
        foreach (var (clusters, documentIds) in parts)
        {
            var offset = all.Count;
            all.AddRange(offset == 0 ? clusters.All : clusters.All.Select(c => c with { Id = c.Id + offset }));
            placed.Add((clusters, offset));
            foreach (var id in documentIds)
            {
                partOfDocument[id] = (clusters, offset);
            }
        }

        return new NameClusters(all, placed, partOfDocument);
    }

    private IEnumerable<(int Id, Mention Mention)> Pairs() => _byMention is not null
        ? _byMention.Select(p => (p.Value, p.Key))
        : _parts.SelectMany(p => p.Part.Pairs().Select(pair => (pair.Id + p.Offset, pair.Mention)));
}
