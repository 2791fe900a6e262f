using Lucene.Net.Index;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.CrossReferencing;

/// <summary>Reads back what the index holds: every stored row, and the entity ids it is tagged with.</summary>
internal static class IndexedEntries
{
    public static IReadOnlyList<ChangeEntry> ReadAll(IndexStore store) => store.WithSearcher(searcher =>
    {
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var entries = new List<ChangeEntry>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                entries.Add(ChangeEntryDocuments.ToEntry(reader.Document(doc)));
            }
        }

        return (IReadOnlyList<ChangeEntry>)entries;
    });

    /// <summary>The distinct entity ids rows are tagged with.</summary>
    public static IReadOnlySet<string> TaggedEntityIds(IndexStore store) => store.WithSearcher(searcher =>
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(searcher.IndexReader, IndexFields.Entity);
        if (terms is not null)
        {
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                ids.Add(termsEnum.Term.Utf8ToString());
            }
        }

        return (IReadOnlySet<string>)ids;
    });

    /// <summary>A number that changes whenever the visible rows change.</summary>
    public static long Version(IndexStore store) =>
        store.WithSearcher(searcher => searcher.IndexReader is DirectoryReader directory ? directory.Version : 0L);
}
