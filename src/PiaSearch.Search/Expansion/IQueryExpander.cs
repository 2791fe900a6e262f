using PiaSearch.CrossReference.Understanding;

namespace PiaSearch.Search.Expansion;

/// <summary>Finds the other ways of writing the words of a query (names over time, spellings, abbreviations, synonyms).</summary>
public interface IQueryExpander
{
    /// <summary>The expansions of each word; none for a word that names nothing known. Must cost little and not grow with the corpus.</summary>
    /// <param name="words">The query's words, normalised, in order.</param>
    /// <param name="municipality">When the search is limited to one municipality, its name.</param>
    IReadOnlyList<QueryExpansion> Expand(IReadOnlyList<string> words, string? municipality);
}
