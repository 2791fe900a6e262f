using PiaSearch.Search.Indexing;

namespace PiaSearch.Api.Hosting;

/// <summary>Log messages about opening the index.</summary>
internal static partial class IndexStoreLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening the index: {Message}")]
    public static partial void OpenRetry(ILogger<IndexStore> logger, string message);
}
