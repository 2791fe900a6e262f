using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Documents.Dates;
using PiaSearch.Documents.Html;
using PiaSearch.Documents.Items;

namespace PiaSearch.Documents.ChangeLogs;

/// <summary>
/// Parses a change log written as tab-separated rows: a title line, the header line repeated at every page
/// break, blank lines between pages, and one change per other line. Never throws on content: a line it
/// cannot use is rejected with its number and the reason, a doubtful one is kept with a warning. A cell longer
/// than <see cref="MaxCellLength"/> is cut to it, with a warning naming the line and the column.
/// </summary>
public sealed partial class ChangeLogParser(HtmlCellConverter html, ILogger<ChangeLogParser>? logger = null)
{
    /// <summary>
    /// The longest cell kept, in UTF-16 characters: a hundred times the longest real cell (a few hundred characters),
    /// yet short enough that a search that matches the row stays cheap (a 5 MB cell made each such search cost seconds).
    /// </summary>
    public const int MaxCellLength = 20_000;

    private const int MinimumCells = 4;
    private const int ContextLength = 120;
    private readonly ILogger _logger = logger ?? NullLogger<ChangeLogParser>.Instance;

    /// <summary>A parser with a converter of its own (for the command line and tests): the converter's per-thread parsers are freed with it when both are collected.</summary>
    public ChangeLogParser()
        : this(new HtmlCellConverter())
    {
    }

    /// <summary>Parses a whole change log written as tab-separated lines.</summary>
    public ChangeLogParseResult Parse(TextReader reader, string documentId, IProgress<int>? linesRead = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(TabSeparatedRows(reader, linesRead), documentId);
    }

    /// <summary>Parses a change log held in a string.</summary>
    public ChangeLogParseResult Parse(string content, string documentId)
    {
        using var reader = new StringReader(content);
        return Parse(reader, documentId);
    }

    /// <summary>
    /// Parses the rows a document reader found (a workbook's, a PDF's): the same rules as for a text file's lines,
    /// each entry keeping the row's <see cref="SourceRow.Source"/>.
    /// </summary>
    public ChangeLogParseResult Parse(IEnumerable<SourceRow> rows, string documentId)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        var state = new ParseState(documentId);

        var total = 0;
        foreach (var row in rows)
        {
            total++;
            ParseRow(row, state);
        }

