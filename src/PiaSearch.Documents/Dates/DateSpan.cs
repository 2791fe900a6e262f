namespace PiaSearch.Documents.Dates;

/// <summary>
/// A date as written in a change log and the interval of days it denotes: a day is a one-day interval,
/// a month or a year its whole length, a fiscal year (年度) runs from 1 April to 31 March.
/// </summary>
/// <param name="Raw">The text as written.</param>
/// <param name="From">First day of the interval.</param>
/// <param name="To">Last day of the interval (inclusive).</param>
public sealed record DateSpan(string Raw, DateOnly From, DateOnly To)
{
    /// <summary>True when the interval shares at least one day with [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public bool Overlaps(DateOnly? from, DateOnly? to) =>
        (from is null || To >= from.Value) && (to is null || From <= to.Value);
}
