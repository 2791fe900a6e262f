using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace PiaSearch.Api.Fetching;

/// <summary>
/// Downloads a change log from a URL: only http(s) to public addresses (checked for the URL as written and for every
/// redirect hop here, and for the address actually connected to by <see cref="GuardedHttpHandler"/>), redirects
/// followed by hand up to Fetch:MaxRedirects; retries with exponential backoff and jitter on transient failures
/// (network errors, 408, 429, 5xx, attempt timeouts); a circuit breaker per host so a dead server is not hammered
/// and does not pause the others; the whole download, body included, within Fetch:TotalTimeout, each attempt and its
/// body within Fetch:AttemptTimeout. The body is spooled to a temporary file, capped in size. Failures to reach a
/// server are reported with one generic message, so the answer does not tell an open port from a closed one.
/// </summary>
public sealed class ChangeLogFetcher
{
    public const string HttpClientName = "changelog-fetch";

    /// <summary>Hosts whose breaker state is kept; past this the table starts afresh (an admin-only path, so a bound, not an LRU).</summary>
    private const int MaxTrackedHosts = 1024;

    private readonly IHttpClientFactory _clients;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <remarks>A singleton: the circuit breakers' state must outlive a single request.</remarks>
    public ChangeLogFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options, TimeProvider time)
    {
        _clients = clients;
        _options = options.Value;
        _time = time;
    }

    /// <summary>Retries, a circuit breaker and the attempt timeout, for one host.</summary>
    public static ResiliencePipeline<HttpResponseMessage> BuildPipeline(FetchOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>(ex => ex.InnerException is not BlockedTargetException)
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            // Polly refuses a retry strategy of zero attempts; Fetch:MaxRetries = 0 means no retry strategy at all.
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        return builder
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
        using var total = new CancellationTokenSource(_options.TotalTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, total.Token);
        try
        {
            return await FetchFollowingRedirectsAsync(url, linked.Token);
        }
        catch (OperationCanceledException ex) when (total.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FetchFailedException(
                $"{Shown(url)} から {_options.TotalTimeout.TotalSeconds:N0} 秒以内に取得できませんでした。" +
                $"{Shown(url)} could not be fetched within {_options.TotalTimeout.TotalSeconds:N0} s.",
                ex);
        }
    }

    private async Task<Stream> FetchFollowingRedirectsAsync(Uri url, CancellationToken cancellationToken)
    {
        var http = _clients.CreateClient(HttpClientName);
        for (var hop = 0; ; hop++)
        {
            CheckTarget(url, asGiven: hop == 0);
            var response = await SendAsync(http, url, cancellationToken);
            using (response)
            {
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        throw new FetchFailedException($"転送 (redirect) が {_options.MaxRedirects} 回を超えました。{Shown(url)} redirected more than {_options.MaxRedirects} times.");
                    }

                    url = response.Headers.Location is { } location
                        ? (location.IsAbsoluteUri ? location : new Uri(url, location))
                        : throw new FetchFailedException($"{Shown(url)} が転送先を示さずに転送しました。{Shown(url)} answered a redirect without a Location.");
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new FetchFailedException(
                        $"{Shown(url)} は {(int)response.StatusCode} {response.ReasonPhrase} を返しました。" +
                        $"{Shown(url)} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                }

                if (response.Content.Headers.ContentLength > _options.MaxBytes)
                {
                    throw TooLarge();
                }

                using var attempt = new CancellationTokenSource(_options.AttemptTimeout, _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attempt.Token);
                try
                {
                    return await SpoolAsync(response, linked.Token);
                }
                catch (OperationCanceledException ex) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new FetchFailedException(
                        $"{Shown(url)} の本文が {_options.AttemptTimeout.TotalSeconds:N0} 秒以内に届きませんでした。" +
                        $"The body of {Shown(url)} did not arrive within {_options.AttemptTimeout.TotalSeconds:N0} s.",
                        ex);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException)
                {
                    throw Unreachable(url, ex);
                }
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await PipelineFor(url).ExecuteAsync(
                async token => await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token),
                cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new FetchFailedException(
                $"{url.IdnHost} への取得は失敗が続いたため一時停止中です。{_options.BreakDuration.TotalSeconds:N0} 秒後に試してください。" +
                $"Fetching from {url.IdnHost} is paused after repeated failures; try again in {_options.BreakDuration.TotalSeconds:N0} s.",
                ex);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or HttpRequestException)
        {
            throw Unreachable(url, ex);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> PipelineFor(Uri url)
    {
        if (_hosts.Count >= MaxTrackedHosts)
        {
            _hosts.Clear();
        }

        return _hosts.GetOrAdd(url.IdnHost, _ => BuildPipeline(_options, _time));
    }

    /// <summary>Refuses a non-http(s) URL and a host that is, or is written as, a non-public address, before any connection.</summary>
    private void CheckTarget(Uri url, bool asGiven)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new FetchFailedException($"http または https の URL だけを取得します ('{Shown(url)}')。Only http and https URLs are fetched, not '{Shown(url)}'.", isRefusal: asGiven);
        }

        if (_options.AllowPrivateNetworks)
        {
            return;
        }

        var host = url.IdnHost;
        var isAddress = url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6;
        if ((isAddress && IPAddress.TryParse(host.Trim('[', ']'), out var address) && !TargetAddressPolicy.IsPublic(address))
            || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            throw new FetchFailedException(
                $"{Shown(url)} は取得できません: ループバック・プライベート・リンクローカルのアドレスには接続しません。" +
                $"{Shown(url)} is not fetched: loopback, private and link-local addresses are never contacted.",
                isRefusal: asGiven);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>One message for every way a server can fail to answer (refused, reset, not HTTP, blocked, timed out).</summary>
    private static FetchFailedException Unreachable(Uri url, Exception inner) =>
        new($"{url.IdnHost} から取得できませんでした。{url.IdnHost} could not be fetched.", inner);

    private FetchFailedException TooLarge() =>
        new($"変更箇所一覧が {_options.MaxBytes:N0} バイトを超えています。The change log is larger than {_options.MaxBytes:N0} bytes.");

    /// <summary>The URL as it may be shown: without user:password@.</summary>
    private static string Shown(Uri url) =>
        url.IsAbsoluteUri && url.UserInfo.Length > 0 ? new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri.ToString() : url.ToString();

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
                    throw TooLarge();
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
