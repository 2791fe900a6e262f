using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;

namespace PiaSearch.Api.Exports;

/// <summary>One exported row: the cells a spreadsheet shows, in <see cref="ExportColumns.Headers"/> order.</summary>
public sealed record ExportRow(
    string Date,
    string? DateFrom,
    string? DateTo,
    string Municipality,
    string Document,
    int Line,
    string File,
    string Chapter,
    string Item,
    string Before,
    string After,
    string Timing,
    string Explanation,
    string Link)
{
    public static ExportRow From(ChangeEntry entry, DocumentCatalog catalog, string link)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(catalog);
        return new ExportRow(
            entry.DateText,
            entry.Date?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            entry.Date?.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            catalog.Find(entry.DocumentId)?.Municipality ?? string.Empty,
            entry.DocumentId,
            entry.Line,
            entry.Item.File ?? string.Empty,
            entry.Item.Chapter ?? string.Empty,
            entry.Item.Text,
            entry.Before.Text,
            entry.After.Text,
            entry.Timing == SubmissionTiming.Unspecified ? string.Empty : entry.Timing.Label(),
            entry.Explanation.Text,
            link);
    }

    /// <summary>The cells as text, in column order.</summary>
    public IReadOnlyList<string> Cells() =>
    [
        Date, DateFrom ?? string.Empty, DateTo ?? string.Empty, Municipality, Document, Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
        File, Chapter, Item, Before, After, Timing, Explanation, Link,
    ];
}
