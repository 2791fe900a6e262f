using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Synthetic;

namespace PiaSearch.Search.Tests.Durability;

/// <summary>A workbook kept in the document store is kept as its bytes, and a rebuild reads it again through the workbook reader.</summary>
public sealed class StoredFormatsTests(MorphologyFixture morphology) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pia-formats-").FullName;

    [Fact]
    public void Rebuild_StoredWorkbookUnderAnyName_ReadAgainWithItsSheetAndRows()
    {
        var log = new SyntheticChangeLogGenerator().Generate(seed: 16, index: 3, rows: 40);
        var truth = new ChangeLogParser().Parse(log.Content, log.Id).Entries;
        var file = Path.Combine(_root, "kita-town.dat"); // the name says nothing: the content does
        using (var stream = File.Create(file))
        {
            ChangeLogWorkbookWriter.Write(truth, stream);
        }

        using var index = IndexStore.OpenFolder(Path.Combine(_root, "index"), morphology.Analyzer);
        var documents = DocumentStore.Open(Path.Combine(_root, "documents"));
        var ingestor = new ChangeLogIngestor(index, new ChangeLogParser(), documents: documents);
        var report = ingestor.IngestPaths([file], cancellationToken: TestContext.Current.CancellationToken);
        var stored = Assert.Single(documents.Documents);
        Assert.Equal("xlsx", stored.Format);
        Assert.Equal(File.ReadAllBytes(file), ReadAll(documents, stored));
        Assert.Equal(truth.Count, report.Entries);

        new IndexMaintenance(index, documents, ingestor).RebuildFromStore(cancellationToken: TestContext.Current.CancellationToken);

        var rows = index.ReadRows("kita-town");
        Assert.Equal(truth.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(ChangeLogWorkbookWriter.SheetName, r.Source!.Sheet));
        Assert.Equal(truth.Count, ReadBackComparison.Compare(truth, rows).Matched);
    }

    private static byte[] ReadAll(DocumentStore documents, StoredDocument stored)
    {
        using var content = documents.OpenContent(stored);
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
