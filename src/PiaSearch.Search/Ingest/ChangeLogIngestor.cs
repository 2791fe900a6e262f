using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Ingest;

/// <summary>
/// Parses change-log files and writes them to the index as one batch: a document per file (its id is the
/// file name without extension), replaced whole if it was there, committed once at the end. If the run
/// stops part-way the index keeps its previous commit.
/// </summary>
public sealed partial class ChangeLogIngestor(IndexStore store, ChangeLogParser parser, ILogger<ChangeLogIngestor>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ChangeLogIngestor>.Instance;

    /// <summary>The files a list of files and folders stands for: folders contribute their non-hidden files, in name order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
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

    public IngestReport IngestPaths(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ExpandPaths(paths);
        var total = files.Sum(f => new FileInfo(f).Length);
        long done = 0;
        var reports = new List<IngestFileReport>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var documentId = ChangeLogReader.DocumentIdFor(file);
            if (seen.TryGetValue(documentId, out var earlier))
            {
                LogDuplicateId(_logger, documentId, file, earlier);
            }

            seen[documentId] = file;
            var size = new FileInfo(file).Length;
            using var reader = ChangeLogReader.OpenFile(file);
            var fileStart = done;
            // Reported synchronously: Progress<T> would read the stream's position on the thread pool, possibly
            // after the file is closed.
            var lineProgress = progress is null ? null : new SynchronousProgress<int>(_ =>
                progress.Report(new IngestProgress(file, fileStart + reader.BaseStream.Position, total)));
            reports.Add(IngestReader(reader, documentId, file, lineProgress));
            done += size;
            progress?.Report(new IngestProgress(file, done, total));
        }

        cancellationToken.ThrowIfCancellationRequested();
        store.Commit();
        var report = new IngestReport(reports);
        LogIngested(_logger, report.Files.Count, report.Entries, report.Rejected);
        return report;
    }

    /// <summary>Parses one change log and stages it in the index. The caller commits.</summary>
    public IngestFileReport IngestReader(TextReader reader, string documentId, string source, IProgress<int>? linesRead = null)
    {
        var result = parser.Parse(reader, documentId, linesRead);
        store.ReplaceDocument(documentId, result.Entries);
        return new IngestFileReport(documentId, source, result.Entries.Count, result.Rejected, result.Warnings, result.Lines);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Two files give the document id {DocumentId}: {File} replaces {Earlier}")]
    private static partial void LogDuplicateId(ILogger logger, string documentId, string file, string earlier);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Files} change logs: {Entries} entries, {Rejected} rejected lines")]
    private static partial void LogIngested(ILogger logger, int files, int entries, int rejected);

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
