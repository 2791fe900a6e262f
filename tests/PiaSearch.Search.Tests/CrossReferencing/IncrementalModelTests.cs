using PiaSearch.CrossReference.Model;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Synthetic;

namespace PiaSearch.Search.Tests.CrossReferencing;

/// <summary>After a commit the model rebuilds only the organisations whose logs changed, and is the model a full build gives.</summary>
public sealed class IncrementalModelTests(MorphologyFixture morphology)
{
    private static readonly SyntheticChangeLogGenerator Generator = new();

    [Fact]
    public void Current_AfterAddingALog_RebuildsOnlyItsMunicipality()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        for (var i = 0; i < 3; i++)
        {
            ModelTestIndex.Commit(store, Generator.Generate(7, i, 60));
        }

        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        _ = crossReference.Current;
        Assert.Equal(3, crossReference.PartsRebuilt);

        ModelTestIndex.Commit(store, Generator.Generate(7, 3, 60));
        var model = crossReference.Current;

        Assert.Equal(1, crossReference.PartsRebuilt);
        Assert.Equal(4, model.Lookups.Organisations.Count);
        ModelTestIndex.AssertSameAsAFullBuild(store, model);
    }

    [Fact]
    public void Current_AfterReplacingDeletingAndMovingLogs_IsWhatAFullBuildGives()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var logs = Enumerable.Range(0, 4).Select(i => Generator.Generate(11, i, 50)).ToList();
        logs.ForEach(log => ModelTestIndex.Commit(store, log));
        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        _ = crossReference.Current;

        // Replaced by a longer version of itself.
        ModelTestIndex.Commit(store, Generator.Generate(11, 0, 80) with { Id = logs[0].Id });
        ModelTestIndex.AssertSameAsAFullBuild(store, crossReference.Current);
        Assert.Equal(1, crossReference.PartsRebuilt);

        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            batch.DeleteDocument(logs[1].Id);
            batch.Commit();
        }

        var afterDelete = crossReference.Current;
        Assert.Equal(0, crossReference.PartsRebuilt);
        Assert.DoesNotContain(logs[1].Municipality, afterDelete.Lookups.Organisations);
        ModelTestIndex.AssertSameAsAFullBuild(store, afterDelete);

        // The same log filed under another municipality (the one of log 3): both organisations are rebuilt.
        ModelTestIndex.Commit(store, logs[2], logs[3].Municipality);
        var moved = crossReference.Current;
        Assert.Equal(1, crossReference.PartsRebuilt);
        Assert.DoesNotContain(logs[2].Municipality, moved.Lookups.Organisations);
        ModelTestIndex.AssertSameAsAFullBuild(store, moved);
    }
}
