using System.CommandLine;

namespace PiaSearch.Cli.Commands;

/// <summary><c>pia rebuild</c>: re-ingest the document store into a new index folder and switch to it.</summary>
internal static class RebuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var index = PiaCommandLine.IndexOption();
        var documents = PiaCommandLine.DocumentsOption();
        var corpus = new Option<string?>("--corpus") { Description = "空の文書ストアに入れるフォルダ / folder that seeds an empty document store (default: index-data/corpus)" };
        var userDictionary = PiaCommandLine.UserDictionaryOption();
        var command = new Command("rebuild", "文書ストアから索引を作り直す (新しいフォルダに作ってから切り替える) / rebuild the index from the document store (into a new folder, then switch)")
        {
            index,
            documents,
            corpus,
            userDictionary,
        };
        command.SetAction(parse => Run(
            parse.GetValue(index)!,
            parse.GetValue(documents),
            parse.GetValue(corpus) ?? Path.Combine("index-data", "corpus"),
            parse.GetValue(userDictionary),
            output,
            error));
        return command;
    }

    private static int Run(string indexPath, string? documentsPath, string corpus, string? userDictionary, TextWriter output, TextWriter error)
    {
        using var session = WriterSession.Open(indexPath, documentsPath, userDictionary, error, out var exit);
        if (session is null)
        {
            return exit;
        }

        var seeded = Directory.Exists(corpus) ? session.Maintenance.SeedStore(corpus) : 0;
        if (seeded > 0)
        {
            output.WriteLine($"文書ストアに {seeded} 件 / seeded the document store with {seeded} change logs from {Path.GetFullPath(corpus)}");
        }

        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var progress = new ConsoleProgressBar(error, enabled: session.Documents.Documents.Sum(d => d.Length) > 1024 * 1024, interactive);
        var report = session.Maintenance.RebuildFromStore(progress);
        output.WriteLine($"作り直しました / rebuilt: {report.Files.Count:N0} documents, {report.Entries:N0} entries, {report.Rejected:N0} rejected lines");
        output.WriteLine($"索引 / index: {session.Index.ActiveFolder} ({session.Index.Count:N0} rows)");
        output.WriteLine($"文書ストア / documents: {session.Documents.Root} ({session.Documents.Documents.Count:N0} documents)");
        return 0;
    }
}
