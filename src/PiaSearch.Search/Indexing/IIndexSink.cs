using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;

namespace PiaSearch.Search.Indexing;

/// <summary>Where parsed change logs are written: a batch on the live index, or a rebuild into a new folder.</summary>
public interface IIndexSink
{
    /// <summary>The catalog as it will be once the writes commit.</summary>
    DocumentCatalog Catalog { get; }

    /// <summary>Adds a change log with its record, or replaces the change log with the same id.</summary>
    void ReplaceDocument(DocumentRecord record, IEnumerable<ChangeEntry> entries);
}
