using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PiaSearch.Api.Hosting;

namespace PiaSearch.Api.Endpoints;

/// <summary>Admits a request only when admin endpoints are enabled and it carries the configured key in X-Api-Key.</summary>
public sealed class ApiKeyEndpointFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var admin = options.Value;
        if (!admin.IsEnabled)
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "管理機能は無効です / Admin endpoints are disabled",
                detail: "Set Admin:ApiKey (environment Admin__ApiKey) to enable them."));
        }

        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!FixedTimeEquals(presented, admin.ApiKey!))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API キーが必要です / An API key is required",
                detail: $"Send the admin key in the {HeaderName} header."));
        }

        return next(context);
    }

    private static bool FixedTimeEquals(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
