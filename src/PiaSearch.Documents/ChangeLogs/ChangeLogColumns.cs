using PiaSearch.Documents.Text;

namespace PiaSearch.Documents.ChangeLogs;

/// <summary>The six columns of a change log and recognition of the header line repeated at page breaks.</summary>
public static class ChangeLogColumns
{
    public const int Count = 6;

    public static IReadOnlyList<string> Names { get; } = ["変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明"];

    /// <summary>True for the header line, however its spacing or width was rendered.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells)
    {
        if (cells.Count < 2)
        {
            return false;
        }

        var matched = 0;
        for (var i = 0; i < Math.Min(cells.Count, Count); i++)
        {
            var cell = TextNormalizer.Normalize(cells[i]).Replace(" ", string.Empty, StringComparison.Ordinal);
            if (cell == Names[i])
            {
                matched++;
            }
        }

        return matched >= 2 && TextNormalizer.Normalize(cells[0]).Trim() == Names[0];
    }
}
