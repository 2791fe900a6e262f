namespace PiaSearch.Search.Catalog;

/// <summary>What the person adding a change log can say about it.</summary>
public sealed record DocumentMetadata(string? Municipality = null, string? Evaluation = null)
{
    public static DocumentMetadata None { get; } = new();
}
