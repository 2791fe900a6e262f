using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Ingest;

/// <summary>
/// Parses change-log files and writes them to the index as one batch: a document per file (its id is the
/// file name without extension), replaced whole if it was there, committed once at the end. If the run
/// stops part-way (an error, a cancellation) the batch is rolled back and the index keeps its previous commit.
/// </summary>
public sealed partial class ChangeLogIngestor(IndexStore store, ChangeLogParser parser, ILogger<ChangeLogIngestor>? logger = null, TimeProvider? time = null)
{
    /// <summary>A change log's optional metadata file sits next to it: meguro.tsv and meguro.meta.json.</summary>
    public const string SidecarSuffix = ".meta.json";

    private readonly ILogger _logger = logger ?? NullLogger<ChangeLogIngestor>.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

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

    /// <summary>Replaces the whole index with these change logs, in one commit.</summary>
    public IngestReport Rebuild(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest(ExpandPaths(paths), replaceAll: true, progress, cancellationToken);

    private IngestReport Ingest(IReadOnlyList<string> files, bool replaceAll, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        using var batch = store.BeginBatch(cancellationToken);
        if (replaceAll)
        {
            batch.DeleteAll();
        }

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
                    using var reader = ChangeLogReader.OpenFile(file);
                    var lineProgress = progress is null || files.Count > 1 ? null : new InlineProgress<int>(_ =>
                        progress.Report(new IngestProgress(file, reader.BaseStream.Position, total, 0, files.Count)));
                    reports[i] = IngestReader(batch, reader, documentId, Path.GetFullPath(file), SidecarMetadata.Read(file), lineProgress);
                }

                var bytes = Interlocked.Add(ref done, sizes[i]);
                progress?.Report(new IngestProgress(file, bytes, total, Interlocked.Increment(ref staged), files.Count));
            });

        cancellationToken.ThrowIfCancellationRequested();
        batch.Commit();
        var report = new IngestReport(reports);
        LogIngested(_logger, report.Files.Count, report.Entries, report.Rejected);
        return report;
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

    private static IngestFileReport Superseded(string documentId, string file, string winner) =>
        new(documentId, Path.GetFullPath(file), 0, [], [new ParseIssue(0, $"not indexed: {Path.GetFileName(winner)} gives the same document id '{documentId}'", string.Empty)], new LineCounts(0, 0, 0, 0, 0));

    /// <summary>Parses one change log and stages it in <paramref name="batch"/>. The caller commits.</summary>
    public IngestFileReport IngestReader(IndexBatch batch, TextReader reader, string documentId, string source, DocumentMetadata? metadata = null, IProgress<int>? linesRead = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var result = parser.Parse(reader, documentId, linesRead);
        var record = new DocumentRecord(
            documentId,
            metadata?.Municipality,
            metadata?.Evaluation,
            source,
            _time.GetUtcNow(),
            result.Entries.Count,
            result.Rejected.Count);
        batch.ReplaceDocument(record, result.Entries);
        return new IngestFileReport(documentId, source, result.Entries.Count, result.Rejected, result.Warnings, result.Lines);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Two files give the document id {DocumentId}: {File} is indexed, {Skipped} is not")]
    private static partial void LogDuplicateId(ILogger logger, string documentId, string file, string skipped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Files} change logs: {Entries} entries, {Rejected} rejected lines")]
    private static partial void LogIngested(ILogger logger, int files, int entries, int rejected);
}
