using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Timelines;

/// <summary>
/// The organisations an entity appears in, with when: a contractor that serves several municipalities is one entity,
/// and this says which bodies, from when to when. O(m log m) for the entity's m mentions.
/// </summary>
public static class OrganisationSpans
{
    public static IReadOnlyList<OrganisationSpan> Of(CrossReferenceModel model, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Aliases
            .SelectMany(a => a.Occurrences)
            .GroupBy(o => model.Lookups.OrganisationOf(o.DocumentId), StringComparer.Ordinal)
            .Select(g =>
            {
                var dated = g.Where(o => o.Date is not null).ToList();
                return new OrganisationSpan(
                    g.Key,
                    model.OrganisationOf(g.First().DocumentId) is not null,
                    g.Select(o => o.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                    dated.MinBy(o => o.Date!.From)?.Date,
                    dated.MaxBy(o => o.Date!.To)?.Date,
                    g.Select(o => (o.DocumentId, o.Line)).Distinct().Count());
            })
            .OrderBy(s => s.From?.From ?? DateOnly.MaxValue)
            .ThenBy(s => s.Organisation, StringComparer.Ordinal)
            .ToList();
    }
}
