namespace PiaSearch.Documents.ChangeLogs;

/// <summary>One row of cells a reader found in a document, before the parser makes a change entry of it.</summary>
/// <param name="Cells">The cells in column order (変更日, 項目, 変更前の記載, 変更後の記載, 提出時期, 提出時期に係る説明 for a change row).</param>
/// <param name="Line">The row's number in the document, unique within it (the line of a text file; a running number otherwise).</param>
/// <param name="Source">Page and row, or sheet and row, when the document is not a text file.</param>
public sealed record SourceRow(IReadOnlyList<string> Cells, int Line, EntrySource? Source = null);
