using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Successions;

/// <summary>Finds successions by a name on either side (any spelling of an entity's names, or part of a name), type and kind.</summary>
public static class SuccessionFinder
{
    /// <summary>
    /// The successions in date order. With a name, only the successions of the entities that name denotes and of
    /// the citations containing it are read (see <see cref="EntityFinder.Search"/> and <see cref="ModelLookups.Citations"/>):
    /// the cost follows the matches, not the corpus. Without a name, every succession of the type and kind: O(S).
    /// </summary>
    public static IReadOnlyList<Succession> Find(CrossReferenceModel model, string? name, EntityType? type, SuccessionKind? kind)
    {
        ArgumentNullException.ThrowIfNull(model);
        IEnumerable<Succession> candidates;
        if (string.IsNullOrWhiteSpace(name))
        {
            candidates = model.Successions;
        }
        else
        {
            var key = EntityFinder.Key(name);
            var ofEntities = EntityFinder.Search(model, type, name)
                .Where(e => EntityFinder.Score(model, e, key) >= 2)
                .SelectMany(e => model.Lookups.SuccessionsOf(e.Id));
            var ofCitations = model.Lookups.Citations.Containing(key).Select(hit => hit.Item);
            candidates = ofEntities.Concat(ofCitations)
                .Distinct()
                .OrderBy(s => s.Date?.From ?? DateOnly.MaxValue)
                .ThenBy(s => s.Evidence[0].DocumentId, StringComparer.Ordinal)
                .ThenBy(s => s.Evidence[0].Line);
        }

        return candidates
            .Where(s => type is null || s.Type == type)
            .Where(s => kind is null || s.Kind == kind)
            .ToList();
    }
}
