using System.Net;

namespace PiaSearch.Api.Tests.Fetching;

/// <summary>An HTTP handler that answers from a script, one step per request, and counts the requests.</summary>
internal sealed class ScriptedHandler(params Func<CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
{
    private int _calls;

    public int Calls => _calls;

    /// <summary>The URLs asked for, in order.</summary>
    public List<Uri> Requested { get; } = [];

    /// <summary>A redirect to <paramref name="location"/> (absolute or relative).</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Redirect(string location, HttpStatusCode status = HttpStatusCode.Found) =>
        _ => Task.FromResult(new HttpResponseMessage(status) { Headers = { Location = new Uri(location, UriKind.RelativeOrAbsolute) }, Content = new StringContent(string.Empty) });

    public static Func<CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, string body = "") =>
        _ => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) });

    public static Func<CancellationToken, Task<HttpResponseMessage>> Throw() =>
        _ => Task.FromException<HttpResponseMessage>(new HttpRequestException("connection refused"));

    /// <summary>Never answers until cancelled (the attempt timeout cancels it).</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _calls) - 1;
        lock (Requested)
        {
            Requested.Add(request.RequestUri!);
        }

        return steps[Math.Min(index, steps.Length - 1)](cancellationToken);
    }
}
