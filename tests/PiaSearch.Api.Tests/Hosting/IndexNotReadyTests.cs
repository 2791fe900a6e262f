using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PiaSearch.Api.Hosting;

namespace PiaSearch.Api.Tests.Hosting;

/// <summary>Until the index is open and seeded, the endpoints that need it answer 503 ProblemDetails, never a 500.</summary>
public sealed class IndexNotReadyTests
{
    private const string Key = "not-ready-test-key";

    /// <summary>A host without the bootstrapper: its index is never marked ready.</summary>
    private sealed class NeverReadyFactory : PiaApiFactory
    {
        public ILoggerProvider? Logs { get; init; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (Logs is { } logs)
            {
                builder.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
            }

            builder.UseSetting("Admin:ApiKey", Key);
            builder.ConfigureTestServices(services =>
            {
                foreach (var bootstrapper in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IndexBootstrapper)).ToList())
                {
                    services.Remove(bootstrapper);
                }
            });
        }
    }

    [Theory]
    [InlineData("GET", "/api/search?q=%E5%A7%94%E8%A8%97")]
    [InlineData("GET", "/api/filters")]
    [InlineData("GET", "/api/entities")]
    [InlineData("GET", "/api/entities/department-x")]
    [InlineData("GET", "/api/successions?name=x")]
    [InlineData("GET", "/api/slots?file=x&path=y")]
    [InlineData("GET", "/api/ask?q=x")]
    [InlineData("POST", "/api/admin/reindex")]
    [InlineData("DELETE", "/api/documents/x")]
    public async Task Endpoint_BeforeTheIndexIsReady_Is503ProblemDetails(string method, string path)
    {
        using var factory = new NeverReadyFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Api-Key", Key);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The index is not ready", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminEndpoint_BeforeTheIndexIsReady_StillAsksForTheKeyFirst()
    {
        using var factory = new NeverReadyFactory();
        using var client = factory.CreateClient();
        using var content = new StringContent("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(new Uri("/api/documents?id=x", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_WhileTheIndexIsBuilt_Is503AndLoggedAsAWarningNotAnError()
    {
        var logs = new RecordingLoggerProvider();
        using var factory = new NeverReadyFactory { Logs = logs };
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var health = logs.Entries.Where(e => e.Category.Contains("HealthCheck", StringComparison.Ordinal)).ToList();
        Assert.Contains(health, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain(health, e => e.Level >= LogLevel.Error);
    }

    /// <summary>Keeps every log entry written through it.</summary>
    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
