using System.Text;

namespace PiaSearch.Api.Exports;

/// <summary>
/// CSV cells (RFC 4180) that a spreadsheet opens as text. A cell a spreadsheet would read as a formula (starting
/// with = + - @, or a tab or carriage return that some strip before looking) gets a leading apostrophe, so a
/// document's text can never run as a formula on a reader's machine (CSV injection).
/// </summary>
public static class CsvCells
{
    public static string Line(IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var sb = new StringBuilder();
        foreach (var cell in cells)
        {
            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            Append(sb, Defuse(cell));
        }

        return sb.Append("\r\n").ToString();
    }

    /// <summary>The cell with an apostrophe in front when a spreadsheet would take it for a formula.</summary>
    public static string Defuse(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠' ? "'" + cell : cell;
    }

    private static void Append(StringBuilder sb, string cell)
    {
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sb.Append(cell);
            return;
        }

        sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
