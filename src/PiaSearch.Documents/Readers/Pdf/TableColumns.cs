namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>The columns a table's header defines: each one's x-range and which of the six change-log columns it is.</summary>
internal sealed record TableColumns(IReadOnlyList<(double Left, double Right, int Column)> Ranges)
{
    public double Left => Ranges[0].Left;

    public double Right => Ranges[^1].Right;

    /// <summary>The column a letter centred at <paramref name="x"/> belongs to, or -1.</summary>
    public int ColumnAt(double x)
    {
        foreach (var (left, right, column) in Ranges)
        {
            if (x >= left && x < right)
            {
                return column;
            }
        }

        return -1;
    }

    /// <summary>The right edge of the range holding <paramref name="x"/>.</summary>
    public double RightOf(double x) => Ranges.FirstOrDefault(r => x >= r.Left && x < r.Right).Right;
}
