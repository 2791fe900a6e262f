namespace PiaSearch.Search.Querying;

/// <summary>Order of hits.</summary>
public enum SearchSort
{
    /// <summary>Best match first; equal scores newest first.</summary>
    Relevance,

    /// <summary>Newest change first.</summary>
    Newest,

    /// <summary>Oldest change first.</summary>
    Oldest,
}
