using System.Globalization;
using System.Text.RegularExpressions;
using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// Finds the day or period a question asks about: 2020年6月1日, 令和2年6月1日, 2020-06-01, 令和3年度, and in English
/// April 1, 2020 / 1 April 2020 / April 2020 / fiscal 2021 / FY2021 (a fiscal year runs from 1 April).
/// </summary>
internal static partial class DateFinder
{
    public static DateSpan? Find(string question)
    {
        foreach (Match match in Candidate().Matches(question))
        {
            if (JapaneseDateParser.TryParse(match.Value, new DateParseOptions { AllowExcelSerial = false }, out var span) && Plausible(span))
            {
                return span;
            }
        }

        return English(question);
    }

    /// <summary>
    /// The first date-like text of a question that is no date (令和99年99月99日, 令和3年2月29日, April 31, 2021), or null: a
    /// question about a day that does not exist is told so, not answered for today.
    /// </summary>
    public static string? Unread(string question)
    {
        foreach (Match match in Candidate().Matches(question))
        {
            if (!JapaneseDateParser.TryParse(match.Value, new DateParseOptions { AllowExcelSerial = false }, out var span) || !Plausible(span))
            {
                return match.Value;
            }
        }

        if (EnglishDay().Match(question) is { Success: true } day && English(question) is null)
        {
            return day.Value;
        }

        return null;
    }

    /// <summary>A year change logs can mean: from the Meiji era to 2200 (１１１１年 is no such year).</summary>
    private static bool Plausible(DateSpan? span) => span is not null && span.From.Year >= 1868 && span.To.Year <= 2200;

    private static DateSpan? English(string question)
    {
        if (EnglishDay().Match(question) is { Success: true } day
            && Month(day.Groups["m"].Value) is { } month
            && int.TryParse(day.Groups["y"].Value, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
        {
            if (!day.Groups["d"].Success)
            {
                var first = new DateOnly(year, month, 1);
                return new DateSpan(day.Value, first, first.AddMonths(1).AddDays(-1));
            }

            if (int.TryParse(day.Groups["d"].Value, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= DateTime.DaysInMonth(year, month))
            {
                var at = new DateOnly(year, month, d);
                return new DateSpan(day.Value, at, at);
            }
        }

        if (FiscalYear().Match(question) is { Success: true } fiscal && int.TryParse(fiscal.Groups["y"].Value, CultureInfo.InvariantCulture, out var fy) && fy is >= 1900 and <= 2200)
        {
            return new DateSpan(fiscal.Value, new DateOnly(fy, 4, 1), new DateOnly(fy + 1, 3, 31));
        }

        return null;
    }

    private static int? Month(string name)
    {
        var key = name.Length >= 3 ? name[..3].ToLowerInvariant() : string.Empty;
        var at = Array.IndexOf(Months, key);
        return at < 0 ? null : at + 1;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"(?:明治|大正|昭和|平成|令和)(?:元|[0-9０-９]{1,2})年(?:度|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?|[0-9０-９]{4}\s*(?:年(?:度|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?|[-/.][0-9０-９]{1,2}[-/.][0-9０-９]{1,2})")]
    private static partial Regex Candidate();

    private const string MonthName =
        "(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(
        @"\b(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @"\.?,?\s+(?<y>\d{4})" +
        @"|" + MonthName + @"\.?\s+(?:(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?<y>\d{4}))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDay();

    [GeneratedRegex(@"\b(?:fiscal(?:\s+year)?\s*|FY\s*)(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalYear();
}
