using PiaSearch.Search.Catalog;

namespace PiaSearch.Api.Endpoints;

/// <summary>A change log taken from a request, or the reasons it could not be.</summary>
public sealed record DocumentUpload(
    Stream? Content,
    string? Id,
    string? Source,
    DocumentMetadata Metadata,
    Dictionary<string, string[]>? Errors = null,
    string? Failure = null);
