using System.Globalization;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Text;

namespace PiaSearch.Synthetic;

/// <summary>
/// Compares the entries read back from a workbook or PDF with the entries they were written from: each row's six
/// fields normalised (width folded, all white space removed; 変更日 compared as the interval it denotes), rows
/// matched as a multiset so that one lost row does not count its successors as wrong.
/// </summary>
public sealed record ReadBackComparison(int Expected, int Read, int Matched, IReadOnlyList<string> Missing, IReadOnlyList<string> Unexpected)
{
    /// <summary>Matched rows as a share of the expected ones.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public static ReadBackComparison Compare(IReadOnlyList<ChangeEntry> expected, IReadOnlyList<ChangeEntry> read)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(read);
        read = [.. read.Where(e => e.Kind == EntryKind.Change)]; // a whole evaluation's section fields are no rows of the table
        var pool = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in read.Select(Key))
        {
            pool[key] = pool.GetValueOrDefault(key) + 1;
        }

        var missing = new List<string>();
        var matched = 0;
        foreach (var key in expected.Select(Key))
        {
            if (pool.TryGetValue(key, out var count) && count > 0)
            {
                pool[key] = count - 1;
                matched++;
            }
            else
            {
                missing.Add(key);
            }
        }

        var unexpected = pool.Where(p => p.Value > 0).SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToList();
        return new ReadBackComparison(expected.Count, read.Count, matched, missing, unexpected);
    }

    /// <summary>The row as compared: its six fields normalised, separated by a character no field holds.</summary>
    public static string Key(ChangeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var date = entry.Date is { } span
            ? string.Create(CultureInfo.InvariantCulture, $"{span.From:yyyy-MM-dd}..{span.To:yyyy-MM-dd}")
            : Normalise(entry.DateText);
        return string.Join('\u001F', date, Normalise(entry.Item.Text), Normalise(entry.Before.Text), Normalise(entry.After.Text), Normalise(entry.TimingText), Normalise(entry.Explanation.Text));
    }

    private static string Normalise(string text) => TextKey.Of(text);
}
