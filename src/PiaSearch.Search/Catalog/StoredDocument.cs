namespace PiaSearch.Search.Catalog;

/// <summary>A document as the document store keeps it: the metadata file next to its content-addressed bytes.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Municipality">The municipality that published it, when known.</param>
/// <param name="Evaluation">The evaluation it belongs to, when known.</param>
/// <param name="Format">The format its bytes are in ("tsv").</param>
/// <param name="OriginalName">The file name it was given as (or the URL, or "upload").</param>
/// <param name="Source">Where it was read from: a path, a URL, "upload:name".</param>
/// <param name="IngestedAt">When it was stored.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes: the name of the blob that holds them.</param>
/// <param name="Length">Length of the bytes.</param>
public sealed record StoredDocument(
    string Id,
    string? Municipality,
    string? Evaluation,
    string Format,
    string OriginalName,
    string Source,
    DateTimeOffset IngestedAt,
    string Sha256,
    long Length)
{
    /// <summary>The metadata the person who gave the document stated.</summary>
    public DocumentMetadata Metadata => new(Municipality, Evaluation);
}
