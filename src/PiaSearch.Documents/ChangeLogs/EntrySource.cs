namespace PiaSearch.Documents.ChangeLogs;

/// <summary>
/// Where in a published document a change row was read: page and row of the table for a PDF, sheet and row for a
/// workbook. A tab- or comma-separated file needs none: its line says it.
/// </summary>
/// <param name="Page">1-based page of a PDF, or null.</param>
/// <param name="Row">1-based row: of the table on that page (PDF), of the worksheet (XLSX), or of the CSV records.</param>
/// <param name="Sheet">The worksheet's name (XLSX), or null.</param>
public sealed record EntrySource(int? Page, int Row, string? Sheet)
{
    /// <summary>How a person names the place: p.12 行3, Sheet1 行40.</summary>
    public string Label => Page is { } page ? $"p.{page} 行{Row}" : Sheet is { } sheet ? $"{sheet} 行{Row}" : $"行{Row}";
}
