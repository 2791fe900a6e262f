namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Keeps one reading of each stretch of text: a mention inside a longer one is part of that name (the
/// 個人番号カード in 個人番号カード管理システム, the システム in a law's title); of two readings of the same span
/// the more specific type wins.
/// </summary>
internal static class OverlapResolver
{
    public static List<Mention> Resolve(IEnumerable<Mention> mentions)
    {
        var ordered = mentions
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.Length)
            .ThenBy(m => Priority(m.Type))
            .ToList();
        // Kept mentions come in order of start, so a mention (starting at or after each of them) overlaps one of them
        // exactly when it starts before the furthest end kept so far. O(m log m), not O(m²): a crafted cell of thousands
        // of citations must not make extraction quadratic.
        var kept = new List<Mention>();
        var furthestEnd = int.MinValue;
        foreach (var mention in ordered)
        {
            if (mention.Length > 0 ? mention.Start < furthestEnd : kept.Any(k => Overlaps(k, mention)))
            {
                continue;
            }

            kept.Add(mention);
            furthestEnd = Math.Max(furthestEnd, mention.End);
        }

        return kept;
    }

    private static bool Overlaps(Mention a, Mention b) => a.Start < b.End && b.Start < a.End;

    private static int Priority(EntityType type) => type switch
    {
        EntityType.Statute => 0,
        EntityType.Contractor => 1,
        EntityType.System => 2,
        EntityType.Department => 3,
        EntityType.Document => 4,
        EntityType.Person => 5,
        _ => 6,
    };
}
