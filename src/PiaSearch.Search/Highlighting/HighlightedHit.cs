namespace PiaSearch.Search.Highlighting;

/// <summary>A hit's highlighted fragments per column, and whether the query matched it as whole words.</summary>
internal sealed record HighlightedHit(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<HighlightSegment>>> Fragments, bool WholeWord);
