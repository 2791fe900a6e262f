using System.CommandLine;
using PiaSearch.Cli.Commands;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Cli;

/// <summary>The <c>pia</c> command line: its commands and where they write.</summary>
public static class PiaCommandLine
{
    /// <summary>Where the index lives unless --index says otherwise: $PIA_INDEX, else ./index-data/index.</summary>
    public static string DefaultIndexPath =>
        Environment.GetEnvironmentVariable("PIA_INDEX") is { Length: > 0 } fromEnvironment ? fromEnvironment : Path.Combine("index-data", "index");

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("PiaSearch — 特定個人情報保護評価書の変更箇所を索引・検索する / index and search privacy-impact-assessment change logs")
        {
            IndexCommand.Create(output, error),
            SearchCommand.Create(output, error),
            GenerateCommand.Create(output, error),
            ExportCommand.Create(output, error),
            TraceCommand.Create(output, error),
            AskCommand.Create(output, error),
            EvaluateCommand.Create(output, error),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Opens the index, waiting a few seconds for a lock another process is about to release.</summary>
    internal static IndexStore OpenIndex(string path, TextWriter error) =>
        IndexOpening.Open(path, IndexOpening.RetryPipeline(TimeProvider.System, maxRetries: 4, onRetry: message => error.WriteLine($"索引の書き込みロック待ち / waiting for the index lock: {message}")));

    /// <summary>JSON for a terminal: indented, Japanese left readable.</summary>
    internal static System.Text.Json.JsonSerializerOptions Json { get; } = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static Option<string> IndexOption() => new("--index")
    {
        Description = "索引のフォルダ / index folder (default: $PIA_INDEX or index-data/index)",
        DefaultValueFactory = _ => DefaultIndexPath,
    };
}
