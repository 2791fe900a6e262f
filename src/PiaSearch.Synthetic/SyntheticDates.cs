using System.Globalization;
using Bogus;

namespace PiaSearch.Synthetic;

/// <summary>Writes a revision's date the many ways real change logs do.</summary>
internal static class SyntheticDates
{
    public static string Write(DateOnly date, Faker faker)
    {
        var style = faker.Random.WeightedRandom([0, 1, 2, 3, 4], [0.45f, 0.2f, 0.15f, 0.1f, 0.1f]);
        return style switch
        {
            1 => FiscalYear(date),
            2 => ToFullWidth(Era(date)),
            3 => EraYear(date) == 1 ? Era(date).Replace("1年", "元年", StringComparison.Ordinal) : Era(date),
            4 => $"{date.Year}年{date.Month}月{date.Day}日",
            _ => Era(date),
        };
    }

    private static (string Name, int Offset) EraOf(DateOnly date) =>
        date >= new DateOnly(2019, 5, 1) ? ("令和", 2018) : ("平成", 1988);

    private static int EraYear(DateOnly date) => date.Year - EraOf(date).Offset;

    private static string Era(DateOnly date)
    {
        var (name, offset) = EraOf(date);
        return string.Create(CultureInfo.InvariantCulture, $"{name}{date.Year - offset}年{date.Month}月{date.Day}日");
    }

    private static string FiscalYear(DateOnly date)
    {
        var fiscal = date.Month >= 4 ? date.Year : date.Year - 1;
        var (name, offset) = fiscal >= 2019 ? ("令和", 2018) : ("平成", 1988);
        return string.Create(CultureInfo.InvariantCulture, $"{name}{fiscal - offset}年度");
    }

    private static string ToFullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c));
}
