using System.Net.Http.Json;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PiaSearch.Api.Tests;

/// <summary>
/// Hosts the API in memory over a fresh temporary index, seeded from a temporary corpus folder that holds a
/// copy of the default corpus plus whatever the test adds.
/// </summary>
public class PiaApiFactory : WebApplicationFactory<Program>
{
    static PiaApiFactory()
    {
        // ASP.NET reads ASPNETCORE_TEMP once per process; the API points it at its store's temp folder when unset,
        // which here would be the first test's folder, deleted with it. One folder for the whole test run instead.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_TEMP")))
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", Directory.CreateTempSubdirectory("pia-aspnet-").FullName);
        }
    }

    public PiaApiFactory()
        : this(includeDefaultCorpus: true, indexFolder: null)
    {
    }

    /// <param name="includeDefaultCorpus">Seed the corpus folder with a copy of the default corpus.</param>
    /// <param name="indexFolder">An index folder owned by the caller (kept on dispose); null for a fresh one.</param>
    protected PiaApiFactory(bool includeDefaultCorpus, string? indexFolder)
    {
        Root = Directory.CreateTempSubdirectory("pia-api-").FullName;
        CorpusFolder = Directory.CreateDirectory(Path.Combine(Root, "corpus")).FullName;
        IndexFolder = indexFolder ?? Path.Combine(Root, "index");
        // A caller's index folder keeps its document store beside it under its own name, so that it outlives this host too.
        DocumentsFolder = indexFolder is null ? Path.Combine(Root, "documents") : indexFolder.TrimEnd(Path.DirectorySeparatorChar) + ".documents";
        if (includeDefaultCorpus)
        {
            File.Copy(DefaultCorpusPath, Path.Combine(CorpusFolder, "meguro-juki-changes.tsv"));
        }
    }

    public static string DefaultCorpusPath => Path.Combine(AppContext.BaseDirectory, "Corpus", "meguro-juki-changes.tsv");

    public string Root { get; }

    public string CorpusFolder { get; }

    public string IndexFolder { get; }

    /// <summary>The document store (the source of truth the index is derived from).</summary>
    public string DocumentsFolder { get; }

    /// <summary>Overrides the admin key (none by default: admin routes refuse every call).</summary>
    public string? AdminKey { get; set; }

    /// <summary>Further settings (e.g. Morphology:UserDictionaryPath).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Overrides the corpus folder setting (for a missing folder, say).</summary>
    public string? CorpusSetting { get; set; }

    /// <summary>A client for an API whose index is ready.</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        await WaitUntilHealthyAsync(client);
        return client;
    }

    /// <summary>GETs a path from an API whose index is ready, asserts 200, and reads the JSON body.</summary>
    public async Task<T> GetOkAsync<T>(string pathAndQuery)
    {
        var client = await CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(WebJson, TestContext.Current.CancellationToken))!;
    }

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Polls /health through <paramref name="client"/> until the index is ready.</summary>
    public async Task WaitUntilHealthyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The API did not become healthy.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Index:Path", IndexFolder);
        builder.UseSetting("Index:CorpusPath", CorpusSetting ?? CorpusFolder);
        builder.UseSetting("Index:DocumentsPath", DocumentsFolder);
        builder.UseSetting("Index:BackupPath", Path.Combine(Root, "backups"));
        if (AdminKey is not null)
        {
            builder.UseSetting("Admin:ApiKey", AdminKey);
        }

        // Exports too (a test of their limit sets its own, in Settings, which come after).
        builder.UseSetting("Export:Burst", "10000");
        builder.UseSetting("Export:PermitsPerMinute", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseEnvironment("Testing");
        // Tests call the API far faster than a person; a test about rate limits sets its own, lower, limits.
        builder.UseSetting("Limits:ApiBurst", "100000");
        builder.UseSetting("Limits:ApiPermitsPerSecond", "100000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open on shutdown is left to the OS's temp cleaning.
            }
        }
    }

    /// <summary>A host over an index folder the caller owns (kept on dispose), with or without the default corpus.</summary>
    public static PiaApiFactory Create(bool includeDefaultCorpus, string? indexFolder = null) => new(includeDefaultCorpus, indexFolder);
}
