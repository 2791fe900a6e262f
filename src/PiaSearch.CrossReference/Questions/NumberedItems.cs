using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// The slots of numbered items (委託事項3, 提供先2-①提供先), by label and by municipality, and the rows of lists kept elsewhere
/// whose cells say what they are (別添4-13: 提供先：…). Built once per model, O(slots); a question about additions then reads
/// only the items of its label or of each municipality, with no text work per slot.
/// </summary>
internal sealed partial class NumberedItems
{
    private readonly Dictionary<string, List<Item>> _byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Item>> _byOrganisation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Slot>> _listRows = new(StringComparer.Ordinal);

    public NumberedItems(CrossReferenceModel model)
    {
        foreach (var slot in model.Slots)
        {
            var organisation = model.Lookups.OrganisationOf(slot.DocumentId);
            var path = TextKey.Of(slot.Path);
            if (Label().Match(path) is not { Success: true } label)
            {
                if (slot.Changes.Any(c => SaysWhatItIs(c.After) || SaysWhatItIs(c.Before)))
                {
                    Add(_listRows, organisation, slot);
                }

                continue;
            }

            // The first field: ① (which a key writes 1) not followed by another digit, or the item's own row.
            var rest = path[(label.Index + label.Length)..].TrimStart('-', '‐', '−');
            var first = rest.Length == 0 || rest[0] == '①' || (rest[0] == '1' && (rest.Length == 1 || !char.IsAsciiDigit(rest[1])));
            var item = new Item(slot, label.Value, first, path, TextKey.Of(slot.File ?? string.Empty))
            {
                Filled = slot.Changes.Where(c => c.Date is not null && AddRemoveAnswers.Fills(c)).ToList(),
                Emptied = slot.Changes.Where(c => c.Date is not null && AddRemoveAnswers.Empties(c)).ToList(),
            };
            Add(_byLabel, label.Value, item);
            Add(_byOrganisation, organisation, item);
        }
    }

    /// <summary>A slot of a numbered item: its label, whether it is the item's own row or first field, its path and file as keys.</summary>
    public sealed record Item(Slot Slot, string Label, bool FirstField, string PathKey, string FileKey)
    {
        /// <summary>The dated changes that filled the slot (it held nothing or a placeholder), in date order.</summary>
        public IReadOnlyList<SlotChange> Filled { get; init; } = [];

        /// <summary>The dated changes that emptied it.</summary>
        public IReadOnlyList<SlotChange> Emptied { get; init; } = [];
    }

    /// <summary>Every item slot with this label (委託事項3 is not 委託事項30), in every municipality.</summary>
    public IReadOnlyList<Item> WithLabel(string label) => _byLabel.GetValueOrDefault(TextKey.Of(label)) ?? [];

    /// <summary>Every item slot of a municipality.</summary>
    public IReadOnlyList<Item> In(string organisation) => _byOrganisation.GetValueOrDefault(organisation) ?? [];

    /// <summary>The rows of a municipality's lists kept elsewhere whose cells name what they are (提供先：…).</summary>
    public IReadOnlyList<Slot> ListRowsIn(string organisation) => _listRows.GetValueOrDefault(organisation) ?? [];

    private static bool SaysWhatItIs(string cell) => cell.Contains('：') || cell.Contains(':');

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    [GeneratedRegex(@"(?:委託事項|提供先|移転先|再委託先|システム|リスク)\d{1,2}(?!\d)")]
    private static partial Regex Label();
}
