using Lucene.Net.Index;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.CrossReferencing;

/// <summary>Reads back every row the index holds (its last commit), for the cross-reference model.</summary>
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
}
