using System.Globalization;
using System.Text.RegularExpressions;
using PiaSearch.Documents.Text;

namespace PiaSearch.Documents.Dates;

/// <summary>
/// Parses the dates of Japanese administrative documents into intervals: 和暦 (平成27年10月30日, 令和元年,
/// H27.10.30), Gregorian (2021年4月1日, 2021-04-01), fiscal years (令和2年度), months and years,
/// ranges (A から B まで, A～B) and Excel serial day numbers. Full-width digits are accepted.
/// </summary>
public static partial class JapaneseDateParser
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private const int MinExcelSerial = 20000; // 1954-10-03
    private const int MaxExcelSerial = 80000; // 2119-01-10

    public static bool TryParse(string? text, out DateSpan? span) => TryParse(text, DateParseOptions.Default, out span);

    public static bool TryParse(string? text, DateParseOptions options, out DateSpan? span) => TryParse(text, options, out span, out _);

    /// <summary>Parses <paramref name="text"/> and says how finely it was written: a range is as coarse as its coarser end.</summary>
    public static bool TryParse(string? text, DateParseOptions options, out DateSpan? span, out DatePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(options);
        span = null;
        precision = DatePrecision.Day;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var raw = text.Trim();
        var normalized = Compact(raw);
        if (options.AllowExcelSerial && TryParseSerial(normalized, out var serial))
        {
            span = new DateSpan(raw, serial, serial);
            return true;
        }

        var range = RangeSeparator().Match(normalized);
        if (range.Success
            && TryParseSingle(range.Groups["a"].Value, options, out var first)
            && TryParseSingle(range.Groups["b"].Value, options, out var last, first.Era)
            && first.From <= last.To)
        {
            span = new DateSpan(raw, first.From, last.To);
            precision = (DatePrecision)Math.Max((int)first.Precision, (int)last.Precision);
            return true;
        }

        if (TryParseSingle(normalized, options, out var single))
        {
            span = new DateSpan(raw, single.From, single.To);
            precision = single.Precision;
            return true;
        }

        return false;
    }

    /// <summary>Parses an Excel serial day number (the 1900 date system).</summary>
    public static bool TryParseSerial(string text, out DateOnly date)
    {
        date = default;
        if (text.Length is < 5 or > 5 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
        {
            return false;
        }

        if (serial is < MinExcelSerial or > MaxExcelSerial)
        {
            return false;
        }

        date = ExcelEpoch.AddDays(serial);
        return true;
    }

    private static string Compact(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return WhiteSpace().Replace(normalized, string.Empty);
    }

    private static bool TryParseSingle(string text, DateParseOptions options, out Interval interval, JapaneseEra? inheritedEra = null)
    {
        interval = default;
        var match = options.AllowSurroundingText ? EraDate().Match(text) : EraDateExact().Match(text);
        if (match.Success)
        {
            var eraName = match.Groups["era"].Value;
            var era = eraName.Length > 0 ? JapaneseEra.Find(eraName) : inheritedEra;
            if (era is null)
            {
                return false;
            }

            var eraYear = match.Groups["year"].Value == "元" ? 1 : ParseInt(match.Groups["year"].Value);
            if (eraYear < 1)
            {
                return false;
            }

            return TryBuild(era.ToGregorianYear(eraYear), match, out interval, era);
        }

        match = options.AllowSurroundingText ? WesternDate().Match(text) : WesternDateExact().Match(text);
        return match.Success && TryBuild(ParseInt(match.Groups["year"].Value), match, out interval, null);
    }

    private static bool TryBuild(int year, Match match, out Interval interval, JapaneseEra? era)
    {
        interval = default;
        if (year is < 1000 or > 9998)
        {
            return false;
        }

        var month = match.Groups["month"].Success ? ParseInt(match.Groups["month"].Value) : 0;
        var day = match.Groups["day"].Success ? ParseInt(match.Groups["day"].Value) : 0;
        var fiscal = match.Groups["fiscal"].Success;
        if (fiscal)
        {
            if (month != 0)
            {
                return false;
            }

            interval = new Interval(new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31), era, DatePrecision.FiscalYear);
            return true;
        }

        if (month == 0)
        {
            interval = new Interval(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), era, DatePrecision.Year);
            return true;
        }

        if (month is < 1 or > 12)
        {
            return false;
        }

        if (day == 0)
        {
            var first = new DateOnly(year, month, 1);
            interval = new Interval(first, first.AddMonths(1).AddDays(-1), era, DatePrecision.Month);
            return true;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        interval = new Interval(date, date, era, DatePrecision.Day);
        return true;
    }

    private static int ParseInt(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private readonly record struct Interval(DateOnly From, DateOnly To, JapaneseEra? Era, DatePrecision Precision);

    private const string EraPattern =
        @"(?:(?<era>明治|大正|昭和|平成|令和|[MTSHRmtshr])\.?)?(?<year>元|\d{1,2})(?:(?:年|[./])(?:(?<fiscal>度)|(?<month>\d{1,2})(?:(?:月|[./])(?:(?<day>\d{1,2})日?)?)?)?)";

    private const string WesternPattern =
        @"(?<year>\d{4})(?:年|[./-])(?:(?<fiscal>度)|(?<month>\d{1,2})(?:(?:月|[./-])(?:(?<day>\d{1,2})日?)?)?)?|(?<year>\d{4})年";

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(?<a>.+?)(?:から|より|～|〜|~|－|―)(?<b>.+?)(?:まで)?$")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex("^" + EraPattern + "$")]
    private static partial Regex EraDateExact();

    [GeneratedRegex(EraPattern)]
    private static partial Regex EraDate();

    [GeneratedRegex("^(?:" + WesternPattern + ")$")]
    private static partial Regex WesternDateExact();

    [GeneratedRegex(WesternPattern)]
    private static partial Regex WesternDate();
}
