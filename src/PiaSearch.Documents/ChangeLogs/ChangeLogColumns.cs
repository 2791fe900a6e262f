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
        // Every line is asked: the first cell decides most of them without normalising the long ones.
        if (cells.Count < 2 || !CouldBe(cells[0], 0) || TextNormalizer.Normalize(cells[0]).Trim() != Names[0])
        {
            return false;
        }

        var matched = 0;
        for (var i = 0; i < Math.Min(cells.Count, Count); i++)
        {
            if (CouldBe(cells[i], i) && TextNormalizer.Normalize(cells[i]).Replace(" ", string.Empty, StringComparison.Ordinal) == Names[i])
            {
                matched++;
            }
        }

        return matched >= 2;
    }

    // A header cell is its name, perhaps spaced out or decomposed: never several times longer.
    private static bool CouldBe(string cell, int column) => cell.Length <= (Names[column].Length * 4) + 8;
}
