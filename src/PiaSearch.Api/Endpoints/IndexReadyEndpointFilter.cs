using Microsoft.AspNetCore.Http.HttpResults;
using PiaSearch.Api.Hosting;

namespace PiaSearch.Api.Endpoints;

/// <summary>Answers 503 ProblemDetails, without calling the endpoint, until the index is open and seeded.</summary>
public sealed class IndexReadyEndpointFilter(IndexReadiness readiness) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        readiness.IsReady ? next(context) : ValueTask.FromResult<object?>(NotReady(readiness));

    internal static ProblemHttpResult NotReady(IndexReadiness readiness) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "索引を準備中です / The index is not ready",
        detail: readiness.Failure ?? "The index is being built; try again in a moment.");
}
