namespace PiaSearch.Search.Querying;

/// <summary>How a query's words are matched.</summary>
public enum SearchAnalysis
{
    /// <summary>As Japanese words and as character bigrams, whole-word matches first (<see cref="HybridQueries"/>); the default.</summary>
    Hybrid,

    /// <summary>As character bigrams only, the words as typed (no expansion): the baseline that relevance is measured against.</summary>
    Bigrams,
}
