namespace PiaSearch.Api.Contracts;

/// <summary>Add a change log fetched from a URL.</summary>
/// <param name="SourceUrl">http(s) URL of the change log (TSV).</param>
/// <param name="Id">Document id; by default the last segment of the URL without extension.</param>
/// <param name="Municipality">Municipality that published it.</param>
/// <param name="Evaluation">Evaluation it belongs to.</param>
public sealed record AddDocumentRequest(string? SourceUrl, string? Id = null, string? Municipality = null, string? Evaluation = null);