        var counts = new LineCounts(total, state.Blank, state.Headers, state.Titles, state.Entries.Count + state.Rejected.Count);
        LogSummary(documentId, state.Entries.Count, state.Rejected.Count, state.Warnings.Count);
        return new ChangeLogParseResult(documentId, state.Entries, state.Rejected, state.Warnings, counts);
    }

    private static IEnumerable<SourceRow> TabSeparatedRows(TextReader reader, IProgress<int>? linesRead)
    {
        string? line;
        var number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            yield return new SourceRow(line.Split('\t'), number);
            if (linesRead is not null && number % 1000 == 0)
            {
                linesRead.Report(number);
            }
        }

        linesRead?.Report(number);
    }

    private void ParseRow(SourceRow row, ParseState state)
    {
        var number = row.Line;
        var cells = row.Cells as string[] ?? [.. row.Cells];
        if (cells.All(string.IsNullOrWhiteSpace))
        {
            state.Blank++;
            return;
        }

        if (ChangeLogColumns.IsHeader(cells))
        {
            state.Headers++;
            state.SeenHeader = true;
            return;
        }

        if (cells.Length == 1 && (cells[0].TrimStart().StartsWith('#') || !state.SeenHeader))
        {
            state.Titles++;
            return;
        }

        var warnings = new List<string>();
        if (!TryFitColumns(ref cells, warnings, out var rejection))
        {
            state.Rejected.Add(new ParseIssue(number, Where(row) + rejection, Shorten(string.Join('\t', cells))));
            return;
        }

        var entry = BuildEntry(cells, number, state, warnings);
        state.Entries.Add(row.Source is null ? entry : entry with { Source = row.Source });
        if (warnings.Count > 0)
        {
            var line = Shorten(string.Join('\t', cells));
            foreach (var warning in warnings)
            {
                state.Warnings.Add(new ParseIssue(number, Where(row) + warning, line));
            }
        }
    }

    private static string Where(SourceRow row) => row.Source is null ? string.Empty : row.Source.Label + ": ";

    private static bool TryFitColumns(ref string[] cells, List<string> warnings, out string rejection)
    {
        rejection = string.Empty;
        if (cells.Length == ChangeLogColumns.Count)
        {
            return true;
        }

        if (cells.Length > ChangeLogColumns.Count)
        {
            if (cells.Skip(ChangeLogColumns.Count).All(string.IsNullOrWhiteSpace))
            {
                warnings.Add($"6 列目より後の空のセル {cells.Length - ChangeLogColumns.Count} 個を無視しました / {cells.Length - ChangeLogColumns.Count} empty cell(s) after the 6th column ignored");
                cells = cells[..ChangeLogColumns.Count];
                return true;
            }

            rejection = $"セルが {cells.Length} 個あります（{ChangeLogColumns.Count} 個のはず: 変更日, 項目, 変更前の記載, 変更後の記載, 提出時期, 提出時期に係る説明） / {cells.Length} cells, expected {ChangeLogColumns.Count}";
            return false;
        }

        if (cells.Length >= MinimumCells && JapaneseDateParser.TryParse(cells[0], out _))
        {
            warnings.Add($"セルが {cells.Length} 個しかないため、足りない後ろのセルは空として読みました / {cells.Length} cells, expected {ChangeLogColumns.Count}: the missing trailing cells are taken as empty");
            var padded = new string[ChangeLogColumns.Count];
            Array.Fill(padded, string.Empty);
            cells.CopyTo(padded, 0);
            cells = padded;
            return true;
        }

        rejection = cells.Length == 1
            ? "タブ区切りのセルがなく、変更行ではありません（6 セルのはず） / no tab-separated cells: not a change row (expected 6 cells)"
            : $"セルが {cells.Length} 個あります（{ChangeLogColumns.Count} 個のはず: 変更日, 項目, 変更前の記載, 変更後の記載, 提出時期, 提出時期に係る説明） / {cells.Length} cells, expected {ChangeLogColumns.Count}";
        return false;
    }

    private ChangeEntry BuildEntry(string[] cells, int number, ParseState state, List<string> warnings)
    {
        var documentId = state.DocumentId;
        var dateText = cells[0].Trim();
        DateSpan? date = null;
        if (dateText.Length == 0)
        {
            warnings.Add("変更日 is empty");
        }
        else if (!state.Dates.TryGetValue(dateText, out date))
        {
            // A change log repeats the same few dates on every row: each is read once.
            if (!JapaneseDateParser.TryParse(dateText, out date))
            {
                date = null;
            }

            state.Dates[dateText] = date;
        }

        if (dateText.Length > 0 && date is null)
        {
            warnings.Add($"変更日「{Shorten(dateText)}」は日付として読めません / 変更日 '{Shorten(dateText)}' is not a date this parser understands");
        }

        var item = ConvertCell(cells[1], "項目", number, warnings, state);
        var before = ConvertCell(cells[2], "変更前の記載", number, warnings, state);
        var after = ConvertCell(cells[3], "変更後の記載", number, warnings, state);
        var timingText = cells[4].Trim();
        if (!SubmissionTimings.TryParse(timingText, out var timing))
        {
            warnings.Add($"提出時期「{Shorten(timingText)}」は事前でも事後でもありません / 提出時期 '{Shorten(timingText)}' is neither 事前 nor 事後");
        }

        var explanation = ConvertCell(cells[5], "提出時期に係る説明", number, warnings, state);
        if (!state.Items.TryGetValue(item.Raw, out var itemPath))
        {
            itemPath = ItemPathParser.Parse(item.Raw, item.Text);
            state.Items[item.Raw] = itemPath;
        }

        // 43010 under ①実施日 is the day a spreadsheet saved as text; 令和3年4月1日 is a date under any item (CellDateReader says which).
        var label = itemPath.Path.Length > 0 ? itemPath.Path : itemPath.Text;
        return new ChangeEntry(documentId, number, dateText, date, itemPath, before, after, timing, timingText, explanation)
        {
            BeforeDate = CellDateReader.Read(label, before.Text),
            AfterDate = CellDateReader.Read(label, after.Text),
        };
    }

    private CellText ConvertCell(string raw, string column, int line, List<string> warnings, ParseState state)
    {
        if (raw.Length > MaxCellLength)
        {
            // Cut before conversion, so that a huge cell costs no more to convert than to keep.
            warnings.Add($"{column}: セルが {raw.Length:N0} 文字あり、最初の {MaxCellLength:N0} 文字だけを残しました / the cell has {raw.Length:N0} characters; only the first {MaxCellLength:N0} are kept");
            LogCellCut(_logger, state.DocumentId, line, column, raw.Length, MaxCellLength);
            raw = Cut(raw, MaxCellLength);
        }

        // Short cells (未定, 削除, the usual explanations) recur row after row.
        var cacheable = raw.Length <= ParseState.MaxCachedCell;
        if (!cacheable || !state.Cells.TryGetValue(raw, out var conversion))
        {
            conversion = html.Convert(raw);
            if (cacheable && state.Cells.Count < ParseState.MaxCachedCells)
            {
                state.Cells[raw] = conversion;
            }
        }

        foreach (var problem in conversion.Problems)
        {
            warnings.Add($"{column}: {problem}");
        }

        return conversion.Cell;
    }

    /// <summary>The first <paramref name="length"/> characters, one fewer if the cut would split a surrogate pair.</summary>
    private static string Cut(string text, int length) =>
        text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    private static string Shorten(string text) =>
        text.Length <= ContextLength ? text : Cut(text, ContextLength) + "…";

    private void LogSummary(string documentId, int entries, int rejected, int warnings)
    {
        if (rejected > 0 || warnings > 0)
        {
            LogParsedWithIssues(_logger, documentId, entries, rejected, warnings);
        }
        else
        {
            LogParsed(_logger, documentId, entries);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{DocumentId} line {Line}: the {Column} cell has {Length} characters; cut to {Max}")]
    private static partial void LogCellCut(ILogger logger, string documentId, int line, string column, int length, int max);

    [LoggerMessage(Level = LogLevel.Information, Message = "Parsed {DocumentId}: {Entries} entries")]
    private static partial void LogParsed(ILogger logger, string documentId, int entries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parsed {DocumentId}: {Entries} entries, {Rejected} rejected lines, {Warnings} warnings")]
    private static partial void LogParsedWithIssues(ILogger logger, string documentId, int entries, int rejected, int warnings);

    private sealed class ParseState(string documentId)
    {
        public string DocumentId { get; } = documentId;

        public List<ChangeEntry> Entries { get; } = [];

        public List<ParseIssue> Rejected { get; } = [];

        public List<ParseIssue> Warnings { get; } = [];

        public int Blank { get; set; }

        public int Headers { get; set; }

        public int Titles { get; set; }

        public bool SeenHeader { get; set; }

        public const int MaxCachedCell = 80;

        public const int MaxCachedCells = 4096;

        public Dictionary<string, DateSpan?> Dates { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ItemPath> Items { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HtmlConversion> Cells { get; } = new(StringComparer.Ordinal);
    }
}
