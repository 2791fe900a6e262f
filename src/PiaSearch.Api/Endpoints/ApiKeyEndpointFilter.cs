using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PiaSearch.Api.Hosting;

namespace PiaSearch.Api.Endpoints;

/// <summary>
/// Admits a request only when admin endpoints are enabled and it carries the configured key in X-Api-Key. Wrong keys
/// are counted per client (<see cref="FailedKeyThrottle"/>): past the limit the client gets 429 with Retry-After.
/// </summary>
public sealed class ApiKeyEndpointFilter(IOptions<AdminOptions> options, FailedKeyThrottle throttle) : IEndpointFilter
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
                detail: "Admin:ApiKey（環境変数 Admin__ApiKey）を設定すると使えます。Set Admin:ApiKey (environment Admin__ApiKey) to enable them."));
        }

        return Check(context.HttpContext, admin, throttle) switch
        {
            KeyCheck.Valid => next(context),
            KeyCheck.Throttled => ValueTask.FromResult<object?>(TooManyAttempts(context.HttpContext, throttle)),
            KeyCheck.Wrong => ValueTask.FromResult<object?>(WrongKey()),
            _ => ValueTask.FromResult<object?>(MissingKey()),
        };
    }

    /// <summary>401 for a request that sent no key.</summary>
    public static ProblemHttpResult MissingKey() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "API キーが必要です / An API key is required",
        detail: $"管理用のキーを {HeaderName} ヘッダーで送ってください。Send the admin key in the {HeaderName} header.");

    /// <summary>401 for a request whose key is not the configured one: it says so, rather than asking for a key it sent.</summary>
    public static ProblemHttpResult WrongKey() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "API キーが違います / The API key is wrong",
        detail: $"{HeaderName} ヘッダーのキーが設定されたキー (Admin:ApiKey) と一致しません。誤りが続くと、しばらく受け付けなくなります。" +
                $"The key in the {HeaderName} header does not match the configured key (Admin:ApiKey); repeated wrong keys lock this client out for a while.");

    /// <summary>
    /// Whether the request carries the admin key. A wrong key counts as a failed attempt, so optional-key endpoints
    /// (which show more to an admin) cannot be used to guess it either.
    /// </summary>
    public static KeyCheck Check(HttpContext http, AdminOptions admin, FailedKeyThrottle throttle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(throttle);
        var client = ClientPartition.Of(http);
        if (throttle.Blocked(client) is not null)
        {
            return KeyCheck.Throttled;
        }

        if (!http.Request.Headers.TryGetValue(HeaderName, out var presented) || !admin.IsEnabled)
        {
            return KeyCheck.Missing;
        }

        if (FixedTimeEquals(presented.ToString(), admin.ApiKey!))
        {
            return KeyCheck.Valid;
        }

        throttle.Failed(client);
        return KeyCheck.Wrong;
    }

    /// <summary>429 with Retry-After for a client that sent too many wrong keys.</summary>
    public static ProblemHttpResult TooManyAttempts(HttpContext http, FailedKeyThrottle throttle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(throttle);
        var wait = throttle.Blocked(ClientPartition.Of(http)) ?? TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "API キーの誤りが多すぎます / Too many wrong API keys",
            detail: $"{seconds} 秒後にもう一度試してください。This client sent too many wrong keys; try again in {seconds} s.");
    }

    private static bool FixedTimeEquals(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
