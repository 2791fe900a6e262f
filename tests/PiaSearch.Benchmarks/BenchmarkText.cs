using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Benchmarks;

/// <summary>The text the benchmarks tokenize: every cell line of the default corpus (about 125 KB of Japanese).</summary>
public static class BenchmarkText
{
    public static string CorpusPath => Path.Combine(AppContext.BaseDirectory, "Corpus", "meguro-juki-changes.tsv");

    public static IReadOnlyList<string> Lines()
    {
        using var reader = new StreamReader(CorpusPath);
        var result = new ChangeLogParser().Parse(reader, "meguro-juki-changes");
        return [.. result.Entries
            .SelectMany(e => new[] { e.Item.Text, e.Before.Text, e.After.Text, e.Explanation.Text })
            .SelectMany(cell => cell.Split('\n'))
            .Where(line => !string.IsNullOrWhiteSpace(line))];
    }
}
