namespace PiaSearch.Documents.Items;

/// <summary>
/// Where in an evaluation a change was made: the evaluated file (住民基本台帳ファイル), the chapter
/// (I…VI or 別添N) and the rest of the path (4-委託事項2-⑥委託先名), recovered from the many ways the
/// 項目 column is written. <see cref="Raw"/> keeps the cell as written.
/// </summary>
public sealed record ItemPath(string Raw, string Text, string? File, string? Chapter, string Path)
{
    /// <summary>A stable key for the slot this path names: the same place written in two styles gets the same key.</summary>
    public string Key => $"{File ?? "-"}|{Chapter ?? "-"}|{Path}";
}
