using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PiaSearch.Api.Tests.Jobs;

/// <summary>Follows an administration job from its 202 answer until it has finished.</summary>
internal static class AdminJobPolling
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Asserts that <paramref name="accepted"/> is 202 with the job's URL, then polls that URL (with the key) until the job has finished; returns the job.</summary>
    public static async Task<JsonElement> WaitForJobAsync(HttpClient client, HttpResponseMessage accepted, string key, TimeSpan? timeout = null)
    {
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location ?? throw new InvalidOperationException("No Location header.");
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken);
        Assert.Equal(location.OriginalString, body.GetProperty("url").GetString());
        Assert.StartsWith("/api/admin/jobs/", location.OriginalString, StringComparison.Ordinal);

        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, location);
            request.Headers.Add("X-Api-Key", key);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var job = await response.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken);
            if (job.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled")
            {
                return job;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Job {location} still {job.GetProperty("state").GetString()} after the timeout.");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
