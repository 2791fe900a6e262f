using System.CommandLine;
using System.Diagnostics;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Search.Ingest;
using PiaSearch.Synthetic;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// <c>pia readback TRUTH_DIR DOC_DIR</c>: reads each document of DOC_DIR (PDF, XLSX, CSV) whose name matches a change log
/// of TRUTH_DIR and compares its rows with that log's (normalised text); prints recall per file and in total, the
/// reader's warnings about pages, and the reading speed.
/// </summary>
internal static class ReadBackCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var truth = new Argument<string>("truth") { Description = "元の変更箇所一覧 (TSV) のフォルダ / folder of the source change logs" };
        var documents = new Argument<string>("documents") { Description = "読み戻す文書 (PDF/XLSX/CSV) のフォルダ / folder of the documents to read back" };
        var verbose = new Option<bool>("--verbose") { Description = "一致しない行を表示 / print rows that differ" };
        var command = new Command("readback", "PDF・XLSX から読んだ行を元の行と比べる / compare rows read from PDF or XLSX with the rows they were made from")
        {
            truth, documents, verbose,
        };
        command.SetAction(parse => Run(parse.GetValue(truth)!, parse.GetValue(documents)!, parse.GetValue(verbose), output, error));
        return command;
    }

    private static int Run(string truthFolder, string documentFolder, bool verbose, TextWriter output, TextWriter error)
    {
        var parser = new ChangeLogParser();
        var readers = new DocumentReaders(parser);
        int expected = 0, matched = 0, read = 0, pages = 0, files = 0, pageWarnings = 0;
        var elapsed = TimeSpan.Zero;
        foreach (var document in ChangeLogIngestor.ExpandPaths([documentFolder]))
        {
            var id = ChangeLogReader.DocumentIdFor(document);
            var source = Directory.EnumerateFiles(truthFolder, id + ".*").FirstOrDefault(f => !f.EndsWith(ChangeLogIngestor.SidecarSuffix, StringComparison.Ordinal));
            if (source is null)
            {
                continue;
            }

            using var truthReader = ChangeLogReader.OpenFile(source);
            var truth = parser.Parse(truthReader, id).Entries;
            var started = Stopwatch.StartNew();
            DocumentReadResult result;
            try
            {
                result = readers.ReadFile(document);
            }
            catch (UnreadableDocumentException ex)
            {
                error.WriteLine(ex.Message);
                expected += truth.Count;
                files++;
                continue;
            }

            elapsed += started.Elapsed;
            var comparison = ReadBackComparison.Compare(truth, result.Result.Entries);
            expected += comparison.Expected;
            matched += comparison.Matched;
            read += comparison.Read;
            pages += result.Pages;
            files++;
            var warnings = result.Result.Warnings.Where(w => w.Reason.StartsWith("p.", StringComparison.Ordinal)).ToList();
            pageWarnings += warnings.Count;
            output.WriteLine($"{Path.GetFileName(document)} ({result.Format}, {result.Pages} pages/sheets): " +
                $"{comparison.Matched}/{comparison.Expected} rows equal ({comparison.Recall:P2}), {comparison.Read} read, " +
                $"{result.Result.Rejected.Count} rejected, {warnings.Count} page warnings");
            if (verbose)
            {
                foreach (var w in warnings.Take(5))
                {
                    output.WriteLine($"  warning: {w.Reason}");
                }

                foreach (var m in comparison.Missing.Take(5))
                {
                    output.WriteLine($"  missing:    {m.Replace('\u001F', '|')}");
                }

                foreach (var u in comparison.Unexpected.Take(5))
                {
                    output.WriteLine($"  unexpected: {u.Replace('\u001F', '|')}");
                }
            }
        }

        var recall = expected == 0 ? 0 : (double)matched / expected;
        output.WriteLine($"total: {files} documents, {matched:N0}/{expected:N0} rows equal ({recall:P2}), {read:N0} rows read, {pageWarnings} page warnings; " +
            $"{pages:N0} pages/sheets read in {elapsed.TotalSeconds:N2} s ({(elapsed.TotalSeconds > 0 ? pages / elapsed.TotalSeconds : 0):N1} pages/s)");
        return 0;
    }
}
