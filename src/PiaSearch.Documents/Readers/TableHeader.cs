using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Text;

namespace PiaSearch.Documents.Readers;

/// <summary>Recognises the 変更箇所 table's header among cells, however wrapped, spaced or widened.</summary>
internal static class TableHeader
{
    /// <summary>Which of the six columns <paramref name="text"/> names, or -1.</summary>
    public static int ColumnOf(string text)
    {
        if (text.Length is 0 or > 40)
        {
            return -1;
        }

        var key = Key(text);
        for (var i = 0; i < ChangeLogColumns.Count; i++)
        {
            if (key == ChangeLogColumns.Names[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when the columns found make a change-log header: 変更日, 項目 and 変更前 or 変更後 at least.</summary>
    public static bool IsHeader(IReadOnlyCollection<int> columns) =>
        columns.Contains(0) && columns.Contains(1) && (columns.Contains(2) || columns.Contains(3));

    /// <summary>The text as compared with a column name: normalised, without any white space.</summary>
    public static string Key(string text) =>
        TextKey.Of(text);
}
