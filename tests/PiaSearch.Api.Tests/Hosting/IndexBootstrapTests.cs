using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bogus;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Hosting;

public sealed class IndexBootstrapTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A fictional change log: the departments are made up per run, so no id is shared with other tests.</summary>
    private static (string Content, string Department, int Rows) FictionalLog(int seed)
    {
        var faker = new Faker("ja") { Random = new Randomizer(seed) };
        var department = faker.Address.City() + faker.PickRandom("総務課", "市民課", "情報推進課") + faker.Random.Int(10, 99);
        var rows = faker.Random.Int(3, 8);
        var text = new StringBuilder("## 変更箇所一覧\n\n変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append($"令和{faker.Random.Int(2, 6)}年{faker.Random.Int(1, 12)}月{faker.Random.Int(1, 28)}日\tI-7-②所属長\t{faker.Name.FullName()}\t{department}長 {faker.Name.FullName()}\t事後\t\n");
        }

        text.Append("壊れた行\n");
        return (text.ToString(), department, rows);
    }

    [Fact]
    public async Task FirstStart_IndexesEveryFileOfTheCorpusFolder()
    {
        var (content, department, rows) = FictionalLog(seed: 11);
        using var factory = new PiaApiFactory();
        await File.WriteAllTextAsync(Path.Combine(factory.CorpusFolder, "fictional.tsv"), content, TestContext.Current.CancellationToken);

        var client = await factory.CreateReadyClientAsync();
        var result = await client.GetFromJsonAsync<SearchResponse>(
            new Uri("/api/search?q=" + Uri.EscapeDataString(department) + "&size=100", UriKind.Relative),
            Json,
            TestContext.Current.CancellationToken);

        Assert.Equal(rows, result!.Total);
        Assert.All(result.Hits, h => Assert.Equal("fictional", h.Document));
    }

    [Fact]
    public async Task SecondStart_ServesTheExistingIndexWithoutReindexing()
    {
        var (content, department, rows) = FictionalLog(seed: 12);
        var indexFolder = Directory.CreateTempSubdirectory("pia-index-").FullName;
        try
        {
            using (var first = PiaApiFactory.Create(includeDefaultCorpus: false, indexFolder))
            {
                await File.WriteAllTextAsync(Path.Combine(first.CorpusFolder, "fictional.tsv"), content, TestContext.Current.CancellationToken);
                await first.CreateReadyClientAsync();
            }

            // The second host's corpus folder is empty: had it rebuilt the index, the department would be gone.
            using var second = PiaApiFactory.Create(includeDefaultCorpus: false, indexFolder);
            var client = await second.CreateReadyClientAsync();
            var result = await client.GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=" + Uri.EscapeDataString(department), UriKind.Relative), Json, TestContext.Current.CancellationToken);

            Assert.Equal(rows, result!.Total);
        }
        finally
        {
            Directory.Delete(indexFolder, recursive: true);
        }
    }

    [Fact]
    public async Task MissingCorpusFolder_StartsWithAnEmptyIndex()
    {
        using var factory = PiaApiFactory.Create(includeDefaultCorpus: false);
        factory.CorpusSetting = Path.Combine(factory.Root, "does-not-exist");

        var client = await factory.CreateReadyClientAsync();
        var result = await client.GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=a", UriKind.Relative), Json, TestContext.Current.CancellationToken);

        Assert.Equal(0, result!.Total);
    }

    [Fact]
    public async Task Health_OnceTheIndexIsOpen_IsHealthy()
    {
        using var factory = new PiaApiFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
