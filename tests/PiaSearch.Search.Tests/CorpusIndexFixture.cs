using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests;

/// <summary>An in-memory index of the default corpus, built once for the tests that share it.</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    public CorpusIndexFixture(MorphologyFixture morphology)
    {
        Store = IndexStore.InMemory(morphology.Analyzer);
        Report = new ChangeLogIngestor(Store, new ChangeLogParser()).IngestPaths([CorpusPath]);
        Search = new ChangeLogSearchService(Store);
    }

    public static string CorpusPath => Path.Combine(AppContext.BaseDirectory, "Corpus", "meguro-juki-changes.tsv");

    public IndexStore Store { get; }

    public IngestReport Report { get; }

    public ChangeLogSearchService Search { get; }

    public SearchResults Find(string query, int size = 100) => Search.Search(new SearchRequest { Query = query, Size = size });

    public void Dispose() => Store.Dispose();
}
