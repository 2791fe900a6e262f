using Prometheus;
using PiaSearch.Api.Observability;

namespace PiaSearch.Api.Hosting;

/// <summary>Metrics (/metrics, Prometheus text) and request ids on every response and log line.</summary>
public static class ObservabilityExtensions
{
    public static IServiceCollection AddPiaObservability(this IServiceCollection services)
    {
        services.AddSingleton<PiaMetrics>();
        services.AddExceptionHandler<CountingExceptionHandler>();
        return services;
    }

    /// <summary>
    /// Echoes the request id in X-Request-Id so a user's report can be matched with the logs; added as the response
    /// starts, so error responses (whose headers the exception handler clears) carry it too.
    /// </summary>
    public static WebApplication UseRequestIds(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                http.Response.Headers["X-Request-Id"] = http.TraceIdentifier;
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
        return app;
    }

    public static WebApplication MapPiaMetrics(this WebApplication app)
    {
        app.MapMetrics("/metrics", app.Services.GetRequiredService<PiaMetrics>().Registry).ExcludeFromDescription();
        return app;
    }
}
