using System.CommandLine;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli.Commands;

/// <summary><c>pia backup DIR</c>: copy the document store and the last index commit into a new folder.</summary>
internal static class BackupCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("folder") { Description = "バックアップ先 (新しい空のフォルダ) / backup folder (new or empty)" };
        var index = PiaCommandLine.IndexOption();
        var documents = PiaCommandLine.DocumentsOption();
        var userDictionary = PiaCommandLine.UserDictionaryOption();
        var command = new Command("backup", "文書ストアと索引をバックアップする (API の実行中は POST /api/admin/backup) / back up the document store and the index (while the API runs: POST /api/admin/backup)")
        {
            target,
            index,
            documents,
            userDictionary,
        };
        command.SetAction(parse => Run(parse.GetValue(target)!, parse.GetValue(index)!, parse.GetValue(documents), parse.GetValue(userDictionary), output, error));
        return command;
    }

    private static int Run(string target, string indexPath, string? documentsPath, string? userDictionary, TextWriter output, TextWriter error)
    {
        using var session = WriterSession.Open(indexPath, documentsPath, userDictionary, error, out var exit);
        if (session is null)
        {
            if (exit == WriterSession.LockedExit)
            {
                error.WriteLine("API が索引を開いている間は、API にバックアップさせてください / While the API serves this index, ask it: curl -X POST -H 'X-Api-Key: …' http://host/api/admin/backup");
            }

            return exit;
        }

        try
        {
            var report = StoreBackup.Create(session.Index, session.Documents, TimeProvider.System, target);
            output.WriteLine($"バックアップしました / backed up: {report.Documents:N0} documents, {report.Rows:N0} rows, {report.IndexFiles:N0} index files ({report.IndexBytes:N0} bytes) into {report.Folder}");
            return 0;
        }
        catch (IOException ex)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 2;
        }
    }
}
