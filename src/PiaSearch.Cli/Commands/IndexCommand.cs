using System.CommandLine;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;
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
            Description = "変更箇所一覧の TSV ファイルまたはフォルダ / change-log files or folders (default: index-data/corpus)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var index = PiaCommandLine.IndexOption();
        var userDictionary = PiaCommandLine.UserDictionaryOption();
        var command = new Command("index", "変更箇所一覧を索引に追加する (同名の文書は置き換え) / add change logs to the index, replacing documents of the same name")
        {
            paths,
            index,
            userDictionary,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(index)!, parse.GetValue(userDictionary), output, error));
        return command;
    }

    private static int Run(string[] paths, string indexPath, string? userDictionary, TextWriter output, TextWriter error)
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
            error.WriteLine($"エラー / error: no change logs in {string.Join(", ", inputs)}");
            return 2;
        }

        if (PiaCommandLine.LoadMorphology(userDictionary, error) is not { } morphology)
        {
            return 2;
        }

        try
        {
            using var store = PiaCommandLine.OpenIndex(indexPath, morphology, error);
            var ingestor = new ChangeLogIngestor(store, new ChangeLogParser());
            var large = files.Sum(f => new FileInfo(f).Length) > ProgressThreshold;
            var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
            var progress = new ConsoleProgressBar(error, enabled: large, interactive);
            var report = ingestor.IngestPaths(files, progress);
            Print(report, output);
            output.WriteLine($"索引 / index: {Path.GetFullPath(indexPath)} ({store.Count:N0} rows)");
            return 0;
        }
        catch (IndexLockedException ex)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 3;
        }
    }

    private static void Print(IngestReport report, TextWriter output)
    {
        foreach (var file in report.Files)
        {
            output.WriteLine($"{file.Source}: {file.Entries:N0} entries, {file.Rejected.Count:N0} rejected, {file.Warnings.Count:N0} warnings (document {file.DocumentId})");
            foreach (var rejected in file.Rejected)
            {
                output.WriteLine($"  rejected line {rejected.Line}: {rejected.Reason}");
            }
        }

        output.WriteLine($"合計 / total: {report.Entries:N0} entries indexed, {report.Rejected:N0} lines rejected, {report.Warnings:N0} warnings");
    }
}
