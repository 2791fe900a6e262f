using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests;

/// <summary>The default corpus, copied next to the test assembly by tests/Directory.Build.targets.</summary>
internal static class DefaultCorpus
{
    public const string DocumentId = "meguro-juki-changes";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus", "meguro-juki-changes.tsv");

    public static string LabelsPath => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "meguro-successions.tsv");

    public static IReadOnlyList<ChangeEntry> Entries()
    {
        using var reader = ChangeLogReader.OpenFile(Path);
        return new ChangeLogParser().Parse(reader, DocumentId).Entries;
    }
}
