using System.CommandLine;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Ingest;
using PiaSearch.Synthetic;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// <c>pia workbook FILE.tsv|DIR --out DIR [--serial-dates] [--cover] [--borderless]</c>: writes each change log as the 評価書 form's
/// 変更箇所 sheet (XLSX), to print to PDF with LibreOffice and read back.
/// </summary>
internal static class WorkbookCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "変更箇所一覧 (TSV/CSV) かフォルダ / change logs or folders", Arity = ArgumentArity.OneOrMore };
        var outFolder = new Option<string>("--out") { Description = "出力フォルダ / output folder", Required = true };
        var serials = new Option<bool>("--serial-dates") { Description = "変更日を Excel の日付シリアル値で書く / write 変更日 as Excel date serials" };
        var cover = new Option<bool>("--cover") { Description = "表紙シートを付ける / add a cover sheet" };
        var borderless = new Option<bool>("--borderless") { Description = "罫線なしで書く（罫線のない PDF になる） / write without cell borders (a PDF without ruling lines)" };
        var command = new Command("workbook", "変更箇所一覧を評価書様式の Excel (XLSX) に書き出す / write change logs as the form's XLSX sheet")
        {
            paths, outFolder, serials, cover, borderless,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(outFolder)!, parse.GetValue(serials), parse.GetValue(cover), parse.GetValue(borderless), output, error));
        return command;
    }

    private static int Run(string[] paths, string folder, bool serials, bool cover, bool borderless, TextWriter output, TextWriter error)
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

        Directory.CreateDirectory(folder);
        var parser = new ChangeLogParser();
        foreach (var file in files)
        {
            var id = ChangeLogReader.DocumentIdFor(file);
            using var reader = ChangeLogReader.OpenFile(file);
            var result = parser.Parse(reader, id);
            var metadata = SidecarMetadata.Read(file);
            var target = Path.Combine(folder, id + ".xlsx");
            using (var stream = File.Create(target))
            {
                ChangeLogWorkbookWriter.Write(result.Entries, stream, new WorkbookLayout(serials, cover, metadata.Municipality ?? string.Empty, metadata.Evaluation ?? string.Empty, !borderless));
            }

            output.WriteLine($"{target}: {result.Entries.Count:N0} rows");
        }

        return 0;
    }
}
