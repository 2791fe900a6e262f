namespace PiaSearch.Api.Tests.Fetching;

/// <summary>Hands the fetcher clients over one handler the test owns.</summary>
internal sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
