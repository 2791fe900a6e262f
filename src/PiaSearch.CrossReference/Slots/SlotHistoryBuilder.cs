using System.Text;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Slots;

/// <summary>
/// Orders each slot's changes by date and links every change to the one it continues: the latest earlier change
/// whose after text its before text repeats. A change that continues none is flagged; the chain that reaches the
/// last change is the slot's main line.
/// </summary>
internal static class SlotHistoryBuilder
{
    public static List<Slot> Build(IReadOnlyList<EntryMentions> rows, Func<Mention, string?> entityOf)
    {
        var slots = new List<Slot>();
        foreach (var group in rows.GroupBy(r => (r.Entry.DocumentId, Key: SlotKeys.Of(r.Entry.Item, r.BeforeText, r.AfterText))))
        {
            var ordered = group.OrderBy(r => r.Entry.Date?.From ?? DateOnly.MaxValue).ThenBy(r => r.Entry.Line).ToList();
            var links = Link(ordered, entityOf);
            var main = MainLine(links);
            var changes = ordered.Select((row, i) => new SlotChange(
                row.Entry.Id,
                row.Entry.DocumentId,
                row.Entry.Line,
                row.Entry.Date,
                row.Entry.Before.Text,
                row.Entry.After.Text,
                Ids(row.Before, entityOf),
                Ids(row.After, entityOf),
                links[i].Previous is { } p ? ordered[p].Entry.Line : null,
                main.Contains(i),
                links[i].Consistent ? null : $"変更前の記載が {ordered[links[i].Previous!.Value].Entry.Line} 行の変更後の記載と異なる / the before text differs from the after text of line {ordered[links[i].Previous!.Value].Entry.Line}"))
                .ToList();
            var latest = ordered[^1].Entry.Item;
            slots.Add(new Slot(group.Key.Key, group.Key.DocumentId, latest.File, latest.Chapter, latest.Path, changes));
        }

        return slots;
    }

    private static List<(int? Previous, bool Consistent)> Link(List<EntryMentions> ordered, Func<Mention, string?> entityOf)
    {
        var links = new List<(int?, bool)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == 0)
            {
                links.Add((null, true));
                continue;
            }

            var previous = Enumerable.Range(0, i).Reverse().FirstOrDefault(j => Continues(ordered[i], ordered[j], entityOf), -1);
            links.Add(previous >= 0 ? (previous, true) : (i - 1, false));
        }

        return links;
    }

    /// <summary>The changes on the chain that ends at the last change.</summary>
    private static HashSet<int> MainLine(List<(int? Previous, bool Consistent)> links)
    {
        var main = new HashSet<int>();
        int? at = links.Count - 1;
        while (at is { } i && main.Add(i))
        {
            at = links[i].Previous;
        }

        return main;
    }

    /// <summary>True when <paramref name="next"/>'s before text repeats <paramref name="previous"/>'s after text (elided parts and the entities named aside).</summary>
    private static bool Continues(EntryMentions next, EntryMentions previous, Func<Mention, string?> entityOf)
    {
        var before = Comparable(next.BeforeText);
        var after = Comparable(previous.AfterText);
        if (before == after)
        {
            return true;
        }

        var elided = next.BeforeText != ElisionMarkers.MaskAll(next.BeforeText) || previous.AfterText != ElisionMarkers.MaskAll(previous.AfterText);
        if (!elided || before.Length == 0 || after.Length == 0)
        {
            return false;
        }

        var beforeIds = Ids(next.Before, entityOf);
        var afterIds = Ids(previous.After, entityOf);
        return (beforeIds.Count > 0 && beforeIds.All(afterIds.Contains)) || after.Contains(before, StringComparison.Ordinal) || before.Contains(after, StringComparison.Ordinal);
    }

    private static string Comparable(string text)
    {
        var masked = ElisionMarkers.MaskAll(text);
        if (ElisionMarkers.IsAbsent(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(masked.Length);
        foreach (var c in masked.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c != ElisionMarkers.Mask)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static List<string> Ids(IEnumerable<Mention> mentions, Func<Mention, string?> entityOf) =>
        mentions.Select(entityOf).OfType<string>().Distinct().ToList();
}
