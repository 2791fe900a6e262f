using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Synthetic;

namespace PiaSearch.Search.Tests.CrossReferencing;

/// <summary>After a commit the model rebuilds only the organisations whose logs changed, and is the model a full build gives.</summary>
public sealed class IncrementalModelTests(MorphologyFixture morphology)
{
    private static readonly SyntheticChangeLogGenerator Generator = new();

    private static void Commit(IndexStore store, SyntheticChangeLog log, string? municipality = null)
    {
        using var batch = store.BeginBatch(TestContext.Current.CancellationToken);
        var entries = new ChangeLogParser().Parse(log.Content, log.Id).Entries;
        batch.ReplaceDocument(new DocumentRecord(log.Id, municipality ?? log.Municipality, log.Evaluation, "test", DateTimeOffset.UtcNow, 0, 0), entries);
        batch.Commit();
    }

    private static void AssertSameAsAFullBuild(IndexStore store, CrossReferenceModel model)
    {
        var catalog = store.Catalog;
        var full = new CrossReferenceBuilder().Build(catalog.Documents.Keys.SelectMany(store.ReadRows), id => catalog.Find(id)?.Municipality);

        Assert.Equal(full.Entries.Count, model.Entries.Count);
        Assert.Equal(full.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), model.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(full.Successions.Select(s => s.Id), model.Successions.Select(s => s.Id));
        Assert.Equal(full.Slots.Count, model.Slots.Count);
    }

    [Fact]
    public void Current_AfterAddingALog_RebuildsOnlyItsMunicipality()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        for (var i = 0; i < 3; i++)
        {
            Commit(store, Generator.Generate(7, i, 60));
        }

        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        _ = crossReference.Current;
        Assert.Equal(3, crossReference.PartsRebuilt);

        Commit(store, Generator.Generate(7, 3, 60));
        var model = crossReference.Current;

        Assert.Equal(1, crossReference.PartsRebuilt);
        Assert.Equal(4, model.Lookups.Organisations.Count);
        AssertSameAsAFullBuild(store, model);
    }

    [Fact]
    public void Current_AfterReplacingDeletingAndMovingLogs_IsWhatAFullBuildGives()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var logs = Enumerable.Range(0, 4).Select(i => Generator.Generate(11, i, 50)).ToList();
        logs.ForEach(log => Commit(store, log));
        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        _ = crossReference.Current;

        // Replaced by a longer version of itself.
        Commit(store, Generator.Generate(11, 0, 80) with { Id = logs[0].Id });
        AssertSameAsAFullBuild(store, crossReference.Current);
        Assert.Equal(1, crossReference.PartsRebuilt);

        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            batch.DeleteDocument(logs[1].Id);
            batch.Commit();
        }

        var afterDelete = crossReference.Current;
        Assert.Equal(0, crossReference.PartsRebuilt);
        Assert.DoesNotContain(logs[1].Municipality, afterDelete.Lookups.Organisations);
        AssertSameAsAFullBuild(store, afterDelete);

        // The same log filed under another municipality (the one of log 3): both organisations are rebuilt.
        Commit(store, logs[2], logs[3].Municipality);
        var moved = crossReference.Current;
        Assert.Equal(1, crossReference.PartsRebuilt);
        Assert.DoesNotContain(logs[2].Municipality, moved.Lookups.Organisations);
        AssertSameAsAFullBuild(store, moved);
    }
}
