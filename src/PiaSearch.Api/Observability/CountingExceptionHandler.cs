using Microsoft.AspNetCore.Diagnostics;
using PiaSearch.Api.Validation;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Observability;

/// <summary>
/// A request Kestrel refuses while it is being read (a body over the size cap, a malformed body) is answered with
/// its own status as ProblemDetails; anything else is counted and logged, and the default handler answers
/// with a ProblemDetails 500 that reveals nothing internal. A full disk (anywhere in the exception chain) is 507 with
/// a message an operator can act on, without the path.
/// </summary>
public sealed partial class CountingExceptionHandler(PiaMetrics metrics, IProblemDetailsService problems, ILogger<CountingExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } && BindingProblems.Find(httpContext) is { IsValid: false } mistakes)
        {
            // A typed query parameter the framework could not bind (size=ten): named and explained as the validators would.
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new HttpValidationProblemDetails(mistakes.Errors)
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = httpContext.Request.Path.StartsWithSegments("/api/search") ? InputMessages.InvalidSearchTitle : InputMessages.InvalidTitle,
                    Detail = mistakes.Detail,
                },
            });
        }

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
                    Detail = JapaneseFor(bad.StatusCode) + " " + bad.Message,
                },
            });
        }

        metrics.Failed(exception);
        LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        if (IsDiskFull(exception))
        {
            httpContext.Response.StatusCode = StatusCodes.Status507InsufficientStorage;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status507InsufficientStorage,
                    Title = "サーバーのディスクがいっぱいです / The server's disk is full",
                    Detail = "ディスクに空きがないため保存できませんでした。管理者に連絡してください。索引は直前のコミットの状態のままです。 " +
                        "Nothing could be saved because the disk is full; tell the administrator. The index is as it was at its last commit.",
                },
            });
        }

        return false;
    }

    /// <summary>The Japanese that goes before the framework's English reason.</summary>
    private static string JapaneseFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "送信データが上限を超えています。",
        StatusCodes.Status408RequestTimeout => "要求の受信に時間がかかりすぎました。",
        _ => "要求の内容を読めませんでした。条件の値と書き方を確かめてください。",
    };

    /// <summary>ENOSPC (28) on Linux and macOS; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is IOException io && io.HResult is 28 or unchecked((int)0x80070027) or unchecked((int)0x80070070))
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
