using System.Text.Json.Serialization;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Indexing;

/// <summary>Serialisation of the stored entry; source-generated so no reflection at query time.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChangeEntry))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;
