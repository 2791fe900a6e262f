using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Ingest;

/// <summary>
/// Parses change-log files and writes them to the index as one batch: a document per file (its id is the
/// file name without extension), replaced whole if it was there, committed once at the end. If the run
/// stops part-way (an error, a cancellation) the batch is rolled back and the index keeps its previous commit.
/// With a <see cref="DocumentStore"/>, each file's bytes are stored durably before the batch commits (a file
/// stored but not committed is indexed by <see cref="IndexMaintenance.Reconcile"/> at the next start).
/// </summary>
public sealed partial class ChangeLogIngestor(
    IndexStore store,
    ChangeLogParser parser,
    ILogger<ChangeLogIngestor>? logger = null,
    TimeProvider? time = null,
    DocumentStore? documents = null,
    DocumentReadOptions? readOptions = null)
{
    /// <summary>A change log's optional metadata file sits next to it: meguro.tsv and meguro.meta.json.</summary>
    public const string SidecarSuffix = ".meta.json";

    private readonly ILogger _logger = logger ?? NullLogger<ChangeLogIngestor>.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly DocumentReaders _readers = new(parser, readOptions);

    /// <summary>The files a list of files and folders stands for: folders contribute their non-hidden files, in name order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No change log at {path}.", path);
            }
        }

        return files;
    }

    /// <summary>Adds the change logs to the index (replacing documents of the same id) and commits once.</summary>
    public IngestReport IngestPaths(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest(ExpandPaths(paths), replaceAll: false, progress, cancellationToken);

    /// <summary>Builds a new index of just these change logs (in a new folder) and switches to it in one step.</summary>
    public IngestReport Rebuild(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest(ExpandPaths(paths), replaceAll: true, progress, cancellationToken);

    /// <summary>The document store this ingestor keeps files in, if any.</summary>
    public DocumentStore? Documents => documents;

    /// <summary>The parser rows are read with.</summary>
    public ChangeLogParser Parser => parser;

    /// <summary>The readers documents of every format are read with (the same for files, uploads and rebuilds).</summary>
    public DocumentReaders Readers => _readers;

    /// <summary>Now, by the ingestor's clock.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

    private IngestReport Ingest(IReadOnlyList<string> files, bool replaceAll, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        using IDisposable scope = replaceAll ? store.BeginRebuild(cancellationToken) : store.BeginBatch(cancellationToken);
        var batch = (IIndexSink)scope;

        var sizes = files.Select(f => new FileInfo(f).Length).ToArray();
        var total = sizes.Sum();
        long done = 0;
        var staged = 0;
        var reports = new IngestFileReport[files.Count];
        var winners = WinnersById(files);

        // Files are parsed and analysed on every core at once; the IndexWriter takes documents from several threads.
        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i =>
            {
                var file = files[i];
                var documentId = ChangeLogReader.DocumentIdFor(file);
                if (winners[documentId] != i)
                {
                    LogDuplicateId(_logger, documentId, files[winners[documentId]], file);
                    reports[i] = Superseded(documentId, file, files[winners[documentId]]);
                }
                else
                {
                    reports[i] = IngestFile(batch, file, documentId, cancellationToken);
                }

                var bytes = Interlocked.Add(ref done, sizes[i]);
                progress?.Report(new IngestProgress(file, bytes, total, Interlocked.Increment(ref staged), files.Count));
            });

        cancellationToken.ThrowIfCancellationRequested();
        if (scope is IndexRebuild rebuild)
        {
            rebuild.Commit();
        }
        else
        {
            ((IndexBatch)scope).Commit();
        }

        var report = new IngestReport(reports);
        LogIngested(_logger, report.Files.Count, report.Entries, report.Rejected);
        return report;
    }

    /// <summary>
    /// Reads one file through the reader its content calls for, stores its bytes and stages its rows; a file that
    /// cannot be read is reported as refused and nothing of it is stored or staged (the other files go on).
    /// </summary>
    private IngestFileReport IngestFile(IIndexSink batch, string file, string documentId, CancellationToken cancellationToken)
    {
        var metadata = SidecarMetadata.Read(file);
        DocumentReadResult read;
        try
        {
            read = _readers.ReadFile(file, documentId, cancellationToken: cancellationToken);
        }
        catch (UnreadableDocumentException ex)
        {
            LogUnreadable(_logger, file, ex.Reason);
            return Refused(documentId, file, ex);
        }

        metadata = metadata.OrFromCover(read.Cover);
        string? sha256 = null;
        if (documents is not null && DocumentIds.IsValid(documentId))
        {
            sha256 = Keep(documents, file, documentId, metadata, read.Format);
        }
        else if (documents is not null)
        {
            LogNotStored(_logger, documentId, file);
        }

        return Stage(batch, read.Result, Path.GetFullPath(file), metadata, sha256) with { Format = read.Format, Pages = read.Pages };
    }

    /// <summary>When two files give the same document id, the later one (in name order) is the one indexed.</summary>
    private static Dictionary<string, int> WinnersById(IReadOnlyList<string> files)
    {
        var winners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            winners[ChangeLogReader.DocumentIdFor(files[i])] = i;
        }

        return winners;
    }

    private static IngestFileReport Refused(string documentId, string file, UnreadableDocumentException ex) =>
        new(documentId, Path.GetFullPath(file), 0, [new ParseIssue(0, ex.Message, string.Empty)], [], new LineCounts(0, 0, 0, 0, 0)) { Refused = true };

    private static IngestFileReport Superseded(string documentId, string file, string winner) =>
        new(
            documentId,
            Path.GetFullPath(file),
            0,
            [],
            [new ParseIssue(0, $"not indexed: {Path.GetFileName(winner)} gives the same document id '{documentId}'", string.Empty)],
            new LineCounts(0, 0, 0, 0, 0));

    /// <summary>Parses one change log and stages it in <paramref name="batch"/>. The caller commits.</summary>
    public IngestFileReport IngestReader(
        IIndexSink batch,
        TextReader reader,
        string documentId,
        string source,
        DocumentMetadata? metadata = null,
        IProgress<int>? linesRead = null,
        string? sha256 = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var result = parser.Parse(reader, documentId, linesRead);
        return Stage(batch, result, source, metadata, sha256);
    }

    /// <summary>Stages parsed rows in <paramref name="batch"/> with their record. The caller commits.</summary>
    public IngestFileReport Stage(IIndexSink batch, ChangeLogParseResult result, string source, DocumentMetadata? metadata, string? sha256, DateTimeOffset? ingestedAt = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(result);
        var record = new DocumentRecord(
            result.DocumentId,
            DocumentMetadata.CleanName(metadata?.Municipality),
            DocumentMetadata.CleanName(metadata?.Evaluation),
            source,
            ingestedAt ?? _time.GetUtcNow(),
            result.Entries.Count,
            result.Rejected.Count,
            sha256);
        batch.ReplaceDocument(record, result.Entries);
        return new IngestFileReport(result.DocumentId, source, result.Entries.Count, result.Rejected, result.Warnings, result.Lines);
    }

    /// <summary>Stores a change-log file's bytes (durably) and returns their hash.</summary>
    private string Keep(DocumentStore store, string file, string documentId, DocumentMetadata metadata, SourceFormat format)
    {
        using var staged = store.StageFile(file);
        store.Keep(staged, Describe(documentId, metadata, Path.GetFileName(file), Path.GetFullPath(file), _time.GetUtcNow(), format), out var kept);
        return kept.Sha256;
    }

    /// <summary>The store's description of a document (its hash and length are filled in when it is kept).</summary>
    public static StoredDocument Describe(string documentId, DocumentMetadata metadata, string originalName, string source, DateTimeOffset at, SourceFormat? format = null) =>
        new(
            documentId,
            DocumentMetadata.CleanName(metadata.Municipality),
            DocumentMetadata.CleanName(metadata.Evaluation),
            format?.Extension() ?? FormatOf(originalName),
            originalName,
            source,
            at,
            string.Empty,
            0);

    private static string FormatOf(string name) =>
        Path.GetExtension(name).TrimStart('.').ToLowerInvariant() is { Length: > 0 and <= 10 } extension ? extension : "tsv";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} is not indexed: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Two files give the document id {DocumentId}: {File} is indexed, {Skipped} is not")]
    private static partial void LogDuplicateId(ILogger logger, string documentId, string file, string skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} is indexed but not kept in the document store: '{DocumentId}' is not a valid document id (rename the file to keep it across rebuilds)")]
    private static partial void LogNotStored(ILogger logger, string documentId, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Files} change logs: {Entries} entries, {Rejected} rejected lines")]
    private static partial void LogIngested(ILogger logger, int files, int entries, int rejected);
}
