namespace PiaSearch.Synthetic;

/// <summary>How <see cref="ChangeLogWorkbookWriter"/> lays a change log out.</summary>
/// <param name="DatesAsSerials">Write a 変更日 that is one day as an Excel serial number with a date format, as Excel does when a date is typed.</param>
/// <param name="CoverSheet">Put a cover sheet (評価書番号, 評価書名, 評価実施機関名, 公表日) before the 変更箇所 sheet, as in a whole evaluation.</param>
/// <param name="Municipality">The 評価実施機関名 on the cover.</param>
/// <param name="Evaluation">The 評価書名 on the cover.</param>
/// <param name="Borders">Draw the cells' borders; without them the printed table has no ruling lines, as some published PDFs.</param>
public sealed record WorkbookLayout(bool DatesAsSerials = false, bool CoverSheet = false, string Municipality = "", string Evaluation = "", bool Borders = true);
