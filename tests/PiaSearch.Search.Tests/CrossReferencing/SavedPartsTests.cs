using PiaSearch.CrossReference.Model;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Synthetic;

namespace PiaSearch.Search.Tests.CrossReferencing;

/// <summary>
/// The model's parts are saved beside an index on disk: a restart reads the parts of unchanged logs instead of rebuilding
/// them, gives the model a full build gives, and rebuilds a part whose file is missing, damaged or of other logs.
/// </summary>
public sealed class SavedPartsTests(MorphologyFixture morphology) : IDisposable
{
    private static readonly SyntheticChangeLogGenerator Generator = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("pia-saved-parts-").FullName;

    private string PartsFolder => Path.Combine(_folder, SavedParts.FolderName);

    [Fact]
    public void Restart_LoadsTheSavedPartsInsteadOfRebuildingThem()
    {
        using var store = IndexStore.OpenFolder(_folder, morphology.Analyzer);
        for (var i = 0; i < 3; i++)
        {
            ModelTestIndex.Commit(store, Generator.Generate(5, i, 40));
        }

        using (var first = new CrossReferenceIndex(store, new CrossReferenceBuilder()))
        {
            _ = first.Current;
            Assert.Equal(3, first.PartsRebuilt);
            Assert.Equal(0, first.PartsLoaded);
        }

        Assert.Equal(3, Directory.GetFiles(PartsFolder, "*.part").Length);

        using var restarted = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        var model = restarted.Current;

        Assert.Equal(3, restarted.PartsLoaded);
        Assert.Equal(0, restarted.PartsRebuilt);
        ModelTestIndex.AssertSameAsAFullBuild(store, model);
    }

    [Fact]
    public void Restart_DamagedMissingOrOutdatedFile_IsRebuilt()
    {
        using var store = IndexStore.OpenFolder(_folder, morphology.Analyzer);
        var logs = Enumerable.Range(0, 3).Select(i => Generator.Generate(9, i, 40)).ToList();
        logs.ForEach(log => ModelTestIndex.Commit(store, log));
        using (var first = new CrossReferenceIndex(store, new CrossReferenceBuilder()))
        {
            _ = first.Current;
        }

        var files = Directory.GetFiles(PartsFolder, "*.part").Order(StringComparer.Ordinal).ToList();
        var damaged = File.ReadAllBytes(files[0]);
        damaged[damaged.Length / 2] ^= 0x5A;
        File.WriteAllBytes(files[0], damaged);
        File.Delete(files[1]);
        // The third log replaced after the last build: its saved part is of the earlier version.
        ModelTestIndex.Commit(store, Generator.Generate(9, 2, 60) with { Id = logs[2].Id });

        using var restarted = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        var model = restarted.Current;

        Assert.Equal(0, restarted.PartsLoaded);
        Assert.Equal(3, restarted.PartsRebuilt);
        ModelTestIndex.AssertSameAsAFullBuild(store, model);
        Assert.Equal(3, Directory.GetFiles(PartsFolder, "*.part").Length);
    }

    [Fact]
    public void DeletedLog_ItsSavedPartIsRemoved()
    {
        using var store = IndexStore.OpenFolder(_folder, morphology.Analyzer);
        var logs = Enumerable.Range(0, 2).Select(i => Generator.Generate(13, i, 40)).ToList();
        logs.ForEach(log => ModelTestIndex.Commit(store, log));
        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        _ = crossReference.Current;
        Assert.Equal(2, Directory.GetFiles(PartsFolder, "*.part").Length);

        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            batch.DeleteDocument(logs[0].Id);
            batch.Commit();
        }

        _ = crossReference.Current;

        Assert.Single(Directory.GetFiles(PartsFolder, "*.part"));
    }

    [Fact]
    public void ReadOnlyStore_LoadsSavedPartsButNeverWritesOrRemovesOne()
    {
        var logs = Enumerable.Range(0, 2).Select(i => Generator.Generate(17, i, 30)).ToList();
        using (var store = IndexStore.OpenFolder(_folder, morphology.Analyzer))
        {
            logs.ForEach(log => ModelTestIndex.Commit(store, log));
            using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
            _ = crossReference.Current;
        }

        var files = Directory.GetFiles(PartsFolder, "*.part").Order(StringComparer.Ordinal).ToList();
        File.Delete(files[0]);
        var stray = Path.Combine(PartsFolder, "0123456789abcdef0123456789abcdef.part");
        File.WriteAllBytes(stray, new byte[100]);

        using var readOnly = IndexStore.OpenReadOnly(_folder, morphology.Analyzer);
        using var reader = new CrossReferenceIndex(readOnly, new CrossReferenceBuilder());
        _ = reader.Current;

        Assert.Equal(1, reader.PartsLoaded);
        Assert.Equal(1, reader.PartsRebuilt);
        Assert.False(File.Exists(files[0]));
        Assert.True(File.Exists(stray));
    }

    [Fact]
    public void NotARegularFile_IsRebuiltNotOpened()
    {
        using var store = IndexStore.OpenFolder(_folder, morphology.Analyzer);
        ModelTestIndex.Commit(store, Generator.Generate(19, 0, 30));
        using (var first = new CrossReferenceIndex(store, new CrossReferenceBuilder()))
        {
            _ = first.Current;
        }

        // A folder, then an empty file (what a FIFO or a device reads as: no size), where the part's file was.
        var file = Directory.GetFiles(PartsFolder, "*.part").Single();
        File.Delete(file);
        Directory.CreateDirectory(file);
        using (var second = new CrossReferenceIndex(store, new CrossReferenceBuilder()))
        {
            _ = second.Current;
            Assert.Equal(1, second.PartsRebuilt);
        }

        Directory.Delete(file);
        File.WriteAllBytes(file, []);
        using var third = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        _ = third.Current;

        Assert.Equal(1, third.PartsRebuilt);
        Assert.Equal(0, third.PartsLoaded);
    }

    [Fact]
    public void InMemoryIndex_SavesNothing()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        ModelTestIndex.Commit(store, Generator.Generate(5, 0, 20));
        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());

        _ = crossReference.Current;

        Assert.Equal(0, crossReference.PartsLoaded);
        Assert.False(Directory.Exists(PartsFolder));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader still closing: the temporary folder is left to the system.
        }
    }
}
