using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PiaSearch.Api.Hosting;

/// <summary>
/// Healthy once the index is open and seeded. While it is being built the answer is Degraded (503 at /health,
/// logged as a warning): a build in progress is expected, not a failure. Unhealthy (logged as an error) only when
/// the build failed.
/// </summary>
public sealed class IndexHealthCheck(IndexReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness switch
        {
            { IsReady: true } => HealthCheckResult.Healthy("索引は開いています / The index is open."),
            { Failure: { } failure } => HealthCheckResult.Unhealthy($"索引を作れませんでした / The index could not be built: {failure}"),
            _ => HealthCheckResult.Degraded("索引を作成中です / The index is being built."),
        });
}
