using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
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
        var successions = new Option<string?>("--successions")
        {
            Description = "相互参照の変遷を 1 行 1 件 (種類・型・前・後・日付、並べ替え済み) で書き出すファイル / also write the successions, one sorted line each (type, kind, before, after, date)",
        };
        var command = new Command("export", "解析した変更行を JSON Lines で書き出す (TSV・CSV・XLSX・PDF) / write parsed change entries as JSON Lines (TSV, CSV, XLSX, PDF)") { paths, outFile, successions };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(outFile)!, parse.GetValue(successions), output, error));
        return command;
    }

    private static int Run(string[] paths, string outFile, string? successionsFile, TextWriter output, TextWriter error)
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

        var readers = new DocumentReaders(new ChangeLogParser());
        long entries = 0;
        var all = new List<ChangeEntry>();
        var organisations = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var stream = new FileStream(outFile, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        foreach (var file in files)
        {
            IReadOnlyList<ChangeEntry> read;
            try
            {
                read = readers.ReadFile(file).Result.Entries;
            }
            catch (UnreadableDocumentException ex)
            {
                error.WriteLine($"エラー / error: {ex.Message}");
                return 1;
            }

            if (successionsFile is not null)
            {
                all.AddRange(read);
                organisations[ChangeLogReader.DocumentIdFor(file)] = SidecarMetadata.Read(file).Municipality;
            }

            foreach (var entry in read)
            {
                Write(writer, entry);
                writer.Flush();
                stream.WriteByte((byte)'\n');
                writer.Reset();
                entries++;
            }
        }

        output.WriteLine($"変更箇所一覧 {files.Count:N0} 件の {entries:N0} 行を {Path.GetFullPath(outFile)} に書きました / " +
            $"{entries:N0} entries from {files.Count:N0} change logs written to {Path.GetFullPath(outFile)}");
        if (successionsFile is not null)
        {
            var model = new CrossReferenceBuilder().Build(all, id => organisations.GetValueOrDefault(id));
            var lines = model.Successions
                .Select(s => string.Join('\t', s.Type, s.Kind, s.Before?.Citation ?? "-", s.After?.Citation ?? "-", s.Date is { } d ? $"{d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}" : "-"))
                .Order(StringComparer.Ordinal)
                .ToList();
            File.WriteAllLines(successionsFile, lines);
            output.WriteLine($"変遷 {lines.Count:N0} 件を {Path.GetFullPath(successionsFile)} に書きました / {lines.Count:N0} successions written to {Path.GetFullPath(successionsFile)}");
        }

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
        json.WriteString("kind", entry.Kind.Label());
        if (entry.Source is { } source)
        {
            json.WriteStartObject("source");
            if (source.Page is { } page)
            {
                json.WriteNumber("page", page);
            }

            if (source.Sheet is { } sheet)
            {
                json.WriteString("sheet", sheet);
            }

            json.WriteNumber("row", source.Row);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
