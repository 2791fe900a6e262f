using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Morphology.Build;

/// <summary>
/// The texts the MeCab agreement test compares: the plain text of every 項目, 変更前, 変更後 and 説明 cell of a
/// change log, a multi-line cell split into its lines, blank lines dropped, each distinct line once, in corpus
/// order. Tabs become spaces (both are whitespace to MeCab) so that a line fits in one TSV field.
/// </summary>
internal static class CorpusCellLines
{
    public static IReadOnlyList<string> Read(string corpusPath)
    {
        using var reader = new StreamReader(corpusPath);
        var result = new ChangeLogParser().Parse(reader, Path.GetFileNameWithoutExtension(corpusPath));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var entry in result.Entries)
        {
            foreach (var cell in new[] { entry.Item.Text, entry.Before.Text, entry.After.Text, entry.Explanation.Text })
            {
                foreach (var raw in cell.Split('\n'))
                {
                    var line = raw.TrimEnd('\r').Replace('\t', ' ');
                    if (!string.IsNullOrWhiteSpace(line) && seen.Add(line))
                    {
                        lines.Add(line);
                    }
                }
            }
        }

        return lines;
    }
}
