using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Synthetic;

namespace PiaSearch.Search.Tests.CrossReferencing;

/// <summary>Commits generated logs to an index and compares the model a test got with the one a full build gives.</summary>
internal static class ModelTestIndex
{
    /// <summary>Adds (or replaces) a log, filed under its own municipality or the one given.</summary>
    public static void Commit(IndexStore store, SyntheticChangeLog log, string? municipality = null)
    {
        using var batch = store.BeginBatch(TestContext.Current.CancellationToken);
        var entries = new ChangeLogParser().Parse(log.Content, log.Id).Entries;
        batch.ReplaceDocument(new DocumentRecord(log.Id, municipality ?? log.Municipality, log.Evaluation, "test", DateTimeOffset.UtcNow, 0, 0), entries);
        batch.Commit();
    }

    /// <summary>The model has the rows, entities, successions and slots a full build of the index's rows gives.</summary>
    public static void AssertSameAsAFullBuild(IndexStore store, CrossReferenceModel model)
    {
        var catalog = store.Catalog;
        var full = new CrossReferenceBuilder().Build(catalog.Documents.Keys.SelectMany(store.ReadRows), id => catalog.Find(id)?.Municipality);

        Assert.Equal(full.Entries.Count, model.Entries.Count);
        Assert.Equal(full.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), model.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(full.Successions.Select(s => s.Id), model.Successions.Select(s => s.Id));
        Assert.Equal(full.Slots.Count, model.Slots.Count);
        Assert.Equal(full.Slots.Select(s => s.Key + s.Changes.Count), model.Slots.Select(s => s.Key + s.Changes.Count));
    }
}
