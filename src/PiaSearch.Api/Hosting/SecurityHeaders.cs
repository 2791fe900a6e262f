using Microsoft.Extensions.Options;

namespace PiaSearch.Api.Hosting;

/// <summary>
/// Content-Security-Policy and related headers. Scripts only ever come from this origin (no inline script,
/// no eval); only /embed may be framed, and only by the configured origins.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<EmbedOptions> embed)
{
    private const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors 'none'";

    // Swagger UI sets inline style attributes; its scripts still come only from this origin.
    private const string DocsPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors 'none'";

    private readonly string _embedPolicy = PagePolicy.Replace(
        "frame-ancestors 'none'",
        "frame-ancestors 'self'" + string.Concat(embed.Value.AllowedOrigins.Select(o => " " + o.TrimEnd('/'))),
        StringComparison.Ordinal);

    /// <remarks>
    /// The headers are added as the response starts, not as the request arrives: the exception handler and the
    /// status-code pages clear the headers of a failed response, and a 429 or a 408 is written by other middleware.
    /// </remarks>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (self, http) = ((SecurityHeaders, HttpContext))state;
            self.Apply(http.Request.Path, http.Response.Headers);
            return Task.CompletedTask;
        }, (this, context));
        return next(context);
    }

    private void Apply(PathString path, IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = path.StartsWithSegments("/docs") ? DocsPolicy
            : IsEmbedPage(path) ? _embedPolicy
            : PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (!IsEmbedPage(path))
        {
            headers.XFrameOptions = "DENY";
        }
    }

    private static bool IsEmbedPage(PathString path) =>
        path.Equals("/embed", StringComparison.OrdinalIgnoreCase)
        || path.Equals("/embed/", StringComparison.OrdinalIgnoreCase)
        || path.Equals("/embed/index.html", StringComparison.OrdinalIgnoreCase);
}
