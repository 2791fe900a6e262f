using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Text;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Slots;

/// <summary>Finds slots by file and path, and reads a slot's value on a given day.</summary>
public static class SlotLookup
{
    /// <summary>
    /// Slots whose file matches <paramref name="file"/> and whose path contains <paramref name="path"/> (both compared
    /// without spaces, width or numbering style), in model order. Reads only the slots of the file or those whose path
    /// contains the text (<see cref="ModelLookups.SlotPaths"/>); with neither, every slot: O(slots).
    /// </summary>
    public static IReadOnlyList<Slot> Find(CrossReferenceModel model, string? file, string? path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var wantedFile = string.IsNullOrWhiteSpace(file) ? null : TextKey.Of(file);
        var wantedPath = string.IsNullOrWhiteSpace(path) ? null : TextKey.Of(path);
        IEnumerable<Slot> candidates = wantedFile is not null ? model.Lookups.SlotsOfFile(wantedFile)
            : wantedPath is not null ? model.Lookups.SlotPaths.Containing(wantedPath).Select(hit => hit.Item).Distinct()
            : model.Slots;
        var found = candidates
            .Where(s => wantedPath is null || TextKey.Of(s.Path).Contains(wantedPath, StringComparison.Ordinal) || TextKey.Of(s.Key).Contains(wantedPath, StringComparison.Ordinal))
            .ToList();
        return wantedFile is null && wantedPath is not null ? InModelOrder(model, found) : found;
    }

    /// <summary>The value of <paramref name="slot"/> on <paramref name="date"/>.</summary>
    public static SlotValue AsOf(Slot slot, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var main = slot.Changes.Where(c => c.OnMainLine && c.Date is not null).ToList();
        var applied = main.Where(c => c.Date!.To < date).ToList();
        var pending = main.Where(c => c.Date!.From <= date && date <= c.Date.To).ToList();
        var conflicts = slot.Changes.Where(c => !c.OnMainLine && c.Date is not null && c.Date.From <= date).ToList();
        var current = applied.LastOrDefault();
        if (current is not null)
        {
            return new SlotValue(slot, date, current, ValueOf(current.After), current.AfterEntityIds, pending, conflicts);
        }

        // Nothing changed yet: the value is what the first change found, if the slot existed.
        var first = main.FirstOrDefault();
        return first is null
            ? new SlotValue(slot, date, null, null, [], pending, conflicts)
            : new SlotValue(slot, date, null, ValueOf(first.Before), first.BeforeEntityIds, pending, conflicts);
    }

    private static List<Slot> InModelOrder(CrossReferenceModel model, List<Slot> slots)
    {
        if (slots.Count < 2)
        {
            return slots;
        }

        var position = model.Lookups.SlotPosition;
        return slots.OrderBy(s => position[s]).ToList();
    }

    private static string? ValueOf(string text) => ElisionMarkers.IsAbsent(text) ? null : text;
}
