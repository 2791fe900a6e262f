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

    /// <summary>
    /// One end as shown: the name (and the provision cited, for a change of citation). A rename within one law (an article's new
    /// caption) is named by its citation, 番号法第35条（個人番号通知書・…）, so that no page or answer says 番号法 became 番号法.
    /// </summary>
    private static SuccessionEnd? End(SuccessionSide? side, SuccessionKind kind, SuccessionSide? other, IReadOnlyList<string> entityOfCluster)
    {
        if (side is null)
        {
            return null;
        }

        var entity = side.ClusterId >= 0 ? entityOfCluster[side.ClusterId] : null;
        if (kind == SuccessionKind.Rename && !SuccessionKinds.OfTheName(kind, side, other))
        {
            return new SuccessionEnd(side.Citation, null, entity);
        }

        return new SuccessionEnd(side.Name, kind == SuccessionKind.Rename ? null : side.Provision, entity);
    }
}
