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

    private Lazy<Dictionary<string, IReadOnlyList<DocumentRecord>>>? _byMunicipality;
    private Lazy<IReadOnlyList<string>>? _municipalityNames;

    private DocumentCatalog(ImmutableSortedDictionary<string, DocumentRecord> documents) => Documents = documents;

    public static DocumentCatalog Empty { get; } = new(ImmutableSortedDictionary.Create<string, DocumentRecord>(StringComparer.Ordinal));

    public ImmutableSortedDictionary<string, DocumentRecord> Documents { get; }

    public DocumentRecord? Find(string id) => Documents.GetValueOrDefault(id);

    /// <summary>
    /// The documents of a municipality, named in any width or spacing (目黒区, 目黒 区); empty when none. Indexed
    /// once per catalog (catalogs are immutable): O(1) per call after that.
    /// </summary>
    public IReadOnlyList<DocumentRecord> OfMunicipality(string name) =>
        ByMunicipality.Value.GetValueOrDefault(MunicipalityKey(name)) ?? [];

    /// <summary>Every municipality named by a document's metadata, in order.</summary>
    public IReadOnlyList<string> Municipalities => MunicipalityNames.Value;

    private Lazy<Dictionary<string, IReadOnlyList<DocumentRecord>>> ByMunicipality => _byMunicipality ??= new(() =>
        Documents.Values.Where(d => !string.IsNullOrWhiteSpace(d.Municipality))
            .GroupBy(d => MunicipalityKey(d.Municipality!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DocumentRecord>)g.ToList(), StringComparer.Ordinal));

    private Lazy<IReadOnlyList<string>> MunicipalityNames => _municipalityNames ??= new(() =>
        Documents.Values.Select(d => d.Municipality).OfType<string>().Where(m => m.Trim().Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    private static string MunicipalityKey(string name) => DocumentMetadata.CleanName(name) ?? string.Empty;

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
