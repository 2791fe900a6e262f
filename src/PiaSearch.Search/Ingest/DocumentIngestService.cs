using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Ingest;

/// <summary>
/// Adds, replaces and removes single change logs while searches go on: each call is its own batch, so a
/// search sees a document whole or not at all, and a failure leaves the index at its previous commit.
/// </summary>
public sealed class DocumentIngestService(IndexStore store, ChangeLogIngestor ingestor)
{
    /// <summary>Parses <paramref name="content"/> (any encoding <see cref="ChangeLogReader"/> detects) and commits it as one document.</summary>
    public async Task<DocumentIngestResult> AddAsync(Stream content, string documentId, string source, DocumentMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        DocumentIds.Validate(documentId);
        await using var buffered = await BufferAsync(content, cancellationToken);
        using var reader = ChangeLogReader.Open(buffered);
        using var batch = store.BeginBatch(cancellationToken);
        var replaced = batch.Catalog.Find(documentId) is not null;
        var report = ingestor.IngestReader(batch, reader, documentId, source, metadata);
        cancellationToken.ThrowIfCancellationRequested();
        batch.Commit();
        return new DocumentIngestResult(store.Catalog.Find(documentId)!, replaced, report.Rejected, report.Warnings.Count);
    }

    /// <summary>Removes a change log; false when there was none with that id.</summary>
    public bool Remove(string documentId, CancellationToken cancellationToken)
    {
        DocumentIds.Validate(documentId);
        using var batch = store.BeginBatch(cancellationToken);
        if (batch.Catalog.Find(documentId) is null)
        {
            return false;
        }

        batch.DeleteDocument(documentId);
        batch.Commit();
        return true;
    }

    /// <summary>Encoding detection needs to look ahead, so a request body is spooled to a temporary file first.</summary>
    private static async Task<Stream> BufferAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            return content;
        }

        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await content.CopyToAsync(temp, cancellationToken);
        temp.Position = 0;
        return temp;
    }
}
