using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;

namespace PiaSearch.CrossReference.Successions;

/// <summary>What makes two mentions the same in a row's before and after text: the name cluster, and for statutes the provision cited.</summary>
/// <param name="Cluster">The id of the mention's name cluster.</param>
/// <param name="Provision">The provision cited (article, table), empty when none.</param>
internal readonly record struct MentionIdentity(int Cluster, string Provision)
{
    public static MentionIdentity Of(Mention mention, NameClusters clusters) =>
        new(clusters.Of(mention)!.Id, mention.Provision ?? string.Empty);
}
