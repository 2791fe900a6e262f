using PiaSearch.Search.Indexing;

namespace PiaSearch.Api.Hosting;

/// <summary>Opens the index before the API listens, so that a second writer or an unreadable index stops start-up with a readable message.</summary>
public static partial class IndexStartup
{
    /// <summary>The exit code when the index cannot be opened.</summary>
    public const int ExitCode = 3;

    /// <summary>Opens the index; false (after logging why, without a stack trace) when another process writes it or it cannot be read.</summary>
    public static bool TryOpenIndex(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IndexStartup).FullName!);
        try
        {
            _ = app.Services.GetRequiredService<IndexStore>();
            return true;
        }
        catch (IndexLockedException ex)
        {
            LogLocked(logger, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(logger, ex.Message);
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "起動できません / Not starting: {Reason}")]
    private static partial void LogLocked(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "起動できません / Not starting: {Reason} (a damaged index is rebuilt from the document store with 'pia rebuild')")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
