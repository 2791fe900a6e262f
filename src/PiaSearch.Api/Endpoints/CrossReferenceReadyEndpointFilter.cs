using Microsoft.AspNetCore.Http.HttpResults;
using PiaSearch.Search.CrossReferencing;

namespace PiaSearch.Api.Endpoints;

/// <summary>
/// Answers 503 ProblemDetails with Retry-After, without calling the endpoint, while the cross-reference model of a
/// large index is being built: no request waits minutes for it or holds a thread meanwhile. A small index's model
/// is built while the request waits (it takes moments).
/// </summary>
public sealed class CrossReferenceReadyEndpointFilter(CrossReferenceIndex crossReference) : IEndpointFilter
{
    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!await crossReference.IsAvailableAsync(context.HttpContext.RequestAborted).ConfigureAwait(false))
        {
            return Building(context.HttpContext.Response);
        }

        if (crossReference.IsServingEarlierRows)
        {
            // Answered from the model of earlier rows while the current one is built: say so.
            context.HttpContext.Response.Headers["Pia-Model"] = "earlier-rows";
        }

        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The 503 answer, with Retry-After set on <paramref name="response"/>.</summary>
    internal static ProblemHttpResult Building(HttpResponse response)
    {
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "相互参照を準備中です / The cross-reference model is being built",
            detail: $"索引の行から委託先・部署・法令などの対応を作っています。{RetryAfterSeconds} 秒ほどしてからもう一度お試しください。" +
                $"The entities and successions of the indexed rows are being built; try again in about {RetryAfterSeconds} seconds.");
    }
}
