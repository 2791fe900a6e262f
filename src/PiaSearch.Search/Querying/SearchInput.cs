namespace PiaSearch.Search.Querying;

/// <summary>Search parameters exactly as a person typed them, before validation.</summary>
public sealed record SearchInput
{
    public string? Q { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

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

    public string? Page { get; init; }

    public string? Size { get; init; }
}
