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
        var command = new Command("backup", "文書ストアと索引をバックアップする (API の実行中も可) / back up the document store and the index (also while the API runs)")
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
        try
        {
            using var why = new StringWriter();
            using var session = WriterSession.Open(indexPath, documentsPath, userDictionary, why, out var exit);
            BackupReport report;
            if (session is not null)
            {
                report = StoreBackup.Create(session.Index, session.Documents, TimeProvider.System, target);
            }
            else if (exit == WriterSession.LockedExit)
            {
                // The API writes this index: copy its latest commit and its store from outside, without the lock.
                output.WriteLine("索引は API が書き込み中のため、最新のコミットを外から写します / the index is being written by another process (the API): copying its latest commit from outside");
                report = StoreBackup.CreateFromOutside(indexPath, PiaCommandLine.DocumentsPath(documentsPath, indexPath), TimeProvider.System, target);
            }
            else
            {
                error.Write(why.ToString());
                return exit;
            }

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
