using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Successions;

/// <summary>Finds successions by a name on either side (any spelling of an entity's names, or part of a name), type and kind.</summary>
public static class SuccessionFinder
{
    public static IReadOnlyList<Succession> Find(CrossReferenceModel model, string? name, EntityType? type, SuccessionKind? kind)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entities = string.IsNullOrWhiteSpace(name)
            ? null
            : EntityFinder.Search(model, type, name).Where(e => EntityFinder.Score(model, e, EntityFinder.Key(name)) >= 2).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var key = string.IsNullOrWhiteSpace(name) ? null : EntityFinder.Key(name);
        bool Matches(SuccessionEnd? end) =>
            end is not null && (entities!.Contains(end.EntityId ?? string.Empty) || EntityFinder.Key(end.Citation).Contains(key!, StringComparison.Ordinal));
        return model.Successions
            .Where(s => type is null || s.Type == type)
            .Where(s => kind is null || s.Kind == kind)
            .Where(s => key is null || Matches(s.Before) || Matches(s.After))
            .ToList();
    }
}
