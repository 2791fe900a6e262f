using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>
/// Reads the change-log rows of one format: the cells of each row in column order with where they were found.
/// The parser makes entries of them, the same for every format.
/// </summary>
public interface IDocumentReader
{
    SourceFormat Format { get; }

    /// <summary>
    /// The rows of <paramref name="content"/> (seekable, positioned at the start). The sequence may be lazy: it is
    /// consumed while the stream is open.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">The document cannot be read at all (encrypted, no text, no table, damaged, past a limit).</exception>
    IEnumerable<SourceRow> ReadRows(Stream content, DocumentReadContext context);
}
