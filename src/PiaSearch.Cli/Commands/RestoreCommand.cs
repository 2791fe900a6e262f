using System.CommandLine;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli.Commands;

/// <summary><c>pia restore DIR</c>: replace the document store and the index with a backup's (the API must be stopped).</summary>
internal static class RestoreCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = new Argument<string>("folder") { Description = "pia backup で作ったフォルダ / a folder made by pia backup" };
        var index = PiaCommandLine.IndexOption();
        var documents = PiaCommandLine.DocumentsOption();
        var command = new Command("restore", "バックアップから文書ストアと索引を戻す (API は止めておく) / restore the document store and the index from a backup (stop the API first)")
        {
            source,
            index,
            documents,
        };
        command.SetAction(parse => Run(parse.GetValue(source)!, parse.GetValue(index)!, parse.GetValue(documents), output, error));
        return command;
    }

    private static int Run(string source, string indexPath, string? documentsPath, TextWriter output, TextWriter error)
    {
        try
        {
            var report = StoreBackup.Restore(source, indexPath, PiaCommandLine.DocumentsPath(documentsPath, indexPath));
            output.WriteLine($"戻しました / restored: {report.Documents:N0} documents, {report.Rows:N0} rows (backup of {report.CreatedAt:u}) into {Path.GetFullPath(indexPath)}");
            return 0;
        }
        catch (Exception ex) when (ex is IndexLockedException or IndexDamagedException)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return WriterSession.LockedExit;
        }
        catch (Exception ex) when (ex is InvalidDataException or DirectoryNotFoundException or FileNotFoundException)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 2;
        }
    }
}
