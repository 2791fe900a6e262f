using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace PiaSearch.Api.Fetching;

/// <summary>
/// Downloads a change log from a URL with a total timeout, retries with exponential backoff and jitter on
/// transient failures (network errors, 408, 429, 5xx, attempt timeouts), a per-attempt timeout, and a circuit
/// breaker so a dead server is not hammered. The body is spooled to a temporary file, capped in size.
/// </summary>
public sealed class ChangeLogFetcher
{
    public const string HttpClientName = "changelog-fetch";

    private readonly IHttpClientFactory _clients;
    private readonly FetchOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <remarks>A singleton: the circuit breaker's state must outlive a single request.</remarks>
    public ChangeLogFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options, TimeProvider time)
    {
        _clients = clients;
        _options = options.Value;
        _pipeline = BuildPipeline(_options, time);
    }

    public static ResiliencePipeline<HttpResponseMessage> BuildPipeline(FetchOptions options, TimeProvider time)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500);
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>Fetches <paramref name="url"/> into a seekable stream the caller disposes.</summary>
    public async Task<Stream> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new FetchFailedException($"sourceUrl must be an http or https URL, not '{url}'.");
        }

        HttpResponseMessage response;
        var http = _clients.CreateClient(HttpClientName);
        try
        {
            response = await _pipeline.ExecuteAsync(
                async token => await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token),
                cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new FetchFailedException($"Fetching is paused after repeated failures; try again in {_options.BreakDuration.TotalSeconds:N0} s.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new FetchFailedException($"{url} did not answer within {_options.TotalTimeout.TotalSeconds:N0} s.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchFailedException($"{url} could not be reached: {ex.Message}", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new FetchFailedException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            if (response.Content.Headers.ContentLength > _options.MaxBytes)
            {
                throw new FetchFailedException($"{url} is {response.Content.Headers.ContentLength:N0} bytes; at most {_options.MaxBytes:N0} are accepted.");
            }

            return await SpoolAsync(response, cancellationToken);
        }
    }

    private async Task<Stream> SpoolAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > _options.MaxBytes)
                {
                    throw new FetchFailedException($"The change log is larger than {_options.MaxBytes:N0} bytes.");
                }

                await temp.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            temp.Position = 0;
            return temp;
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
    }
}
