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
    public const string ExportRateLimit = "export";
    public const string ExportTimeout = "export";

    public static IServiceCollection AddPiaProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>()
            .Bind(configuration.GetSection(LimitsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<FailedKeyThrottle>();
        services.AddOptions<ExportOptions>()
            .Bind(configuration.GetSection(ExportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>, IOptions<ExportOptions>>((options, limits, exports) =>
        {
            var l = limits.Value;
            var e = exports.Value;
            // An export reads up to Export:MaxRows rows: far fewer of them per client than searches.
            options.AddPolicy(ExportRateLimit, context => PerClient(context, e.Burst, e.PermitsPerMinute, TimeSpan.FromMinutes(1)));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SearchRateLimit, context => PerClient(context, l.SearchBurst, l.SearchPermitsPerSecond, TimeSpan.FromSeconds(1)));
            // Every other /api endpoint (and the OpenAPI document) shares one budget per client; an endpoint with its
            // own policy (search) is counted by that policy only. Pages, health and metrics are not limited here.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !IsLimitedPath(context.Request.Path) || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : PerClient(context, l.ApiBurst, l.ApiPermitsPerSecond, TimeSpan.FromSeconds(1)));
            options.OnRejected = RejectAsync;
        });

        services.AddRequestTimeouts(_ => { });
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>, IOptions<ExportOptions>>((options, limits, exports) =>
        {
            options.AddPolicy(ExportTimeout, new RequestTimeoutPolicy { Timeout = exports.Value.Timeout, TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable });
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
            // A 1,000-character Japanese query is 9 KB percent-encoded: room for it and the other parameters, so the
            // length check that answers with a ProblemDetails is reached instead of Kestrel's bare 414.
            kestrel.Limits.MaxRequestLineSize = 32 * 1024;
            // A body that trickles in slower than this is cut off with 408, so a slow-drip client cannot hold a connection.
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, limits.MinRequestBodyGracePeriod);
        });
        return builder;
    }

    /// <summary>A token bucket per client (<see cref="ClientPartition"/>): <paramref name="burst"/> at once, <paramref name="permits"/> more each <paramref name="period"/>, no queue.</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, int burst, int permits, TimeSpan period) =>
        RateLimitPartition.GetTokenBucketLimiter(ClientPartition.Of(context), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = permits,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static bool IsLimitedPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments("/api/search", StringComparison.OrdinalIgnoreCase))
        {
            http.RequestServices.GetRequiredService<PiaMetrics>().SearchRefused("limited");
        }

        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "要求が多すぎます / Too many requests",
            detail: $"短い間に要求が多すぎます。{seconds} 秒後にもう一度試してください。This client has made too many requests; try again in {seconds} s.").ExecuteAsync(http);
    }
}
