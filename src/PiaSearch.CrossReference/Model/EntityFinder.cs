using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// Finds entities by name: any of their names or spellings, with or without a company's legal form, whatever
/// the width, spacing or OCR noise. The best matches come first: a name, then a spelling, then a part of one.
/// </summary>
public static class EntityFinder
{
    /// <summary>
    /// Entities matching <paramref name="query"/>, best first. Reads only the entities with a key containing the
    /// query (<see cref="ModelLookups.Names"/>): O(m log m) for m such entities. Without a query, every entity (of
    /// the type) in a precomputed order: O(1) until the caller pages through it.
    /// </summary>
    public static IReadOnlyList<Entity> Search(CrossReferenceModel model, EntityType? type, string? query)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (string.IsNullOrWhiteSpace(query))
        {
            return type is { } only ? model.Lookups.EntitiesOf(only) : model.Lookups.AllEntities;
        }

        var wanted = Key(query);
        return model.Lookups.Names.Containing(wanted)
            .Select(hit => hit.Item)
            .Where(e => type is null || e.Type == type)
            .Distinct()
            .Select(e => (Entity: e, Score: Score(model, e, wanted)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .ThenByDescending(p => p.Score == 1 && NameContains(p.Entity, wanted))
            .ThenByDescending(p => p.Entity.MentionCount)
            .ThenBy(p => p.Entity.Name, StringComparer.Ordinal)
            .Select(p => p.Entity)
            .ToList();
    }

    /// <summary>
    /// For what has been typed when no name contains it: the entities one of whose names or spellings starts within a
    /// few edits of it (one from four characters, two from nine; <see cref="FuzzyDistance"/>), closest first, so a
    /// misspelled start still leads to the entity's current name. Text with digits is never matched loosely (第7号 is
    /// not 第8号). One bounded lookup (<see cref="Text.SubstringIndex{T}.Similar"/>, at most 500 keys compared).
    /// </summary>
    public static IReadOnlyList<Entity> SearchMisspelledStart(CrossReferenceModel model, EntityType? type, string typed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(typed);
        var wanted = Key(typed);
        if (FuzzyDistance(wanted.Length) is not (> 0 and var distance) || wanted.Any(char.IsDigit))
        {
            return [];
        }

        return model.Lookups.Names.Similar(wanted, distance, maxCandidates: 500, prefix: true)
            .Where(c => !c.Item.IsPlaceholder && (type is null || c.Item.Type == type))
            .GroupBy(c => c.Item)
            .Select(g => (Entity: g.Key, Distance: g.Min(c => c.Distance)))
            .OrderBy(p => p.Distance)
            .ThenByDescending(p => p.Entity.MentionCount)
            .ThenBy(p => p.Entity.Name, StringComparer.Ordinal)
            .Select(p => p.Entity)
            .ToList();
    }

    /// <summary>How many edits a name's key of this length may be from what was typed: none below four characters, one up to eight, then two.</summary>
    public static int FuzzyDistance(int keyLength) => keyLength switch
    {
        < 4 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>The entity a name most likely denotes, or null.</summary>
    public static Entity? Resolve(CrossReferenceModel model, string name, EntityType? type = null) =>
        Search(model, type, name).FirstOrDefault(e => Score(model, e, Key(name)) >= 2);

    /// <summary>3: one of its names (or their keys: 生活福祉課 for 健康福祉部生活福祉課); 2: one of its spellings; 1: part of one.</summary>
    internal static int Score(CrossReferenceModel model, Entity entity, string wanted)
    {
        if (wanted.Length == 0)
        {
            return 0;
        }

        if (entity.Names.Any(n => Key(n.Name) == wanted || model.Clusters.All[n.ClusterId].Keys.Contains(wanted)))
        {
            return 3;
        }

        if (entity.Aliases.Any(a => Key(a.Surface) == wanted))
        {
            return 2;
        }

        return entity.Names.Select(n => n.Name).Concat(entity.Aliases.Select(a => a.Surface)).Any(s => Key(s).Contains(wanted, StringComparison.Ordinal)) ? 1 : 0;
    }

    /// <summary>
    /// Whether one of its names (not only a spelling) contains the query: 情報 is part of 情報政策課's name but only of
    /// a citation of 番号法 (第19条(特定個人情報の提供の制限)), so the department comes first whatever the mention counts.
    /// </summary>
    private static bool NameContains(Entity entity, string wanted) =>
        entity.Names.Any(n => Key(n.Name).Contains(wanted, StringComparison.Ordinal));

    /// <summary>A name's key without a company's legal form.</summary>
    internal static string Key(string name) => NameKeys.Of(NameKeys.CoreCompanyName(name.Trim()));
}
