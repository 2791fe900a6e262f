namespace PiaSearch.Api.Endpoints;

/// <summary>What <see cref="ApiKeyEndpointFilter.Check"/> found in a request's X-Api-Key header.</summary>
public enum KeyCheck
{
    /// <summary>No key was sent (or admin endpoints are disabled).</summary>
    Missing,

    /// <summary>The configured key was sent.</summary>
    Valid,

    /// <summary>A key was sent and it is not the configured one.</summary>
    Wrong,

    /// <summary>The client sent too many wrong keys and must wait; its key was not looked at.</summary>
    Throttled,
}
