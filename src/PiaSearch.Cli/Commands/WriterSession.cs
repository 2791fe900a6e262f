using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// What a writing command holds: the index (and so its writer lock, for the life of the command), the document
/// store beside it, and the services that keep the one derived from the other.
/// </summary>
internal sealed class WriterSession : IDisposable
{
    /// <summary>Exit code when another process writes the index.</summary>
    public const int LockedExit = 3;

    /// <summary>Exit code when the index or the store cannot be read.</summary>
    public const int UnreadableExit = 4;

    private WriterSession(IndexStore index, DocumentStore documents)
    {
        Index = index;
        Documents = documents;
        Ingestor = new ChangeLogIngestor(index, new ChangeLogParser(), documents: documents);
        Maintenance = new IndexMaintenance(index, documents, Ingestor);
    }

    public IndexStore Index { get; }

    public DocumentStore Documents { get; }

    public ChangeLogIngestor Ingestor { get; }

    public IndexMaintenance Maintenance { get; }

    /// <summary>Opens the index for writing (a damaged one is started afresh, to be rebuilt) and its document store; null after saying why not.</summary>
    public static WriterSession? Open(string indexPath, string? documentsPath, string? userDictionary, TextWriter error, out int exit)
    {
        exit = 0;
        if (PiaCommandLine.LoadMorphology(userDictionary, error) is not { } morphology)
        {
            exit = 2;
            return null;
        }

        IndexStore? index = null;
        try
        {
            index = IndexOpening.Open(
                indexPath,
                morphology,
                IndexOpening.RetryPipeline(
                    TimeProvider.System,
                    maxRetries: 2,
                    onRetry: message => error.WriteLine($"索引の書き込みロック待ち / waiting for the index lock: {message}")),
                repairDamaged: true);
            var documents = DocumentStore.Open(PiaCommandLine.DocumentsPath(documentsPath, indexPath));
            return new WriterSession(index, documents);
        }
        catch (Exception ex) when (ex is IndexLockedException or IndexDamagedException)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            exit = LockedExit;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            index?.Dispose();
            error.WriteLine($"エラー / error: {ex.Message}");
            exit = UnreadableExit;
        }

        return null;
    }

    public void Dispose() => Index.Dispose();
}
