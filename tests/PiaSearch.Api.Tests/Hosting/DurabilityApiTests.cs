using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bogus;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Api.Tests.Jobs;
using PiaSearch.Contracts.Searching;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Api.Tests.Hosting;

/// <summary>Uploaded documents survive rebuilds and dictionary changes; bad uploads are refused; backups; one writer.</summary>
public sealed class DurabilityApiTests
{
    private const string Key = "durability-test-key";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static (string Content, string Contractor) FictionalLog(int seed, int rows, int badRows = 0)
    {
        var faker = new Faker("ja") { Random = new Randomizer(seed) };
        var contractor = "株式会社" + faker.Random.String2(6, "アイウエオカキクケコサシスセソタチツテト");
        var text = new StringBuilder("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append($"令和{faker.Random.Int(2, 6)}年度\t(住民基本台帳ファイル) Ⅱ-4-委託事項{i}-⑥委託先名\t未定\t{contractor}\t事前\t\n");
        }

        for (var i = 0; i < badRows; i++)
        {
            text.Append("タブのない行\n");
        }

        return (text.ToString(), contractor);
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        return request;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string id, byte[] content)
    {
        var body = new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("text/tab-separated-values") } };
        return await client.SendAsync(Authorized(HttpMethod.Post, "/api/documents?id=" + id, body), Token);
    }

    private static async Task<int> CountAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), Json, Token))!.Total;

    [Fact]
    public async Task Reindex_AfterAnUpload_KeepsTheUploadedDocument()
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();
        var (content, contractor) = FictionalLog(seed: 1, rows: 3);
        using (var uploaded = await UploadAsync(client, "uploaded", Encoding.UTF8.GetBytes(content)))
        {
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        }

        using var response = await client.SendAsync(Authorized(HttpMethod.Post, "/api/admin/reindex"), Token);
        var job = await AdminJobPolling.WaitForJobAsync(client, response, Key);

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal(3, await CountAsync(client, contractor));
        Assert.Equal(2, job.GetProperty("result").GetProperty("documents").GetInt32());
        Assert.Equal(2, job.GetProperty("progress").GetProperty("done").GetInt64());
        Assert.Equal(2, job.GetProperty("progress").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Restart_WithAnotherUserDictionary_KeepsTheUploadedDocuments()
    {
        var indexFolder = Directory.CreateTempSubdirectory("pia-dict-").FullName;
        var (content, contractor) = FictionalLog(seed: 2, rows: 4);
        try
        {
            using (var first = PiaApiFactory.Create(includeDefaultCorpus: true, indexFolder))
            {
                first.AdminKey = Key;
                var client = await first.CreateReadyClientAsync();
                using var uploaded = await UploadAsync(client, "uploaded", Encoding.UTF8.GetBytes(content));
                Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            }

            using var second = PiaApiFactory.Create(includeDefaultCorpus: false, indexFolder);
            var dictionary = Path.Combine(second.Root, "other-dictionary.csv");
            await File.WriteAllTextAsync(dictionary, "特定個人情報保護評価書,特定個人情報保護評価書,トクテイコジンジョウホウホゴヒョウカショ,カスタム名詞\n", Token);
            second.Settings["Morphology:UserDictionaryPath"] = dictionary;
            var restarted = await second.CreateReadyClientAsync();
            var documents = await restarted.GetFromJsonAsync<List<JsonElement>>(new Uri("/api/documents", UriKind.Relative), Json, Token);

            Assert.Equal(4, await CountAsync(restarted, contractor));
            Assert.Equal(["meguro-juki-changes", "uploaded"], documents!.Select(d => d.GetProperty("id").GetString()).Order());
        }
        finally
        {
            Directory.Delete(indexFolder, recursive: true);
            if (Directory.Exists(indexFolder + ".documents"))
            {
                Directory.Delete(indexFolder + ".documents", recursive: true);
            }
        }
    }

    [Fact]
    public async Task Restart_OnADamagedIndex_RebuildsItFromTheDocumentStore()
    {
        var indexFolder = Directory.CreateTempSubdirectory("pia-damaged-").FullName;
        var (content, contractor) = FictionalLog(seed: 5, rows: 2);
        try
        {
            using (var first = PiaApiFactory.Create(includeDefaultCorpus: true, indexFolder))
            {
                first.AdminKey = Key;
                var client = await first.CreateReadyClientAsync();
                using var uploaded = await UploadAsync(client, "uploaded", Encoding.UTF8.GetBytes(content));
                Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            }

            // What the issue saw after two writers: the commit point gone, a start that threw FileNotFoundException.
            var active = Path.Combine(indexFolder, File.ReadAllText(Path.Combine(indexFolder, "current")).Trim());
            foreach (var segments in Directory.GetFiles(active, "segments_*"))
            {
                File.Delete(segments);
            }

            File.WriteAllText(Path.Combine(active, "segments_5"), "not a commit");
            using var second = PiaApiFactory.Create(includeDefaultCorpus: false, indexFolder);
            var restarted = await second.CreateReadyClientAsync();

            var documents = await restarted.GetFromJsonAsync<List<JsonElement>>(new Uri("/api/documents", UriKind.Relative), Json, Token);

            Assert.Equal(2, await CountAsync(restarted, contractor));
            Assert.Equal([269, 2], documents!.OrderBy(d => d.GetProperty("id").GetString()).Select(d => d.GetProperty("entries").GetInt32()));
        }
        finally
        {
            Directory.Delete(indexFolder, recursive: true);
            if (Directory.Exists(indexFolder + ".documents"))
            {
                Directory.Delete(indexFolder + ".documents", recursive: true);
            }
        }
    }

    [Fact]
    public async Task Upload_RandomBinary_Is422AndNothingIsStored()
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();
        var bytes = new byte[50_000];
        new Random(3).NextBytes(bytes);

        using var response = await UploadAsync(client, "noise", bytes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var get = await client.GetAsync(new Uri("/api/documents/noise", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.DocumentsFolder, "tmp")));
    }

    [Fact]
    public async Task Upload_MostRowsRejected_Is422ListingTheLines()
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();
        var (content, contractor) = FictionalLog(seed: 4, rows: 1, badRows: 2);

        using var response = await UploadAsync(client, "mostly-bad", Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json, Token);
        Assert.Equal([3, 4], problem.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(0, await CountAsync(client, contractor));
    }

    [Fact]
    public async Task Backup_WithTheKey_WritesACompleteBackupWhileServing()
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Authorized(HttpMethod.Post, "/api/admin/backup"), Token);
        var job = await AdminJobPolling.WaitForJobAsync(client, response, Key);

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        var report = job.GetProperty("result");
        Assert.Equal(1, report.GetProperty("documents").GetInt32());
        Assert.Equal(269, report.GetProperty("rows").GetInt32());
        var folder = report.GetProperty("folder").GetString()!;
        Assert.True(File.Exists(Path.Combine(folder, "backup.json")));
        Assert.True(File.Exists(Path.Combine(folder, "index", "current")));
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "documents", "meta")));
    }

    [Fact]
    public async Task Backup_WithoutTheKey_IsUnauthorized()
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.PostAsync(new Uri("/api/admin/backup", UriKind.Relative), null, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(factory.Root, "backups")));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Start_WhileAnotherProcessWritesTheIndex_ExitsWithAReadableMessage()
    {
        var root = Directory.CreateTempSubdirectory("pia-two-writers-").FullName;
        try
        {
            var index = Path.Combine(root, "index");
            using var holder = IndexStore.OpenFolder(index, new MorphologicalAnalyzer(MorphologyDictionary.LoadEmbedded()));
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            foreach (var arg in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "PiaSearch.Api.dll"), $"--Index:Path={index}", $"--Index:CorpusPath={Path.Combine(root, "corpus")}",
                "--Morphology:UserDictionaryPath=", "--Urls=http://127.0.0.1:0",
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var api = Process.Start(start)!;
            var output = api.StandardOutput.ReadToEndAsync(Token);
            var error = api.StandardError.ReadToEndAsync(Token);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await api.WaitForExitAsync(timeout.Token);
            var log = await output + await error;

            Assert.Equal(3, api.ExitCode);
            Assert.Contains("Not starting: 索引は別のプロセスが書き込み中です / The index at", log, StringComparison.Ordinal);
            Assert.Contains("locked by another process", log, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
