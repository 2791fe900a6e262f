using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// Gives a law to the citations that name none: 別表第二の1、2、… in a row whose cell begins (前省略) cites the
/// table of the law the same slot cites elsewhere (番号法別表第二).
/// </summary>
internal static partial class ContextLawResolver
{
    public static List<EntryMentions> Resolve(IReadOnlyList<EntryMentions> rows)
    {
        var lawsBySlot = rows
            .SelectMany(r => r.Changed.Where(m => m.Type == EntityType.Statute && m.Name.Length > 0 && m.Provision is not null)
                .Select(m => (Slot: Slot(r), Table: Table(m.Provision!), m.Name)))
            .Where(x => x.Table.Length > 0)
            .GroupBy(x => (x.Slot, x.Table))
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Name).OrderByDescending(n => n.Count()).First().Key);

        return rows.Select(row =>
        {
            if (!row.Changed.Any(m => m.Type == EntityType.Statute && m.Name.Length == 0))
            {
                return row;
            }

            var slot = Slot(row);
            Mention Fill(Mention m) =>
                m.Type == EntityType.Statute && m.Name.Length == 0 && m.Provision is { } p && lawsBySlot.TryGetValue((slot, Table(p)), out var law)
                    ? m with { Name = law, Key = NameKeys.Of(law) }
                    : m;
            return row with { Before = row.Before.Select(Fill).ToList(), After = row.After.Select(Fill).ToList() };
        }).ToList();
    }

    private static string Slot(EntryMentions row) => SlotKeys.Of(row.Entry);

    private static string Table(string provision) => TablePrefix().Match(provision).Value;

    [GeneratedRegex(@"^別表第?\d+")]
    private static partial Regex TablePrefix();
}
