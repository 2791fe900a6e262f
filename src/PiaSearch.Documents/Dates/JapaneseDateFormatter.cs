using System.Globalization;

namespace PiaSearch.Documents.Dates;

/// <summary>
/// Writes days and intervals in 和暦 as Japanese administrative documents do: 平成29年10月2日, an era's first year as 元年
/// (令和元年5月1日), a whole month as 平成29年10月, a fiscal year as 令和3年度, anything else as its two ends joined by 〜.
/// A day before 明治 is written in the Gregorian calendar (1867年12月31日). The inverse of <see cref="JapaneseDateParser"/>.
/// </summary>
public static class JapaneseDateFormatter
{
    /// <summary>平成29年10月2日.</summary>
    public static string Day(DateOnly day) => $"{Year(day, day.Year)}{Number(day.Month)}月{Number(day.Day)}日";

    /// <summary>The interval in words: a day, a whole month, a whole fiscal or calendar year, or from〜to.</summary>
    public static string Span(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        if (from == to)
        {
            return Day(from);
        }

        if (from.Day == 1 && from.Year == to.Year && from.Month == to.Month && to.Day == DateTime.DaysInMonth(to.Year, to.Month))
        {
            return $"{Year(from, from.Year)}{Number(from.Month)}月";
        }

        if (from is { Month: 4, Day: 1 } && to is { Month: 3, Day: 31 } && to.Year == from.Year + 1)
        {
            // A fiscal year takes the era of its last day when that era had begun by the year's start (令和元年度 for April 2019).
            return $"{Year(to, from.Year)}度";
        }

        if (from is { Month: 1, Day: 1 } && to is { Month: 12, Day: 31 } && to.Year == from.Year)
        {
            return Year(to, from.Year);
        }

        return $"{Day(from)}〜{Day(to)}";
    }

    /// <summary>The interval of a parsed date in words.</summary>
    public static string Span(DateSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        return Span(span.From, span.To);
    }

    /// <summary>
    /// The year <paramref name="gregorianYear"/> in the era in effect on <paramref name="eraDay"/> (平成29年), or in the era before
    /// it when that era had not begun in that year; a year before 明治 in the Gregorian calendar.
    /// </summary>
    private static string Year(DateOnly eraDay, int gregorianYear)
    {
        var era = JapaneseEra.All.LastOrDefault(e => e.Start <= eraDay && gregorianYear - e.YearOffset >= 1)
            ?? JapaneseEra.All.LastOrDefault(e => e.Start.Year <= gregorianYear);
        if (era is null)
        {
            return $"{gregorianYear.ToString(CultureInfo.InvariantCulture)}年";
        }

        var eraYear = gregorianYear - era.YearOffset;
        return eraYear == 1 ? $"{era.Name}元年" : $"{era.Name}{Number(eraYear)}年";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
