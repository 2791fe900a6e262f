using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using PiaSearch.Api.Observability;

namespace PiaSearch.Api.Hosting;

/// <summary>Rate limiting, request timeouts and body-size caps.</summary>
public static class ProtectionExtensions
{
    public const string SearchRateLimit = "search";
    public const string IngestTimeout = "ingest";

    public static IServiceCollection AddPiaProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>()
            .Bind(configuration.GetSection(LimitsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((options, limits) =>
        {
            var l = limits.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SearchRateLimit, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = l.SearchBurst,
                    TokensPerPeriod = l.SearchPermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = RejectAsync;
        });

        services.AddRequestTimeouts(_ => { });
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>>((options, limits) =>
        {
            options.DefaultPolicy = new RequestTimeoutPolicy { Timeout = limits.Value.RequestTimeout, TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable };
            options.AddPolicy(IngestTimeout, new RequestTimeoutPolicy { Timeout = limits.Value.IngestTimeout, TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable });
        });
        return services;
    }

    public static WebApplicationBuilder ConfigurePiaKestrelLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitsOptions.SectionName).Get<LimitsOptions>() ?? new LimitsOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            // A body that trickles in slower than this is cut off with 408, so a slow-drip client cannot hold a connection.
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, limits.MinRequestBodyGracePeriod);
        });
        return builder;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.RequestServices.GetRequiredService<PiaMetrics>().SearchRefused("limited");
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "検索が多すぎます / Too many searches",
            detail: $"This client has made too many searches; try again in {seconds} s.").ExecuteAsync(http);
    }
}
