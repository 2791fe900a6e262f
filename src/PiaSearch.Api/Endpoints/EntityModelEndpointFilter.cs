using PiaSearch.Api.Hosting;
using PiaSearch.Search.CrossReferencing;

namespace PiaSearch.Api.Endpoints;

/// <summary>
/// For routes that read the cross-reference model only for some requests (a search, an export or a feed with
/// <c>entity=</c> or <c>entityType=</c>, an entity's feed): on a small index, waits for the model of the current rows
/// without holding a thread (bounded, as <see cref="CrossReferenceReadyEndpointFilter"/> does), so that the handler
/// reads a built model instead of building one on its request thread. A large index's handlers answer 503 themselves
/// while no model is built.
/// </summary>
public sealed class EntityModelEndpointFilter(CrossReferenceIndex crossReference, IndexReadiness readiness) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (readiness.IsReady && ReadsTheModel(http.Request) && crossReference.IsSmall
            && !await crossReference.IsAvailableAsync(http.RequestAborted).ConfigureAwait(false))
        {
            return CrossReferenceReadyEndpointFilter.Building(http.Response);
        }

        return await next(context).ConfigureAwait(false);
    }

    private static bool ReadsTheModel(HttpRequest request) =>
        request.RouteValues.ContainsKey("id")
        || !string.IsNullOrWhiteSpace(request.Query["entity"])
        || !string.IsNullOrWhiteSpace(request.Query["entityType"]);
}
