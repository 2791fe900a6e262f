using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiaSearch.Search.Catalog;

/// <summary>
/// The change logs in the index. It is stored in the commit's user data, so it changes in the same atomic
/// step as the rows it describes.
/// </summary>
public sealed class DocumentCatalog
{
    internal const string CommitDataKey = "pia.catalog";

    private DocumentCatalog(ImmutableSortedDictionary<string, DocumentRecord> documents) => Documents = documents;

    public static DocumentCatalog Empty { get; } = new(ImmutableSortedDictionary.Create<string, DocumentRecord>(StringComparer.Ordinal));

    public ImmutableSortedDictionary<string, DocumentRecord> Documents { get; }

    public DocumentRecord? Find(string id) => Documents.GetValueOrDefault(id);

    public DocumentCatalog With(DocumentRecord record) => new(Documents.SetItem(record.Id, record));

    public DocumentCatalog Without(string id) => new(Documents.Remove(id));

    internal string Serialize() => JsonSerializer.Serialize(Documents.Values.ToList(), CatalogJsonContext.Default.ListDocumentRecord);

    internal static DocumentCatalog Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return Empty;
        }

        var records = JsonSerializer.Deserialize(json, CatalogJsonContext.Default.ListDocumentRecord) ?? [];
        return new DocumentCatalog(records.ToImmutableSortedDictionary(r => r.Id, r => r, StringComparer.Ordinal));
    }
}

[JsonSerializable(typeof(List<DocumentRecord>))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
