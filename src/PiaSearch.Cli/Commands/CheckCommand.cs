using System.CommandLine;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// <c>pia check</c>: every stored document whole (its bytes hash to their name), indexed at that version, and
/// with all its rows searchable. Prints the counts; exit code 1 when anything is off. O(stored bytes).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var index = PiaCommandLine.IndexOption();
        var documents = PiaCommandLine.DocumentsOption();
        var repair = new Option<bool>("--repair")
        {
            Description = "先に起動時と同じ修復をする (未索引の文書の索引付け、必要なら作り直し) / " +
                "first do what a writer does on start (index stored documents the index lacks, rebuild if needed)",
        };
        var userDictionary = PiaCommandLine.UserDictionaryOption();
        var command = new Command("check", "文書ストアと索引が一致するか確かめる / check that every committed and stored document is whole and searchable")
        {
            index,
            documents,
            repair,
            userDictionary,
        };
        command.SetAction(parse => Run(parse.GetValue(index)!, parse.GetValue(documents), parse.GetValue(repair), parse.GetValue(userDictionary), output, error));
        return command;
    }

    private static int Run(string indexPath, string? documentsPath, bool repair, string? userDictionary, TextWriter output, TextWriter error)
    {
        using var session = WriterSession.Open(indexPath, documentsPath, userDictionary, error, out var exit);
        if (session is null)
        {
            return exit;
        }

        if (repair)
        {
            var report = session.Maintenance.Prepare(corpus: null);
            output.WriteLine($"repair: rebuilt={(report.Rebuilt ? "yes" : "no")} reindexed={report.Reindexed} removed={report.Removed}");
        }

        // Committed: every document of the last commit has all its rows, and its stored bytes (if any) are whole.
        var catalog = session.Index.Catalog;
        var committedWhole = 0;
        foreach (var record in catalog.Documents.Values)
        {
            var count = session.Index.CountRows(record.Id);
            var stored = session.Documents.Find(record.Id);
            var bytesWhole = record.Sha256 is null || (stored is not null && session.Documents.IsWhole(stored));
            if (count == record.Entries && count > 0 && bytesWhole)
            {
                committedWhole++;
            }
            else
            {
                output.WriteLine($"  committed {record.Id}: rows={count}/{record.Entries} bytes_whole={bytesWhole}");
            }
        }

        // Stored: every document of the store is whole and indexed at that version.
        var storedDocuments = session.Documents.Documents;
        int whole = 0, indexed = 0;
        foreach (var document in storedDocuments)
        {
            var isWhole = session.Documents.IsWhole(document);
            var record = catalog.Find(document.Id);
            var isIndexed = record is not null && record.Sha256 == document.Sha256 && session.Index.CountRows(document.Id) == record.Entries;
            whole += isWhole ? 1 : 0;
            indexed += isIndexed ? 1 : 0;
            if (!isWhole || !isIndexed)
            {
                output.WriteLine($"  stored {document.Id}: whole={isWhole} indexed={isIndexed}");
            }
        }

        var rebuildNeeded = session.Index.RebuildReason is not null;
        output.WriteLine($"committed={catalog.Documents.Count} committed_whole={committedWhole} stored={storedDocuments.Count} stored_whole={whole} " +
            $"stored_indexed={indexed} rows={session.Index.Count} rebuild_needed={(rebuildNeeded ? "yes" : "no")}");
        var ok = committedWhole == catalog.Documents.Count && whole == storedDocuments.Count && !rebuildNeeded && (!repair || indexed == storedDocuments.Count);
        return ok ? 0 : 1;
    }
}
