namespace PiaSearch.Documents.Dates;

/// <summary>How lenient <see cref="JapaneseDateParser"/> is.</summary>
public sealed record DateParseOptions
{
    public static DateParseOptions Default { get; } = new();

    /// <summary>Accept a bare five-digit number as an Excel serial day (41957 = 2014-11-14), as spreadsheets
    /// exported to PDF write 実施日 cells.</summary>
    public bool AllowExcelSerial { get; init; } = true;

    /// <summary>Allow words around the date such as 予定 or 頃 (平成27年7月予定).</summary>
    public bool AllowSurroundingText { get; init; }
}
