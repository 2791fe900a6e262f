using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;

namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>
/// The list requests of the cross-reference API, as the API and the benchmark run them: a page of what matches,
/// read through <see cref="ModelLookups"/> so that a selective request costs the same on any size of corpus.
/// </summary>
public static class CrossReferenceQueries
{
    /// <summary>
    /// Entities by name, in one organisation when given: O(m log m) for the m entities with a key containing the
    /// query, plus the page; without a query, the organisation's (or every) entity in a precomputed order.
    /// </summary>
    public static EntityListResponse Entities(CrossReferenceModel model, EntityType? type, string? q, int page, int size, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        IReadOnlyList<Entity> found = organisation is null ? EntityFinder.Search(model, type, q)
            : string.IsNullOrWhiteSpace(q) ? model.Lookups.EntitiesIn(organisation).Where(e => type is null || e.Type == type).ToList()
            : EntityFinder.Search(model, type, q).Where(e => model.Lookups.IsIn(e, organisation)).ToList();
        var shown = found.Skip((page - 1) * size).Take(size);
        return new EntityListResponse(found.Count, organisation is null
            ? shown.Select(CrossReferenceDtos.Summary).ToList()
            : shown.Select(e => CrossReferenceDtos.Summary(model, e, organisation)).ToList());
    }

    /// <summary>
    /// Successions by name, type and kind (see <see cref="SuccessionFinder.Find"/>), and the chains of the page's
    /// successions only: O(page·L) on top of the finding, L ≤ <see cref="SuccessionChains.MaxLength"/>.
    /// </summary>
    public static SuccessionListResponse Successions(CrossReferenceModel model, string? name, EntityType? type, SuccessionKind? kind, int page, int size, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var found = organisation is null ? SuccessionFinder.Find(model, name, type, kind)
            : string.IsNullOrWhiteSpace(name) ? model.Lookups.SuccessionsIn(organisation).Where(s => (type is null || s.Type == type) && (kind is null || s.Kind == kind)).ToList()
            : SuccessionFinder.Find(model, name, type, kind).Where(s => model.Lookups.OrganisationOf(s.Evidence[0].DocumentId) == organisation).ToList();
        var shown = found.Skip((page - 1) * size).Take(size).ToList();
        var chains = new List<IReadOnlyList<Succession>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var succession in shown)
        {
            if (model.Lookups.Chains.Through(succession) is { } chain && seen.Add(string.Join('|', chain.Select(s => s.Id))))
            {
                chains.Add(chain);
            }
        }

        // A chain inside another one on the page (the same turns, fewer of them) adds nothing: keep the longer.
        chains = chains.Where(c => !chains.Any(other => other.Count > c.Count && Contains(other, c))).ToList();
        var listed = shown.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var linked = chains.SelectMany(c => c).Where(s => listed.Add(s.Id)).OrderBy(s => s.Date?.From ?? DateOnly.MaxValue).ThenBy(s => s.Evidence[0].Line);
        return new SuccessionListResponse(
            found.Count,
            page,
            size,
            shown.Select(CrossReferenceDtos.Succession).ToList(),
            chains.Select(c => (IReadOnlyList<string>)c.Select(s => s.Id).ToList()).ToList(),
            linked.Select(CrossReferenceDtos.Succession).ToList());
    }

    /// <summary>True when <paramref name="part"/> is a run of consecutive successions of <paramref name="whole"/>. O(|whole|).</summary>
    private static bool Contains(IReadOnlyList<Succession> whole, IReadOnlyList<Succession> part)
    {
        var start = -1;
        for (var i = 0; i < whole.Count; i++)
        {
            if (ReferenceEquals(whole[i], part[0]))
            {
                start = i;
                break;
            }
        }

        if (start < 0 || start + part.Count > whole.Count)
        {
            return false;
        }

        for (var i = 1; i < part.Count; i++)
        {
            if (!ReferenceEquals(whole[start + i], part[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Slots by file and path (see <see cref="SlotLookup.Find"/>), the page's histories and values on <paramref name="asOf"/>.</summary>
    public static SlotListResponse Slots(CrossReferenceModel model, string? file, string? path, DateOnly? asOf, int page, int size, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var slots = organisation is null ? SlotLookup.Find(model, file, path)
            : string.IsNullOrWhiteSpace(file) && string.IsNullOrWhiteSpace(path) ? model.Lookups.SlotsIn(organisation)
            : SlotLookup.Find(model, file, path).Where(s => model.Lookups.OrganisationOf(s.DocumentId) == organisation).ToList();
        return new SlotListResponse(slots.Count, page, size, asOf, slots.Skip((page - 1) * size).Take(size).Select(s => CrossReferenceDtos.Slot(model, s, asOf)).ToList());
    }
}
