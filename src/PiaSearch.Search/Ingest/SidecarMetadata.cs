using System.Text.Json;
using PiaSearch.Search.Catalog;

namespace PiaSearch.Search.Ingest;

/// <summary>Reads <c>name.meta.json</c> next to <c>name.tsv</c>: <c>{ "municipality": "…", "evaluation": "…" }</c>.</summary>
public static class SidecarMetadata
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static DocumentMetadata Read(string changeLogPath)
    {
        var sidecar = Path.Combine(Path.GetDirectoryName(changeLogPath) ?? ".", Path.GetFileNameWithoutExtension(changeLogPath) + ChangeLogIngestor.SidecarSuffix);
        if (!File.Exists(sidecar))
        {
            return DocumentMetadata.None;
        }

        try
        {
            return JsonSerializer.Deserialize<DocumentMetadata>(File.ReadAllText(sidecar), Options) ?? DocumentMetadata.None;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{sidecar} is not valid metadata JSON: {ex.Message}", ex);
        }
    }
}
