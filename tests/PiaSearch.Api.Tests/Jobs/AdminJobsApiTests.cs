using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PiaSearch.Api.Tests.Jobs;

/// <summary>The jobs' routes: a job's state with the key, 404 for an unknown one, 401 without the key, 409 to cancel a finished one.</summary>
public sealed class AdminJobsApiTests
{
    private const string Key = "jobs-test-key";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static HttpRequestMessage WithKey(HttpMethod method, string url, string? key = Key)
    {
        var request = new HttpRequestMessage(method, url);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    [Fact]
    public async Task Backup_AnswersAcceptedAtOnce_AndTheJobShowsItsTimesAndResult()
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();

        using var accepted = await client.SendAsync(WithKey(HttpMethod.Post, "/api/admin/backup"), Token);
        var job = await AdminJobPolling.WaitForJobAsync(client, accepted, Key);

        Assert.Equal("backup", job.GetProperty("kind").GetString());
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.True(job.GetProperty("startedAt").GetDateTimeOffset() <= job.GetProperty("finishedAt").GetDateTimeOffset());
        Assert.True(Directory.Exists(job.GetProperty("result").GetProperty("folder").GetString()));
        Assert.Equal(JsonValueKind.Null, job.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task CancelJob_AfterItFinished_Is409AndTheJobStaysSucceeded()
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();
        using var accepted = await client.SendAsync(WithKey(HttpMethod.Post, "/api/admin/reindex"), Token);
        var job = await AdminJobPolling.WaitForJobAsync(client, accepted, Key);
        var url = job.GetProperty("url").GetString()!;

        using var cancel = await client.SendAsync(WithKey(HttpMethod.Delete, url), Token);
        using var again = await client.SendAsync(WithKey(HttpMethod.Get, url), Token);

        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Contains("already finished", await cancel.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal("succeeded", (await again.Content.ReadFromJsonAsync<JsonElement>(Json, Token)).GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task Job_Unknown_Is404ProblemDetails(string method)
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(WithKey(new HttpMethod(method), "/api/admin/jobs/no-such-job"), Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ジョブがありません / No such job", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_WithoutTheKey_IsUnauthorized()
    {
        using var factory = new PiaApiFactory { AdminKey = Key };
        var client = await factory.CreateReadyClientAsync();
        using var accepted = await client.SendAsync(WithKey(HttpMethod.Post, "/api/admin/backup"), Token);
        var url = accepted.Headers.Location!.OriginalString;

        using var response = await client.SendAsync(WithKey(HttpMethod.Get, url, key: null), Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AdminJobPolling.WaitForJobAsync(client, accepted, Key);
    }
}
