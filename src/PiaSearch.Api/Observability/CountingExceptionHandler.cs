using Microsoft.AspNetCore.Diagnostics;

namespace PiaSearch.Api.Observability;

/// <summary>
/// A request Kestrel refuses while it is being read (a body over the size cap, a malformed body) is answered with
/// its own status as ProblemDetails; anything else is counted and logged, and the default handler answers
/// with a ProblemDetails 500 that reveals nothing internal.
/// </summary>
public sealed partial class CountingExceptionHandler(PiaMetrics metrics, IProblemDetailsService problems, ILogger<CountingExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            httpContext.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "送信データが大きすぎます / The request body is too large" : "要求を読めません / The request could not be read",
                    Detail = bad.Message,
                },
            });
        }

        metrics.Failed(exception);
        LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
