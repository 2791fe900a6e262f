using System.CommandLine;
using PiaSearch.Cli.Commands;
using PiaSearch.Search.Indexing;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Search.Analysis;

namespace PiaSearch.Cli;

/// <summary>The <c>pia</c> command line: its commands and where they write.</summary>
public static class PiaCommandLine
{
    /// <summary>The exit code of a usage error: the command line or its values are wrong (no question, an unknown option).</summary>
    internal const int UsageError = 2;

    /// <summary>Where the index lives unless --index says otherwise: $PIA_INDEX, else ./index-data/index.</summary>
    public static string DefaultIndexPath =>
        Environment.GetEnvironmentVariable("PIA_INDEX") is { Length: > 0 } fromEnvironment ? fromEnvironment : Path.Combine("index-data", "index");

    /// <summary>Where the user dictionary is unless --user-dictionary says otherwise: $PIA_USER_DICTIONARY, else ./index-data/user-dictionary.csv when it exists.</summary>
    public static string? DefaultUserDictionary =>
        Environment.GetEnvironmentVariable("PIA_USER_DICTIONARY") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : File.Exists(DefaultUserDictionaryFile) ? DefaultUserDictionaryFile : null;

    private static string DefaultUserDictionaryFile => Path.Combine("index-data", "user-dictionary.csv");

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, TextReader.Null, output, error);

    /// <param name="input">Standard input, read by <c>pia tokenize</c>.</param>
    /// <param name="interactive">Flush after every line (input from a terminal).</param>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive = false)
    {
        var root = new RootCommand("PiaSearch — 特定個人情報保護評価書の変更箇所を索引・検索する / index and search privacy-impact-assessment change logs")
        {
            IndexCommand.Create(output, error),
            SearchCommand.Create(output, error),
            GenerateCommand.Create(output, error),
            WorkbookCommand.Create(output, error),
            ReadBackCommand.Create(output, error),
            ExportCommand.Create(output, error),
            TokenizeCommand.Create(input, output, error, interactive),
            TraceCommand.Create(output, error),
            AskCommand.Create(output, error),
            EvaluateCommand.Create(output, error),
            CrossReferenceBenchmarkCommand.Create(output, error),
            RebuildCommand.Create(output, error),
            BackupCommand.Create(output, error),
            RestoreCommand.Create(output, error),
            CheckCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0)
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        // A command line that cannot be read (a missing argument, an unknown option, a value of the wrong type) is a
        // usage error, as each command's own checks are: exit 2, with System.CommandLine's reasons and help after the Japanese.
        error.WriteLine("エラー / error: コマンドの書き方が正しくありません。pia <コマンド> --help で使い方を確かめてください。" +
            " The command line is not valid; see pia <command> --help.");
        parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return UsageError;
    }


    /// <summary>The system dictionary with the user dictionary, or null after saying why it could not be loaded.</summary>
    internal static MorphologicalAnalyzer? LoadMorphology(string? userDictionary, TextWriter error)
    {
        try
        {
            return JapaneseMorphology.Create(MorphologyDictionary.LoadEmbedded(), userDictionary);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FormatException)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return null;
        }
    }

    internal static Option<string?> UserDictionaryOption() => new("--user-dictionary")
    {
        Description = "ユーザー辞書 (Kuromoji CSV) / user dictionary (default: $PIA_USER_DICTIONARY or index-data/user-dictionary.csv); index and search must use the same",
        DefaultValueFactory = _ => DefaultUserDictionary,
    };

    /// <summary>JSON for a terminal: indented, Japanese left readable.</summary>
    internal static System.Text.Json.JsonSerializerOptions Json { get; } = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document store: --documents, else $PIA_DOCUMENTS, else <c>documents</c> next to the index folder.</summary>
    internal static string DocumentsPath(string? option, string indexPath) =>
        option is { Length: > 0 } ? option
            : Environment.GetEnvironmentVariable("PIA_DOCUMENTS") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : IndexOptions.Beside(indexPath, "documents");

    internal static Option<string?> DocumentsOption() => new("--documents")
    {
        Description = "文書ストアのフォルダ / document store folder (default: $PIA_DOCUMENTS or 'documents' next to the index folder)",
    };

    internal static Option<string> IndexOption() => new("--index")
    {
        Description = "索引のフォルダ / index folder (default: $PIA_INDEX or index-data/index)",
        DefaultValueFactory = _ => DefaultIndexPath,
    };
}
