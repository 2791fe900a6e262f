using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PiaSearch.Api.Hosting;

/// <summary>Healthy once the index is open and seeded.</summary>
public sealed class IndexHealthCheck(IndexReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness switch
        {
            { IsReady: true } => HealthCheckResult.Healthy("The index is open."),
            { Failure: { } failure } => HealthCheckResult.Unhealthy($"The index could not be built: {failure}"),
            _ => HealthCheckResult.Unhealthy("The index is being built."),
        });
}
