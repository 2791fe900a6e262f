using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Successions;

/// <summary>Merges the row changes that tell the same succession on the same date (情報課 → 情報政策課 in three files) into one, with every row as evidence.</summary>
internal static class SuccessionAggregator
{
    public static List<Succession> Aggregate(IReadOnlyList<RowChange> changes, IReadOnlyList<string> entityOfCluster)
    {
        return changes
            .GroupBy(c => $"{c.DocumentId}|{c.Type}|{c.Kind}|{Key(c.Before, c.Kind, c.After)}|{Key(c.After, c.Kind, c.Before)}|{c.Date?.Raw}")
            .Select(g =>
            {
                var rows = g.OrderBy(c => c.Line).ToList();
                var first = rows[0];
                return new Succession(
                    StableIds.Of("succession", g.Key),
                    first.Type,
                    first.Kind,
                    End(first.Before, first.Kind, first.After, entityOfCluster),
                    End(first.After, first.Kind, first.Before, entityOfCluster),
                    first.Date,
                    rows.Select(c => new EvidenceRow(c.DocumentId, c.Line, c.SlotKey)).ToList(),
                    rows.Max(c => c.Confidence),
                    rows.SelectMany(c => c.Reasons).Distinct().ToList());
            })
            .OrderBy(s => s.Date?.From ?? DateOnly.MaxValue)
            .ThenBy(s => s.Evidence[0].Line)
            .ToList();
    }

    private static string Key(SuccessionSide? side, SuccessionKind kind, SuccessionSide? other) =>
        side is null ? string.Empty
        : side.ClusterId < 0 ? side.Name
        : SuccessionKinds.OfTheName(kind, side, other) ? $"{side.ClusterId}"
        : $"{side.ClusterId}|{side.Provision}";

    private static SuccessionEnd? End(SuccessionSide? side, SuccessionKind kind, SuccessionSide? other, IReadOnlyList<string> entityOfCluster) =>
        side is null
            ? null
            : new SuccessionEnd(side.Name, SuccessionKinds.OfTheName(kind, side, other) ? null : side.Provision, side.ClusterId >= 0 ? entityOfCluster[side.ClusterId] : null);
}
