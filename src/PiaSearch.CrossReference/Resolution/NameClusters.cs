using PiaSearch.CrossReference.Mentions;

namespace PiaSearch.CrossReference.Resolution;

/// <summary>The name clusters of a corpus and the cluster of each mention.</summary>
public sealed class NameClusters
{
    private readonly Dictionary<Mention, int> _byMention;

    internal NameClusters(IReadOnlyList<NameCluster> clusters, Dictionary<Mention, int> byMention)
    {
        All = clusters;
        _byMention = byMention;
    }

    public IReadOnlyList<NameCluster> All { get; }

    /// <summary>The cluster of a mention (by reference), or null for one that was not resolved (a citation with no law).</summary>
    public NameCluster? Of(Mention mention) => _byMention.TryGetValue(mention, out var id) ? All[id] : null;

    /// <summary>The mentions of each cluster.</summary>
    public ILookup<int, Mention> MentionsByCluster() => _byMention.ToLookup(p => p.Value, p => p.Key);
}
