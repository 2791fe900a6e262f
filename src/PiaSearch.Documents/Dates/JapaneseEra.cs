namespace PiaSearch.Documents.Dates;

/// <summary>A Japanese era (元号) and the Gregorian year before its first year.</summary>
public sealed record JapaneseEra(string Name, char Letter, int YearOffset, DateOnly Start)
{
    public static IReadOnlyList<JapaneseEra> All { get; } =
    [
        new("明治", 'M', 1867, new DateOnly(1868, 1, 25)),
        new("大正", 'T', 1911, new DateOnly(1912, 7, 30)),
        new("昭和", 'S', 1925, new DateOnly(1926, 12, 25)),
        new("平成", 'H', 1988, new DateOnly(1989, 1, 8)),
        new("令和", 'R', 2018, new DateOnly(2019, 5, 1)),
    ];

    public static JapaneseEra? Find(string nameOrLetter) =>
        All.FirstOrDefault(e => e.Name == nameOrLetter
            || (nameOrLetter.Length == 1 && char.ToUpperInvariant(nameOrLetter[0]) == e.Letter));

    public int ToGregorianYear(int eraYear) => YearOffset + eraYear;
}
