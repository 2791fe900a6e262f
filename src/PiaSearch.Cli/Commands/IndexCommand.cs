using System.CommandLine;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli.Commands;

/// <summary><c>pia index [paths…] [--index DIR]</c>: parse change logs and add them to the index.</summary>
internal static class IndexCommand
{
    /// <summary>Above this many bytes a progress bar is drawn (on a terminal).</summary>
    private const long ProgressThreshold = 1024 * 1024;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "変更箇所一覧 (TSV・CSV・XLSX・PDF) またはフォルダ / change logs (TSV, CSV, XLSX, PDF) or folders (default: index-data/corpus)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var index = PiaCommandLine.IndexOption();
        var documents = PiaCommandLine.DocumentsOption();
        var userDictionary = PiaCommandLine.UserDictionaryOption();
        var command = new Command("index", "変更箇所一覧を文書ストアに保存して索引に追加する (同名の文書は置き換え) / store change logs and add them to the index, replacing documents of the same name")
        {
            paths,
            index,
            documents,
            userDictionary,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(index)!, parse.GetValue(documents), parse.GetValue(userDictionary), output, error));
        return command;
    }

    private static int Run(string[] paths, string indexPath, string? documentsPath, string? userDictionary, TextWriter output, TextWriter error)
    {
        var inputs = paths.Length > 0 ? paths : [Path.Combine("index-data", "corpus")];
        IReadOnlyList<string> files;
        try
        {
            files = ChangeLogIngestor.ExpandPaths(inputs);
        }
        catch (FileNotFoundException ex)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 2;
        }

        if (files.Count == 0)
        {
            error.WriteLine($"エラー / error: 変更箇所一覧が見つかりません / no change logs in {string.Join(", ", inputs)}");
            return 2;
        }

        using var session = WriterSession.Open(indexPath, documentsPath, userDictionary, error, out var exit);
        if (session is null)
        {
            return exit;
        }

        // What a crashed writer stored but did not commit, or an index analysed otherwise, is put right first.
        var prepared = session.Maintenance.Prepare(corpus: null);
        if (prepared.Rebuilt || prepared.Reindexed > 0 || prepared.Removed > 0)
        {
            output.WriteLine($"文書ストアと揃えました / brought the index in line with the document store: rebuilt={(prepared.Rebuilt ? "yes" : "no")}, {prepared.Reindexed} indexed, {prepared.Removed} removed");
        }

        var large = files.Sum(f => new FileInfo(f).Length) > ProgressThreshold;
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var progress = new ConsoleProgressBar(error, enabled: large, interactive);
        var report = session.Ingestor.IngestPaths(files, progress);
        Print(report, output);
        output.WriteLine($"索引 / index: {Path.GetFullPath(indexPath)} ({session.Index.Count:N0} rows)");
        output.WriteLine($"文書ストア / documents: {session.Documents.Root} ({session.Documents.Documents.Count:N0} documents)");
        var refused = report.Files.Where(f => f.Refused).ToList();
        foreach (var file in refused)
        {
            error.WriteLine($"取り込めません / not indexed: {file.Rejected[0].Reason}");
        }

        return refused.Count > 0 ? 1 : 0;
    }

    private static void Print(IngestReport report, TextWriter output)
    {
        foreach (var file in report.Files)
        {
            if (file.Refused)
            {
                output.WriteLine($"{file.Source}: 取り込みません / not indexed — {file.Rejected[0].Reason}");
                continue;
            }

            var pages = file.Pages > 0 ? $"、{file.Format.Extension()} {file.Pages:N0} {(file.Format == SourceFormat.Pdf ? "ページ" : "シート")}" : string.Empty;
            var pagesEn = file.Pages > 0 ? $", {file.Format.Extension()} {file.Pages:N0} {(file.Format == SourceFormat.Pdf ? "pages" : "sheets")}" : string.Empty;
            output.WriteLine($"{file.Source}: {file.Entries:N0} 行を取り込み、{file.Rejected.Count:N0} 行を除外、" +
                $"警告 {file.Warnings.Count:N0} 件（文書 {file.DocumentId}{pages}） / " +
                $"{file.Entries:N0} entries, {file.Rejected.Count:N0} rejected, {file.Warnings.Count:N0} warnings (document {file.DocumentId}{pagesEn})");
            foreach (var rejected in file.Rejected)
            {
                output.WriteLine($"  除外した行 / rejected line {rejected.Line}: {rejected.Reason}");
            }
        }

        output.WriteLine($"合計 / total: {report.Entries:N0} 行を索引に追加、{report.Rejected:N0} 行を除外、警告 {report.Warnings:N0} 件 / " +
            $"{report.Entries:N0} entries indexed, {report.Rejected:N0} lines rejected, {report.Warnings:N0} warnings");
    }
}
