using System.Globalization;
using System.Text.RegularExpressions;
using PiaSearch.Documents.Text;

namespace PiaSearch.Documents.Dates;

/// <summary>
/// Reads the date a whole change-log cell (変更前の記載, 変更後の記載) denotes, given the item (項目) it fills:
/// <list type="bullet">
/// <item>a day, or a range of days (平成29年8月15日から平成29年9月15日まで), written in 和暦 or 西暦 (令和3年4月1日, R3.4.1,
/// 2021/4/1), whatever the item: written out so, it can mean nothing else;</item>
/// <item>a month or a fiscal year (平成27年10月, 令和3年度), or a range with such an end, only when the item names a date or a
/// period (<see cref="NamesADateOrPeriod"/>);</item>
/// <item>a bare integer only as a spreadsheet day number (43010 = 2017-10-02, what a date cell becomes when a sheet is saved as
/// text) between 1990-01-01 and 2100-12-31, and only when the item names a day (<see cref="NamesADay"/>), so that 件数 43010
/// stays a count;</item>
/// <item>never a year alone (平成29年, 2017), a number with other words, or a cell longer than a date is ever written.</item>
/// </list>
/// Pure and O(length of the item and the cell); a cell over <see cref="MaxCellLength"/> characters is not read at all.
/// </summary>
public static partial class CellDateReader
{
    /// <summary>1990-01-01 as a spreadsheet day number (1900 date system).</summary>
    public const int FirstSerial = 32874;

    /// <summary>2100-12-31 as a spreadsheet day number.</summary>
    public const int LastSerial = 73415;

    /// <summary>A cell longer than this is text, not a date.</summary>
    public const int MaxCellLength = 40;

    private const int MaxItemLength = 2000;
    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);
    private static readonly DateOnly FirstDay = new(1868, 1, 1);
    private static readonly DateOnly LastDay = new(2100, 12, 31);
    private static readonly DateParseOptions Exact = new() { AllowExcelSerial = false };

    // A part ending in one of these is a kind of day, not a date: 曜日, 休日, 平日 … (開庁日 is a day the office opens, any week).
    private static readonly string[] DayKinds = ["曜日", "休日", "祝日", "平日", "毎日", "営業日", "開庁日", "閉庁日", "終日", "半日", "当日", "翌日", "前日"];
    private static readonly string[] DayWords = ["日", "日付", "日時", "時期", "年月"];
    private static readonly string[] PeriodWords = ["期間", "年度"];

    /// <summary>The date <paramref name="cell"/> denotes as the value of <paramref name="item"/>, or null.</summary>
    /// <param name="item">The 項目 cell or the path recovered from it (3.第三者点検 ①実施日).</param>
    /// <param name="cell">The cell's plain text (43010, 令和3年4月1日).</param>
    /// <returns>The interval, with the cell as written (trimmed) as its raw text.</returns>
    public static DateSpan? Read(string? item, string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell) || cell.Length > MaxCellLength)
        {
            return null;
        }

        var raw = cell.Trim();
        // Most cells (未定, 削除, sentences) hold no digit at all: they are no date, and cost no parse.
        if (!raw.Any(char.IsDigit) && !raw.Contains('元', StringComparison.Ordinal))
        {
            return null;
        }

        var folded = TextNormalizer.FoldWidths(raw).Trim();
        if (WholeNumber().IsMatch(folded))
        {
            return NamesADay(item) && TrySerial(folded, out var day) ? new DateSpan(raw, day, day) : null;
        }

        if (!JapaneseDateParser.TryParse(raw, Exact, out var span, out var precision) || span is null || span.From < FirstDay || span.To > LastDay)
        {
            return null;
        }

        return precision switch
        {
            DatePrecision.Day => span,
            DatePrecision.Month or DatePrecision.FiscalYear when NamesADateOrPeriod(item) => span,
            _ => null,
        };
    }

    /// <summary>
    /// Whether the item's last part names a day: each of its parts joined by ・ (実施日・期間) ends in a date word (日, 年月日, 日付,
    /// 日時, 時期, 年月, or 期間 and 年度 beside one of those) and not in a kind of day (曜日, 休日, 平日 …). 入手の時期・頻度 is
    /// no date: 頻度 is not one.
    /// </summary>
    public static bool NamesADay(string? item) => Classify(item) == ItemKind.Day;

    /// <summary>Whether the item's last part names a day or a period (意見聴取期間, 対象年度), by the same rule as <see cref="NamesADay"/>.</summary>
    public static bool NamesADateOrPeriod(string? item) => Classify(item) != ItemKind.None;

    /// <summary>The day a spreadsheet day number between <see cref="FirstSerial"/> and <see cref="LastSerial"/> stands for.</summary>
    public static bool TrySerial(string digits, out DateOnly day)
    {
        day = default;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) || serial is < FirstSerial or > LastSerial)
        {
            return false;
        }

        day = SerialEpoch.AddDays(serial);
        return true;
    }

    private enum ItemKind
    {
        None,
        Period,
        Day,
    }

    private static ItemKind Classify(string? item)
    {
        if (string.IsNullOrWhiteSpace(item) || item.Length > MaxItemLength)
        {
            return ItemKind.None;
        }

        var label = TextNormalizer.FoldWidths(item).Trim();
        // A closing note is not the name: ⑤保有開始日（予定）, ①実施日 (注1).
        while (TrailingNote().Match(label) is { Success: true } note)
        {
            label = label[..note.Index].TrimEnd();
        }

        var last = Segments().Split(label).LastOrDefault(s => s.Length > 0);
        if (last is null)
        {
            return ItemKind.None;
        }

        var kind = ItemKind.None;
        foreach (var part in Parts().Split(last))
        {
            var partKind = Kind(part);
            if (partKind == ItemKind.None)
            {
                return ItemKind.None;
            }

            kind = (ItemKind)Math.Max((int)kind, (int)partKind);
        }

        return kind;
    }

    private static ItemKind Kind(string part)
    {
        if (part.Length == 0 || DayKinds.Any(k => part.EndsWith(k, StringComparison.Ordinal)))
        {
            return ItemKind.None;
        }

        if (DayWords.Any(w => part.EndsWith(w, StringComparison.Ordinal)))
        {
            return ItemKind.Day;
        }

        return PeriodWords.Any(w => part.EndsWith(w, StringComparison.Ordinal)) ? ItemKind.Period : ItemKind.None;
    }

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"[(\[【][^()\[\]【】]*[)\]】]$")]
    private static partial Regex TrailingNote();

    // Levels of an item: spaces, hyphens and slashes (VI 評価実施手続き 3.第三者点検 ①実施日, II-2-⑤保有開始日).
    [GeneratedRegex(@"[\s\-‐‑–—―/>]+")]
    private static partial Regex Segments();

    [GeneratedRegex(@"・|及び|又は|、|,")]
    private static partial Regex Parts();
}
