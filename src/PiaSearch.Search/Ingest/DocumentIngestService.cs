using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Ingest;

/// <summary>
/// Adds, replaces and removes single change logs while searches go on: each call is its own batch, so a
/// search sees a document whole or not at all, and a failure leaves the index at its previous commit. The
/// bytes are stored in the document store (durably) before the rows are committed; a document that is not
/// text, has no valid row, or has more rejected rows than kept ones is refused and nothing is stored.
/// </summary>
public sealed class DocumentIngestService(IndexStore store, ChangeLogIngestor ingestor, DocumentStore documents)
{
    /// <summary>A document with more than this share of its rows rejected is refused.</summary>
    public const double MaxRejectedShare = 0.5;

    /// <summary>How many rejected lines a refusal lists.</summary>
    public const int MaxReasons = 50;

    /// <summary>Stores and indexes <paramref name="content"/> (any encoding <see cref="ChangeLogReader"/> detects) as one document.</summary>
    /// <remarks>O(bytes of the document); the temporary file is removed whatever happens.</remarks>
    /// <exception cref="DocumentRefusedException">The content is binary, has no valid row, or mostly rejected rows.</exception>
    public async Task<DocumentIngestResult> AddAsync(Stream content, string documentId, string source, DocumentMetadata metadata, CancellationToken cancellationToken, string? originalName = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(metadata);
        DocumentIds.Validate(documentId);
        using var staged = await documents.StageAsync(content, cancellationToken).ConfigureAwait(false);
        var (result, format, cover) = Parse(staged, documentId, originalName ?? source, cancellationToken);
        metadata = metadata.OrFromCover(cover);
        using var batch = await store.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
        var replaced = batch.Catalog.Find(documentId) is not null;
        var previous = documents.Keep(staged, ChangeLogIngestor.Describe(documentId, metadata, originalName ?? source, source, ingestor.Now, format), out var kept);
        IngestFileReport report;
        try
        {
            report = ingestor.Stage(batch, result, source, metadata, kept.Sha256);
            cancellationToken.ThrowIfCancellationRequested();
            batch.Commit();
        }
        catch
        {
            documents.Undo(documentId, previous);
            throw;
        }

        if (previous?.Sha256 != kept.Sha256)
        {
            documents.Release(previous);
        }

        return new DocumentIngestResult(store.Catalog.Find(documentId)!, replaced, report.Rejected, report.Warnings);
    }

    /// <summary>Removes a change log from the store and the index; false when there was none with that id.</summary>
    /// <remarks>Waits for a batch in progress without holding a thread. O(rows of that log).</remarks>
    public async Task<bool> RemoveAsync(string documentId, CancellationToken cancellationToken)
    {
        DocumentIds.Validate(documentId);
        using var batch = await store.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
        var stored = documents.Remove(documentId);
        if (batch.Catalog.Find(documentId) is null)
        {
            return stored;
        }

        // The store is the truth: if the commit fails now, the next start removes the rows (reconciliation).
        batch.DeleteDocument(documentId);
        batch.Commit();
        return true;
    }

    private (ChangeLogParseResult Result, SourceFormat Format, DocumentCover? Cover) Parse(StagedContent staged, string documentId, string name, CancellationToken cancellationToken)
    {
        using var stream = staged.OpenRead();
        var format = SourceFormats.Detect(stream, name);
        if (format is SourceFormat.Tsv or SourceFormat.Csv && BinaryContent.Why(stream) is { } binary)
        {
            throw new DocumentRefusedException(documentId, binary, [new ParseIssue(0, binary, string.Empty)], 0, 0);
        }

        DocumentReadResult read;
        try
        {
            read = ingestor.Readers.Read(stream, documentId, FileNameOf(name), cancellationToken: cancellationToken);
        }
        catch (UnreadableDocumentException ex)
        {
            throw new DocumentRefusedException(documentId, ex.Message, [new ParseIssue(0, ex.Reason, string.Empty)], 0, 0);
        }

        var result = read.Result;

        var entries = result.Entries.Count;
        var rejected = result.Rejected.Count;
        if (entries == 0)
        {
            var reason = rejected == 0
                ? "変更箇所の行がありません / the document has no change rows"
                : $"有効な行がありません ({rejected} 行を拒否) / no valid row: all {rejected} rows were rejected";
            throw new DocumentRefusedException(documentId, reason, Reasons(result, reason), entries, rejected);
        }

        if (rejected > (entries + rejected) * MaxRejectedShare)
        {
            var reason = $"行の多くを読めません ({entries + rejected} 行中 {rejected} 行を拒否) / most rows were rejected: {rejected} of {entries + rejected}";
            throw new DocumentRefusedException(documentId, reason, Reasons(result, reason), entries, rejected);
        }

        return (result, format, read.Cover);
    }

    /// <summary>The name a message gives the document: the uploaded file's name, not the server's path to it.</summary>
    private static string FileNameOf(string name)
    {
        name = name.StartsWith("upload:", StringComparison.Ordinal) ? name["upload:".Length..] : name;
        return name.Contains("://", StringComparison.Ordinal) ? name : Path.GetFileName(name) is { Length: > 0 } file ? file : name;
    }

    private static IReadOnlyList<ParseIssue> Reasons(ChangeLogParseResult result, string summary) =>
        result.Rejected.Count == 0 ? [new ParseIssue(0, summary, string.Empty)] : [.. result.Rejected.Take(MaxReasons)];
}
