using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Model;

public sealed partial class CrossReferenceModel
{
    /// <summary>
    /// The model of several organisations' parts side by side. Departments, people and phones stay in their part; a
    /// contractor, law, system or document that several parts name (by a shared name key, or a law by its
    /// promulgation number) becomes one entity, and the successions and slots that named it point to it.
    /// Rows, mentions and successions are not copied (only those whose entity was joined are); cluster ids are shifted
    /// by the part's offset. Cost: O(E + C + S + L) for the parts' entities, clusters, successions and slots, then
    /// the model's own indexes (O(R + M) for the rows and mentions); one part is returned as a model with no work.
    /// </summary>
    /// <param name="parts">The parts, in a stable order (the builder's is by key).</param>
    /// <param name="organisationOf">The municipality of a change log, when known.</param>
    public static CrossReferenceModel Combine(IReadOnlyList<ModelPart> parts, Func<string, string?>? organisationOf = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 1)
        {
            var only = parts[0];
            // The part's own chains (built with it): its successions are the model's.
            return new CrossReferenceModel(
                only.Entries, only.Rows, only.Clusters, only.Entities, only.EntityOfCluster, () => only.RowChanges, only.Successions, only.Slots, organisationOf, _ => only.Chains);
        }

        var clusters = NameClusters.Combine(parts.Select(p => (p.Clusters, p.DocumentIds)).ToList());
        var offsets = new int[parts.Count];
        for (var i = 1; i < parts.Count; i++)
        {
            offsets[i] = offsets[i - 1] + parts[i - 1].Clusters.All.Count;
        }

        var (entities, renamed) = SharedEntities.Join(parts, offsets, clusters);
        string Id(string id) => renamed.GetValueOrDefault(id, id);
        var entityOfCluster = parts.SelectMany(p => p.EntityOfCluster.Select(Id)).ToArray();
        var successions = parts.SelectMany(p => p.Successions)
            .Select(s => Renamed(s, renamed))
            .OrderBy(s => s.Date?.From ?? DateOnly.MaxValue)
            .ThenBy(s => s.Evidence[0].Line)
            .ToList();
        var slots = parts.SelectMany(p => p.Slots).Select(s => Renamed(s, renamed)).ToList();
        IReadOnlyList<RowChange> RowChanges() => parts.SelectMany((p, i) => offsets[i] == 0 ? p.RowChanges : p.RowChanges.Select(c => Shifted(c, offsets[i]))).ToList();
        var partOfDocument = new Dictionary<string, ModelPart>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var id in part.DocumentIds)
            {
                partOfDocument[id] = part;
            }
        }

        SuccessionChains? ChainsOf(Succession s) => partOfDocument.GetValueOrDefault(s.Evidence[0].DocumentId)?.Chains;
        return new CrossReferenceModel(
            parts.SelectMany(p => p.Entries).ToList(),
            parts.SelectMany(p => p.Rows).ToList(),
            clusters,
            entities,
            entityOfCluster,
            RowChanges,
            successions,
            slots,
            organisationOf,
            ChainsOf);
    }

    private static Succession Renamed(Succession succession, Dictionary<string, string> renamed)
    {
        SuccessionEnd? End(SuccessionEnd? end) =>
            end?.EntityId is { } id && renamed.TryGetValue(id, out var joined) ? end with { EntityId = joined } : end;
        return renamed.Count == 0 || (End(succession.Before) == succession.Before && End(succession.After) == succession.After)
            ? succession
            : succession with { Before = End(succession.Before), After = End(succession.After) };
    }

    private static Slot Renamed(Slot slot, Dictionary<string, string> renamed)
    {
        if (renamed.Count == 0 || !slot.Changes.Any(c => c.BeforeEntityIds.Concat(c.AfterEntityIds).Any(renamed.ContainsKey)))
        {
            return slot;
        }

        IReadOnlyList<string> Ids(IReadOnlyList<string> ids) => ids.Select(id => renamed.GetValueOrDefault(id, id)).Distinct(StringComparer.Ordinal).ToList();
        return slot with { Changes = slot.Changes.Select(c => c with { BeforeEntityIds = Ids(c.BeforeEntityIds), AfterEntityIds = Ids(c.AfterEntityIds) }).ToList() };
    }

    private static RowChange Shifted(RowChange change, int offset)
    {
        static SuccessionSide? Side(SuccessionSide? side, int offset) => side is { ClusterId: >= 0 } ? side with { ClusterId = side.ClusterId + offset } : side;
        return change with { Before = Side(change.Before, offset), After = Side(change.After, offset) };
    }
}
