using System.Net.Http.Json;
using System.Text.Json;
using PiaSearch.CrossReference.Contracts;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Contracts;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Api.Tests.Hosting;

public sealed class EntityTagBootstrapTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Start_IndexWrittenWithoutEntityTags_IsTaggedSoEntityFiltersWork()
    {
        var indexFolder = Directory.CreateTempSubdirectory("pia-untagged-").FullName;
        try
        {
            using (var store = IndexStore.OpenFolder(indexFolder))
            {
                new ChangeLogIngestor(store, new ChangeLogParser()).IngestPaths([PiaApiFactory.DefaultCorpusPath], cancellationToken: TestContext.Current.CancellationToken);
            }

            using var factory = PiaApiFactory.Create(includeDefaultCorpus: false, indexFolder);
            var client = await factory.CreateReadyClientAsync();
            var company = (await client.GetFromJsonAsync<EntityListResponse>(new Uri("/api/entities?q=RKKCS", UriKind.Relative), Json, TestContext.Current.CancellationToken))!.Entities.Single();
            var result = await client.GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=" + Uri.EscapeDataString("委託") + "&entity=" + company.Id, UriKind.Relative), Json, TestContext.Current.CancellationToken);

            Assert.Equal(2, result!.Total);
        }
        finally
        {
            Directory.Delete(indexFolder, recursive: true);
        }
    }
}
