namespace PiaSearch.CrossReference.Understanding;

/// <summary>How expansions rank against each other, and their names in the API.</summary>
public static class ExpansionKinds
{
    /// <summary>
    /// The tier of a kind: 0 for the words as typed, then spelling and abbreviation, former and later names, renumbered
    /// provisions, and last synonyms, fuzzy names and reordered words.
    /// </summary>
    public static int Rank(this ExpansionKind kind) => kind switch
    {
        ExpansionKind.Literal => 0,
        ExpansionKind.Spelling or ExpansionKind.Abbreviation => 1,
        ExpansionKind.FormerName or ExpansionKind.LaterName => 2,
        ExpansionKind.Renumbered => 3,
        _ => 4,
    };

    /// <summary>The lowest tier.</summary>
    public const int LowestRank = 4;
}
