using Microsoft.AspNetCore.Http.Metadata;

namespace PiaSearch.Api.Endpoints;

/// <summary>Caps the request body of one endpoint (Kestrel honours it per request).</summary>
public sealed class RequestSizeLimitMetadata(long maxRequestBodySize) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = maxRequestBodySize;
}
