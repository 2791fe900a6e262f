namespace PiaSearch.Search.Querying;

/// <summary>Search parameters as a request gives them, typed but not yet checked against the index.</summary>
public sealed record SearchInput
{
    public string? Q { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? File { get; init; }

    public string? Chapter { get; init; }

    public string? Timing { get; init; }

    /// <summary>change (default) or section.</summary>
    public string? Kind { get; init; }

    public string? Document { get; init; }

    public string? Municipality { get; init; }

    public string? Entity { get; init; }

    public string? EntityType { get; init; }

    public string? Sort { get; init; }

    /// <summary>False searches the words only as typed; null or true also searches their expansions.</summary>
    public bool? Expand { get; init; }

    /// <summary>Expansion terms not to search, separated by commas.</summary>
    public string? Exclude { get; init; }

    public int? Page { get; init; }

    public int? Size { get; init; }
}
