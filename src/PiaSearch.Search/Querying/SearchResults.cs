using PiaSearch.CrossReference.Understanding;
using PiaSearch.Search.Highlighting;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Querying;

/// <summary>One page of hits with the facet counts of the whole result set.</summary>
public sealed record SearchResults(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    QueryInterpretation Interpretation)
{
    /// <summary>
    /// True when the search ran out of time: the total, hits and counts are those of the rows examined until then
    /// (true matches, but not all of them).
    /// </summary>
    public bool Partial { get; init; }

    /// <summary>The other ways of writing the query's words that were searched too (none for a literal search).</summary>
    public IReadOnlyList<QueryExpansion> Expansions { get; init; } = [];

    /// <summary>With expansions, how many rows match the words as typed (those rank first); null without.</summary>
    public int? LiteralTotal { get; init; }
}

/// <summary>A matching entry, its score and highlighted fragments per field.</summary>
/// <param name="Highlights">Field name → fragments, each a list of segments with the matches marked.</param>
public sealed record SearchHit(ChangeEntry Entry, float Score, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<HighlightSegment>>> Highlights)
{
    /// <summary>True when the query matched the row as whole Japanese words, not only as characters.</summary>
    public bool WholeWord { get; init; }

    /// <summary>Why the row matched an expanded search: the words as typed, or the expansions its text holds. Empty for a literal search.</summary>
    public IReadOnlyList<QueryExpansion> MatchedBy { get; init; } = [];
}

/// <summary>A facet value and how many hits have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>How the query text was understood.</summary>
/// <param name="Normalized">The query after width folding and removal of spaces inside Japanese words.</param>
/// <param name="PlainText">True when some or all of the text was searched as plain words (invalid syntax, or syntax beyond <see cref="QuerySyntaxLimits"/>).</param>
public sealed record QueryInterpretation(string Normalized, bool PlainText);
