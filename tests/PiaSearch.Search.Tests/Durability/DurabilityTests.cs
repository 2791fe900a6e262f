using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Morphology;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Durability;

/// <summary>The document store is the source of truth: rebuilds, crashes, damage and refusals lose nothing committed.</summary>
public sealed class DurabilityTests(MorphologyFixture morphology) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pia-durable-").FullName;

    private string IndexRoot => Path.Combine(_root, "index");

    private string DocumentsRoot => Path.Combine(_root, "documents");

    private string Corpus => Path.Combine(_root, "corpus");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private sealed class Writer : IDisposable
    {
        public Writer(IndexStore index, DocumentStore documents)
        {
            Index = index;
            Documents = documents;
            Ingestor = new ChangeLogIngestor(index, new ChangeLogParser(), documents: documents);
            Maintenance = new IndexMaintenance(index, documents, Ingestor);
            Uploads = new DocumentIngestService(index, Ingestor, documents);
        }

        public IndexStore Index { get; }

        public DocumentStore Documents { get; }

        public ChangeLogIngestor Ingestor { get; }

        public IndexMaintenance Maintenance { get; }

        public DocumentIngestService Uploads { get; }

        public int Hits(string query) => new ChangeLogSearchService(Index, 0).Search(new SearchRequest { Query = query }).Total;

        public void Dispose() => Index.Dispose();
    }

    private Writer Open(MorphologicalAnalyzer? analyzer = null, bool repair = false, string? indexRoot = null, string? documents = null) =>
        new(IndexStore.OpenFolder(indexRoot ?? IndexRoot, analyzer ?? morphology.Analyzer, repairDamaged: repair), DocumentStore.Open(documents ?? DocumentsRoot));

    private string WriteCorpusLog(string name, int seed, int rows)
    {
        Directory.CreateDirectory(Corpus);
        var (content, contractor) = DurabilityData.Log(seed, rows);
        File.WriteAllText(Path.Combine(Corpus, name + ".tsv"), content);
        return contractor;
    }

    private static Task<DocumentIngestResult> UploadAsync(Writer writer, string id, string content) =>
        writer.Uploads.AddAsync(DurabilityData.Body(content), id, "upload:" + id + ".tsv", DocumentMetadata.None, Token);

    [Fact]
    public async Task Prepare_AfterAUserDictionaryChange_RebuildsWithTheUploadedDocuments()
    {
        var seeded = WriteCorpusLog("meguro", seed: 1, rows: 4);
        var (upload, uploaded) = DurabilityData.Log(seed: 2, rows: 3);
        using (var writer = Open())
        {
            writer.Maintenance.Prepare(Corpus, Token);
            await UploadAsync(writer, "uploaded", upload);
            Assert.Equal(3, writer.Hits(uploaded));
        }

        // Another user dictionary (none at all) means another analysis: the index must be rebuilt.
        using var reopened = Open(new MorphologicalAnalyzer(morphology.Dictionary));
        Assert.NotNull(reopened.Index.RebuildReason);
        var report = reopened.Maintenance.Prepare(Corpus, Token);

        Assert.True(report.Rebuilt);
        Assert.Null(reopened.Index.RebuildReason);
        Assert.Equal(["meguro", "uploaded"], reopened.Index.Catalog.Documents.Keys);
        Assert.Equal(3, reopened.Hits(uploaded));
        Assert.Equal(4, reopened.Hits(seeded));
    }

    [Fact]
    public async Task BeginRebuild_DisposedWithoutCommit_LeavesTheActiveIndexServingAndRemovesItsFolder()
    {
        var (content, contractor) = DurabilityData.Log(seed: 3, rows: 2);
        using var writer = Open();
        await UploadAsync(writer, "kept", content);
        var active = writer.Index.ActiveFolder;

        using (var rebuild = writer.Index.BeginRebuild(Token))
        {
            var other = new ChangeLogParser().Parse(DurabilityData.Log(seed: 4, rows: 5).Content, "other");
            writer.Ingestor.Stage(rebuild, other, "test", null, null);
            Assert.Equal(2, writer.Hits(contractor)); // the old index serves during the rebuild
        }

        Assert.Equal(active, writer.Index.ActiveFolder);
        Assert.Equal(2, writer.Hits(contractor));
        Assert.Equal([Path.GetFileName(active)], Directory.GetDirectories(IndexRoot, "gen-*").Select(Path.GetFileName));
        Assert.Equal(Path.GetFileName(active), File.ReadAllText(Path.Combine(IndexRoot, "current")).Trim());
    }

    [Fact]
    public async Task RebuildFromStore_SwitchesCurrentAndRemovesTheOldFolder()
    {
        var (content, contractor) = DurabilityData.Log(seed: 5, rows: 3);
        using var writer = Open();
        await UploadAsync(writer, "doc", content);
        var before = writer.Index.ActiveFolder;

        writer.Maintenance.RebuildFromStore(cancellationToken: Token);

        Assert.NotEqual(before, writer.Index.ActiveFolder);
        Assert.False(Directory.Exists(before));
        Assert.Equal(Path.GetFileName(writer.Index.ActiveFolder), File.ReadAllText(Path.Combine(IndexRoot, "current")).Trim());
        Assert.Equal(3, writer.Hits(contractor));
    }

    [Fact]
    public async Task Prepare_DocumentStoredButNotCommitted_IsIndexed()
    {
        var (content, contractor) = DurabilityData.Log(seed: 6, rows: 4);
        using (var writer = Open())
        {
            await UploadAsync(writer, "committed", DurabilityData.Log(seed: 60, rows: 1).Content);

            // What a writer killed between storing the bytes and committing the rows leaves behind.
            using var staged = await writer.Documents.StageAsync(DurabilityData.Bytes(content), Token);
            writer.Documents.Keep(staged, ChangeLogIngestor.Describe("crashed", DocumentMetadata.None, "crashed.tsv", "upload", DateTimeOffset.UtcNow), out _);
            Assert.Equal(0, writer.Hits(contractor));
        }

        using var reopened = Open();
        var report = reopened.Maintenance.Prepare(corpus: null, Token);

        Assert.Equal(1, report.Reindexed);
        Assert.Equal(4, reopened.Hits(contractor));
    }

    [Fact]
    public async Task OpenFolder_MissingSegmentsFile_SaysDamagedAndTheStoreRebuildsIt()
    {
        var (content, contractor) = DurabilityData.Log(seed: 7, rows: 3);
        string active;
        using (var writer = Open())
        {
            await UploadAsync(writer, "doc", content);
            active = writer.Index.ActiveFolder!;
        }

        foreach (var segments in Directory.GetFiles(active, "segments_*"))
        {
            File.Delete(segments);
        }

        File.WriteAllText(Path.Combine(active, "segments_9"), "not an index");

        var damaged = Assert.Throws<IndexDamagedException>(() => IndexStore.OpenFolder(IndexRoot, morphology.Analyzer));
        Assert.Contains("pia rebuild", damaged.Message, StringComparison.Ordinal);
        using var repaired = Open(repair: true);
        Assert.NotNull(repaired.Index.RebuildReason);
        repaired.Maintenance.Prepare(corpus: null, Token);
        Assert.Equal(3, repaired.Hits(contractor));
    }

    [Fact]
    public async Task AddAsync_RandomBinary_IsRefusedAndLeavesNothing()
    {
        using var writer = Open();
        var bytes = new byte[20_000];
        new Random(8).NextBytes(bytes);

        var refused = await Assert.ThrowsAsync<DocumentRefusedException>(() =>
            writer.Uploads.AddAsync(new MemoryStream(bytes), "noise", "upload", DocumentMetadata.None, Token));

        Assert.Contains("binary", refused.Message, StringComparison.Ordinal);
        Assert.Empty(writer.Index.Catalog.Documents);
        Assert.Empty(writer.Documents.Documents);
        Assert.Empty(Directory.GetFiles(Path.Combine(DocumentsRoot, "tmp")));
        Assert.Empty(Directory.GetFiles(Path.Combine(DocumentsRoot, "blobs"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AddAsync_BodyBrokenOffMidway_LeavesNoTemporaryFile()
    {
        using var writer = Open();

        await Assert.ThrowsAsync<IOException>(() =>
            writer.Uploads.AddAsync(new BrokenBody(DurabilityData.Log(seed: 31, rows: 50).Content), "cut", "upload", DocumentMetadata.None, Token));

        Assert.Empty(Directory.GetFiles(Path.Combine(DocumentsRoot, "tmp")));
        Assert.Empty(writer.Documents.Documents);
    }

    /// <summary>A request body whose client goes away after the first chunk.</summary>
    private sealed class BrokenBody(string content) : MemoryStream(System.Text.Encoding.UTF8.GetBytes(content))
    {
        private bool _first = true;

        public override bool CanSeek => false;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_first)
            {
                throw new IOException("The client disconnected.");
            }

            _first = false;
            return base.ReadAsync(buffer[..Math.Min(100, buffer.Length)], cancellationToken);
        }
    }

    [Fact]
    public async Task AddAsync_MostRowsRejected_IsRefusedWithTheLineNumbers()
    {
        using var writer = Open();
        var (content, _) = DurabilityData.Log(seed: 9, rows: 2, badRows: 3);

        var refused = await Assert.ThrowsAsync<DocumentRefusedException>(() => UploadAsync(writer, "mostly-bad", content));

        Assert.Equal(2, refused.Entries);
        Assert.Equal(3, refused.Rejected);
        Assert.Equal([4, 5, 6], refused.Reasons.Select(r => r.Line));
        Assert.Empty(writer.Documents.Documents);
        Assert.Empty(Directory.GetFiles(Path.Combine(DocumentsRoot, "tmp")));
    }

    [Fact]
    public async Task AddAsync_NoValidRow_IsRefused()
    {
        using var writer = Open();

        var refused = await Assert.ThrowsAsync<DocumentRefusedException>(() => UploadAsync(writer, "empty", "見出しだけ\n"));

        Assert.Equal(0, refused.Entries);
        Assert.Empty(writer.Index.Catalog.Documents);
    }

    [Fact]
    public async Task AddAsync_HalfTheRowsRejected_IsAccepted()
    {
        using var writer = Open();
        var (content, contractor) = DurabilityData.Log(seed: 10, rows: 2, badRows: 2);

        var result = await UploadAsync(writer, "half", content);

        Assert.Equal(2, result.Document.Entries);
        Assert.Equal(2, writer.Hits(contractor));
        Assert.NotNull(writer.Documents.Find("half"));
    }

    [Fact]
    public async Task Remove_DeletesTheDocumentFromTheStoreAndTheIndex()
    {
        var (content, contractor) = DurabilityData.Log(seed: 11, rows: 2);
        using (var writer = Open())
        {
            await UploadAsync(writer, "gone", content);

            Assert.True(await writer.Uploads.RemoveAsync("gone", Token));

            Assert.Equal(0, writer.Hits(contractor));
            Assert.Null(writer.Documents.Find("gone"));
            Assert.Empty(Directory.GetFiles(Path.Combine(DocumentsRoot, "blobs"), "*", SearchOption.AllDirectories));
        }

        using var reopened = Open();
        reopened.Maintenance.Prepare(corpus: null, Token);
        Assert.Equal(0, reopened.Hits(contractor));
    }

    [Fact]
    public async Task AddAsync_SameIdAgain_KeepsOnlyTheNewBytes()
    {
        using var writer = Open();
        await UploadAsync(writer, "doc", DurabilityData.Log(seed: 12, rows: 2).Content);
        var (second, contractor) = DurabilityData.Log(seed: 13, rows: 3);

        await UploadAsync(writer, "doc", second);

        Assert.Equal(3, writer.Hits(contractor));
        Assert.Single(Directory.GetFiles(Path.Combine(DocumentsRoot, "blobs"), "*", SearchOption.AllDirectories));
        Assert.Equal(writer.Documents.Find("doc")!.Sha256, writer.Index.Catalog.Find("doc")!.Sha256);
    }

    [Fact]
    public void DocumentStoreOpen_RemovesTemporaryAndUnreferencedFiles()
    {
        DocumentStore.Open(DocumentsRoot);
        var leftover = Path.Combine(DocumentsRoot, "tmp", "upload-interrupted.part");
        File.WriteAllText(leftover, "half an upload");
        var orphan = Path.Combine(DocumentsRoot, "blobs", "ab", "ab" + new string('0', 62) + ".bin");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        File.WriteAllText(orphan, "bytes whose metadata was never written");

        DocumentStore.Open(DocumentsRoot);

        Assert.False(File.Exists(leftover));
        Assert.False(File.Exists(orphan));
    }

    [Fact]
    public async Task Backup_ThenRestoreIntoAFreshFolder_GivesTheSameDocumentsAndResults()
    {
        var logs = Enumerable.Range(0, 3).Select(i => DurabilityData.Log(seed: 20 + i, rows: 2 + i)).ToList();
        var backup = Path.Combine(_root, "backup");
        IReadOnlyList<StoredDocument> storedBefore;
        using (var writer = Open())
        {
            for (var i = 0; i < logs.Count; i++)
            {
                await UploadAsync(writer, $"doc{i}", logs[i].Content);
            }

            var report = StoreBackup.Create(writer.Index, writer.Documents, TimeProvider.System, backup, Token);
            Assert.Equal(3, report.Documents);
            Assert.Equal(9, report.Rows);
            storedBefore = writer.Documents.Documents;
        }

        var freshIndex = Path.Combine(_root, "fresh", "index");
        var freshDocuments = Path.Combine(_root, "fresh", "documents");
        StoreBackup.Restore(backup, freshIndex, freshDocuments);

        using var restored = Open(indexRoot: freshIndex, documents: freshDocuments);
        Assert.Null(restored.Index.RebuildReason);
        Assert.Equal(storedBefore, restored.Documents.Documents);
        Assert.All(restored.Documents.Documents, d => Assert.True(restored.Documents.IsWhole(d)));
        for (var i = 0; i < logs.Count; i++)
        {
            Assert.Equal(2 + i, restored.Hits(logs[i].Contractor));
        }

        Assert.Equal((0, 0), restored.Maintenance.Reconcile(Token));
    }

    [Fact]
    public void Restore_WithoutTheManifest_IsRefused()
    {
        var partial = Directory.CreateDirectory(Path.Combine(_root, "partial")).FullName;
        Directory.CreateDirectory(Path.Combine(partial, "index"));

        Assert.Throws<InvalidDataException>(() => StoreBackup.Restore(partial, IndexRoot, DocumentsRoot));
        Assert.False(File.Exists(Path.Combine(IndexRoot, "current")));
    }

    [Fact]
    public void OpenFolder_LockReleasedOnDispose_CanBeReopened()
    {
        var first = IndexStore.OpenFolder(IndexRoot, morphology.Analyzer);
        Assert.Throws<IndexLockedException>(() => IndexStore.OpenFolder(IndexRoot, morphology.Analyzer));
        first.Dispose();

        using var second = IndexStore.OpenFolder(IndexRoot, morphology.Analyzer);
        Assert.True(File.Exists(Path.Combine(IndexRoot, "pia.lock")));
    }

    [Fact]
    public void RebuildFromStore_IndexOfTheOldLayoutWithoutStoredBytes_CarriesItsRowsOverAndMovesToTheNewLayout()
    {
        var (content, contractor) = DurabilityData.Log(seed: 30, rows: 3);
        using (var old = IndexStore.OpenFolder(IndexRoot, morphology.Analyzer))
        {
            using var batch = old.BeginBatch(Token);
            batch.ReplaceDocument("legacy", new ChangeLogParser().Parse(content, "legacy").Entries);
            batch.Commit();
        }

        // Before the document store, the index lived in the root folder itself and no bytes were kept.
        var folder = Path.Combine(IndexRoot, File.ReadAllText(Path.Combine(IndexRoot, "current")).Trim());
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Move(file, Path.Combine(IndexRoot, Path.GetFileName(file)));
        }

        Directory.Delete(folder);
        File.Delete(Path.Combine(IndexRoot, "current"));

        using var writer = Open();
        Assert.Equal(3, writer.Hits(contractor));
        writer.Maintenance.RebuildFromStore(cancellationToken: Token);

        Assert.Equal(3, writer.Hits(contractor));
        Assert.Empty(Directory.GetFiles(IndexRoot, "segments*"));
        Assert.StartsWith("gen-", File.ReadAllText(Path.Combine(IndexRoot, "current")), StringComparison.Ordinal);
    }

    [Fact]
    public void IsDiskFull_WriteToAFullDevice_IsRecognised()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("/dev/full is a Linux device.");
        }

        var full = Assert.ThrowsAny<IOException>(() =>
        {
            using var device = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            device.Write(new byte[4096]);
            device.Flush();
        });

        Assert.True(DurableFile.IsDiskFull(full));
        Assert.False(DurableFile.IsDiskFull(new FileNotFoundException("missing")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
