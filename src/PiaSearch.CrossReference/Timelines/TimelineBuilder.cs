using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;

namespace PiaSearch.CrossReference.Timelines;

/// <summary>
/// Builds an entity's timeline from the model: first and last rows, names, slot occupancy, successions.
/// O(m log m + c) for the entity's m mentions and the c changes of the slots it occurs in.
/// </summary>
public static class TimelineBuilder
{
    public static EntityTimeline Build(CrossReferenceModel model, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(entity);
        var occurrences = entity.Aliases.SelectMany(a => a.Occurrences)
            .OrderBy(o => o.Date?.From ?? DateOnly.MaxValue)
            .ThenBy(o => o.Line)
            .ToList();
        var dated = occurrences.Where(o => o.Date is not null).ToList();
        var successions = model.Lookups.SuccessionsOf(entity.Id).ToList();
        var slots = model.Lookups.SlotsOf(entity.Id).SelectMany(slot => Occupancy(slot, entity.Id)).ToList();
        return new EntityTimeline(entity, dated.FirstOrDefault() ?? occurrences.FirstOrDefault(), dated.LastOrDefault() ?? occurrences.LastOrDefault(), entity.Names, slots, successions);
    }

    /// <summary>
    /// The intervals an entity spends in a slot, walking its changes in order: it arrives with a change that names
    /// it after, is found already there when a change names it before, and leaves with a change that drops it.
    /// </summary>
    private static IEnumerable<SlotOccupancy> Occupancy(Slot slot, string entityId)
    {
        SlotChange? opened = null;
        var openedBefore = false;
        foreach (var change in slot.Changes)
        {
            var before = change.BeforeEntityIds.Contains(entityId);
            var after = change.AfterEntityIds.Contains(entityId);
            if (opened is null && (before || after))
            {
                opened = change;
                openedBefore = before;
            }

            if (opened is not null && before && !after)
            {
                yield return Interval(slot, opened, openedBefore, change);
                opened = null;
            }
        }

        if (opened is not null)
        {
            yield return Interval(slot, opened, openedBefore, null);
        }
    }

    private static SlotOccupancy Interval(Slot slot, SlotChange opened, bool alreadyThere, SlotChange? closed) => new(
        slot.Key,
        slot.Label,
        slot.DocumentId,
        alreadyThere ? null : opened.Date,
        alreadyThere ? null : opened.Line,
        closed?.Date,
        closed?.Line,
        closed is null && !opened.OnMainLine);
}
