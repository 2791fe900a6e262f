using PiaSearch.CrossReference.Model;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.CrossReferencing;

/// <summary>
/// Writes the entity ids of every row into the index, so that searches can filter by entity. Entity resolution
/// is global (a rename in one log joins names seen in others), so all rows are tagged again whenever rows
/// change; the caller commits, and readers see the rows and their tags together.
/// </summary>
public sealed class EntityTagger(CrossReferenceBuilder builder)
{
    /// <summary>Builds the model of the rows staged in <paramref name="store"/> (committed or not) and re-stages every row with its entity ids.</summary>
    public CrossReferenceModel TagAll(IndexStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.RefreshReaders();
        var entries = IndexedEntries.ReadAll(store);
        var model = builder.Build(entries);
        foreach (var document in entries.GroupBy(e => e.DocumentId))
        {
            store.ReplaceDocument(document.Key, document.OrderBy(e => e.Line), e => model.EntityIdsOf(e.Id));
        }

        return model;
    }

    /// <summary>True when the index's entity tags are those of <paramref name="model"/> (else an older build tagged it, or none did).</summary>
    public static bool IsTaggedFor(IndexStore store, CrossReferenceModel model)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(model);
        var expected = model.Entries.SelectMany(e => model.EntityIdsOf(e.Id)).ToHashSet(StringComparer.Ordinal);
        return IndexedEntries.TaggedEntityIds(store).SetEquals(expected);
    }
}
