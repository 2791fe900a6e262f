using PiaSearch.Documents.Dates;
using PiaSearch.Documents.Html;
using PiaSearch.Documents.Items;

namespace PiaSearch.Documents.ChangeLogs;

/// <summary>One row of a change log (変更箇所): 変更日 / 項目 / 変更前の記載 / 変更後の記載 / 提出時期 / 提出時期に係る説明.</summary>
/// <param name="DocumentId">The change log the row belongs to.</param>
/// <param name="Line">1-based line number in the source file.</param>
/// <param name="DateText">The 変更日 cell as written.</param>
/// <param name="Date">The 変更日 as an interval, or null when it could not be read (a warning says so).</param>
/// <param name="Item">The 項目 cell and the path recovered from it.</param>
/// <param name="Before">変更前の記載.</param>
/// <param name="After">変更後の記載.</param>
/// <param name="Timing">提出時期.</param>
/// <param name="TimingText">提出時期 as written.</param>
/// <param name="Explanation">提出時期に係る説明.</param>
public sealed record ChangeEntry(
    string DocumentId,
    int Line,
    string DateText,
    DateSpan? Date,
    ItemPath Item,
    CellText Before,
    CellText After,
    SubmissionTiming Timing,
    string TimingText,
    CellText Explanation)
{
    /// <summary>Unique across documents: the document id and the line.</summary>
    public string Id => $"{DocumentId}:{Line}";

    /// <summary>The date the before cell denotes as its item's value (43010 under ①実施日, 令和3年4月1日 anywhere): see <see cref="CellDateReader"/>.</summary>
    public DateSpan? BeforeDate { get; init; }

    /// <summary>The date the after cell denotes as its item's value: see <see cref="CellDateReader"/>.</summary>
    public DateSpan? AfterDate { get; init; }

    /// <summary>Page and row (PDF) or sheet and row (XLSX) the row was read from; null for a text file, whose <see cref="Line"/> says it.</summary>
    public EntrySource? Source { get; init; }

    /// <summary>A change row (the default), or a section's text (<see cref="EntryKind.Section"/>) that is no change.</summary>
    public EntryKind Kind { get; init; } = EntryKind.Change;
}
