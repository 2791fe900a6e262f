using System.Text;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Text;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Slots;

/// <summary>
/// Orders each slot's changes by date and links every change to the one it continues: the latest earlier change
/// whose after text its before text repeats. A change that continues none is flagged; the chain that reaches the
/// last change is the slot's main line.
/// </summary>
internal static class SlotHistoryBuilder
{
    /// <summary>A change is linked to one of at most this many changes before it: O(n·K) for an item changed n times.</summary>
    public const int MaxLookBack = 64;

    public static List<Slot> Build(IReadOnlyList<EntryMentions> rows, Func<Mention, string?> entityOf, bool parallel = true)
    {
        // Each slot is built on its own (on every core when asked), in the order the slots first appear.
        var groups = rows.GroupBy(r => (r.Entry.DocumentId, Key: SlotKeys.Of(r.Entry))).ToList();
        return parallel ? groups.AsParallel().AsOrdered().Select(Slot).ToList() : groups.ConvertAll(Slot);

        Slot Slot(IGrouping<(string DocumentId, string Key), EntryMentions> group)
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
                links[i].Consistent
                    ? null
                    : $"変更前の記載が {ordered[links[i].Previous!.Value].Entry.Line} 行の変更後の記載と異なる / " +
                        $"the before text differs from the after text of line {ordered[links[i].Previous!.Value].Entry.Line}"))
                .ToList();
            var latest = ordered[^1].Entry.Item;
            return new Slot(group.Key.Key, group.Key.DocumentId, latest.File, latest.Chapter, latest.Path, changes);
        }
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

            // The latest earlier change it continues, among the last MaxLookBack: an item edited thousands of times
            // would otherwise cost a comparison with every earlier change for each change (quadratic in its history).
            var previous = Enumerable.Range(Math.Max(0, i - MaxLookBack), i - Math.Max(0, i - MaxLookBack)).Reverse().FirstOrDefault(j => Continues(ordered[i], ordered[j], entityOf), -1);
            links.Add(previous >= 0 ? (previous, true) : (i - 1, AnotherPart(ordered[i], ordered[i - 1])));
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
        if (ElisionMarkers.IsElided(next.BeforeText))
        {
            return true; // (省略): the row does not show what it changed, so it cannot contradict it
        }

        var before = Comparable(next.BeforeText);
        var after = Comparable(previous.AfterText);
        if (before == after || (before.Length > 0 && SameNames(next.Entry.Before.Text, next.BeforeText, next.Before, previous.Entry.After.Text, previous.AfterText, previous.After, entityOf)))
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

        return TextKey.Of(masked).Replace(ElisionMarkers.Mask.ToString(), string.Empty, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two rows that edit different paragraphs or list entries of one long item (事務の内容: entry 4, then entry 1)
    /// share little text; that is not an inconsistency. Short values (委託先名: — then 未定) are always compared.
    /// </summary>
    private static bool AnotherPart(EntryMentions next, EntryMentions previous)
    {
        const int LongText = 20;
        // The common subsequence is quadratic in the texts: a long item is judged on its first 1,000 characters.
        const int Compared = 1_000;
        var before = Comparable(next.BeforeText);
        var after = Comparable(previous.AfterText);
        return before.Length >= LongText && after.Length >= LongText
            && Similarity.Overlap(before[..Math.Min(before.Length, Compared)], after[..Math.Min(after.Length, Compared)]) < 0.4;
    }

    /// <summary>
    /// The same names with (almost) the same words around them, however the names are written: ミドリ情報株式会社 and
    /// 株式会社ミドリ情報; 2所属長 戸籍住民課長 小野塚 知子 and 戸籍住民課 小野塚 知子 (the label belongs to the slot).
    /// </summary>
    private static bool SameNames(
        string rawBefore,
        string before,
        IReadOnlyList<Mention> beforeMentions,
        string rawAfter,
        string after,
        IReadOnlyList<Mention> afterMentions,
        Func<Mention, string?> entityOf)
    {
        var beforeIds = Ids(beforeMentions, entityOf);
        var afterIds = Ids(afterMentions, entityOf);
        if (beforeIds.Count == 0 || !beforeIds.ToHashSet().SetEquals(afterIds))
        {
            return false;
        }

        var a = Comparable(WithoutLabel(rawBefore, WithEntities(before, beforeMentions, entityOf)));
        var b = Comparable(WithoutLabel(rawAfter, WithEntities(after, afterMentions, entityOf)));
        return a == b || Similarity.WithinDistance(a, b, 2);
    }

    private static string WithoutLabel(string raw, string text)
    {
        if (SlotKeys.LabelOf(raw) is not { } label)
        {
            return text;
        }

        var rest = text.TrimStart().TrimStart("0123456789①②③④⑤⑥⑦⑧⑨⑩ ".ToCharArray());
        return rest.StartsWith(label, StringComparison.Ordinal) ? rest[label.Length..] : text;
    }

    /// <summary>The text with each mention replaced by its entity.</summary>
    private static string WithEntities(string text, IReadOnlyList<Mention> mentions, Func<Mention, string?> entityOf)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var mention in mentions.OrderBy(m => m.Start))
        {
            if (mention.Start < at || entityOf(mention) is not { } id)
            {
                continue;
            }

            sb.Append(text, at, mention.Start - at).Append('\u0001').Append(id).Append('\u0001');
            at = mention.End;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    private static List<string> Ids(IEnumerable<Mention> mentions, Func<Mention, string?> entityOf) =>
        mentions.Select(entityOf).OfType<string>().Distinct().ToList();
}
