namespace PiaSearch.Api.Exports;

/// <summary>The columns of an export, Japanese first with English beside (one header row, read by people and by tools).</summary>
public static class ExportColumns
{
    public static IReadOnlyList<string> Headers { get; } =
    [
        "変更日 / date",
        "開始日 / from",
        "終了日 / to",
        "自治体 / municipality",
        "変更箇所一覧 / change log",
        "行 / line",
        "ファイル / file",
        "章 / chapter",
        "項目 / item",
        "変更前の記載 / before",
        "変更後の記載 / after",
        "提出時期 / timing",
        "提出時期に係る説明 / explanation",
        "リンク / link",
    ];

    /// <summary>Index of the line column (a number in XLSX).</summary>
    public const int LineColumn = 5;
}
