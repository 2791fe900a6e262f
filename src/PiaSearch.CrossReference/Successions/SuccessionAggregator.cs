using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Successions;

/// <summary>Merges the row changes that tell the same succession on the same date (情報課 → 情報政策課 in three files) into one, with every row as evidence.</summary>
internal static class SuccessionAggregator
{
    public static List<Succession> Aggregate(IReadOnlyList<RowChange> changes, IReadOnlyList<string> entityOfCluster)
    {
        return changes
            .GroupBy(c => $"{c.DocumentId}|{c.Type}|{c.Kind}|{Key(c.Before, c.Kind)}|{Key(c.After, c.Kind)}|{c.Date?.Raw}")
            .Select(g =>
            {
                var rows = g.OrderBy(c => c.Line).ToList();
                var first = rows[0];
                return new Succession(
                    StableIds.Of("succession", g.Key),
                    first.Type,
                    first.Kind,
                    End(first.Before, first.Kind, entityOfCluster),
                    End(first.After, first.Kind, entityOfCluster),
                    first.Date,
                    rows.Select(c => new EvidenceRow(c.DocumentId, c.Line, c.SlotKey)).ToList(),
                    rows.Max(c => c.Confidence),
                    rows.SelectMany(c => c.Reasons).Distinct().ToList());
            })
            .OrderBy(s => s.Date?.From ?? DateOnly.MaxValue)
            .ThenBy(s => s.Evidence[0].Line)
            .ToList();
    }

    private static string Key(SuccessionSide? side, SuccessionKind kind) =>
        side is null ? string.Empty
        : side.ClusterId < 0 ? side.Name
        : kind == SuccessionKind.Rename ? $"{side.ClusterId}"
        : $"{side.ClusterId}|{side.Provision}";

    private static SuccessionEnd? End(SuccessionSide? side, SuccessionKind kind, IReadOnlyList<string> entityOfCluster) =>
        side is null ? null : new SuccessionEnd(side.Name, kind == SuccessionKind.Rename ? null : side.Provision, side.ClusterId >= 0 ? entityOfCluster[side.ClusterId] : null);
}
