using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli.Commands;

/// <summary><c>pia export [paths…] --out FILE</c>: parsed change entries as JSON lines, for other tools (and the Groonga benchmark).</summary>
internal static class ExportCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "変更箇所一覧 / change-log files or folders", Arity = ArgumentArity.OneOrMore };
        var outFile = new Option<string>("--out") { Description = "出力する JSON Lines ファイル / JSON Lines file to write", Required = true };
        var command = new Command("export", "解析した変更行を JSON Lines で書き出す / write parsed change entries as JSON Lines") { paths, outFile };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(outFile)!, output, error));
        return command;
    }

    private static int Run(string[] paths, string outFile, TextWriter output, TextWriter error)
    {
        IReadOnlyList<string> files;
        try
        {
            files = ChangeLogIngestor.ExpandPaths(paths);
        }
        catch (FileNotFoundException ex)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 2;
        }

        var parser = new ChangeLogParser();
        long entries = 0;
        using var stream = new FileStream(outFile, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        foreach (var file in files)
        {
            using var reader = ChangeLogReader.OpenFile(file);
            foreach (var entry in parser.Parse(reader, ChangeLogReader.DocumentIdFor(file)).Entries)
            {
                Write(writer, entry);
                writer.Flush();
                stream.WriteByte((byte)'\n');
                writer.Reset();
                entries++;
            }
        }

        output.WriteLine($"変更箇所一覧 {files.Count:N0} 件の {entries:N0} 行を {Path.GetFullPath(outFile)} に書きました / {entries:N0} entries from {files.Count:N0} change logs written to {Path.GetFullPath(outFile)}");
        return 0;
    }

    private static void Write(Utf8JsonWriter json, ChangeEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("document", entry.DocumentId);
        json.WriteNumber("line", entry.Line);
        json.WriteString("date", entry.DateText);
        json.WriteString("date_from", entry.Date?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("date_to", entry.Date?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("year", entry.Date?.From.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        json.WriteString("file", entry.Item.File ?? string.Empty);
        json.WriteString("chapter", entry.Item.Chapter ?? string.Empty);
        json.WriteString("path", entry.Item.Path);
        json.WriteString("item", entry.Item.Text);
        json.WriteString("before", entry.Before.Text);
        json.WriteString("after", entry.After.Text);
        json.WriteString("timing", entry.Timing.Label());
        json.WriteString("explanation", entry.Explanation.Text);
        json.WriteEndObject();
    }
}
