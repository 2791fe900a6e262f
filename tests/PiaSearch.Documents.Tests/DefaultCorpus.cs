namespace PiaSearch.Documents.Tests;

/// <summary>The default corpus, copied next to the test assembly by tests/Directory.Build.targets.</summary>
internal static class DefaultCorpus
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus", "meguro-juki-changes.tsv");

    public static string Read() => File.ReadAllText(Path);
}
