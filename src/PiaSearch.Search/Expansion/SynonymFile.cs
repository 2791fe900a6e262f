using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PiaSearch.Search.Expansion;

/// <summary>
/// The editable synonyms file: read again when it changes (its write time is looked at no more than once every
/// <see cref="RecheckAfter"/>), so that an edit takes effect at the next search without reindexing. A missing file is
/// no synonyms; an unreadable line is skipped and logged with its number.
/// </summary>
public sealed partial class SynonymFile(string? path, ILogger<SynonymFile>? logger = null)
{
    /// <summary>How often the file's write time is looked at by default.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);

    /// <summary>How often the file's write time is looked at (<see cref="CheckEvery"/> unless set).</summary>
    public TimeSpan RecheckAfter { get; init; } = CheckEvery;

    private readonly ILogger _logger = logger ?? NullLogger<SynonymFile>.Instance;
    private readonly System.Threading.Lock _lock = new();
    private SynonymSet _current = SynonymSet.Empty;
    private DateTime _writeTime = DateTime.MinValue;
    private long _checkedAt = long.MinValue / 2; // far enough in the past that the first read looks at the file

    /// <summary>The file, or null when none is configured.</summary>
    public string? Path { get; } = path;

    /// <summary>The synonyms as the file says now.</summary>
    public SynonymSet Current
    {
        get
        {
            if (Path is null)
            {
                return SynonymSet.Empty;
            }

            var now = Environment.TickCount64;
            if (now - Volatile.Read(ref _checkedAt) < RecheckAfter.TotalMilliseconds)
            {
                return _current;
            }

            lock (_lock)
            {
                if (now - _checkedAt >= RecheckAfter.TotalMilliseconds)
                {
                    Reload();
                    Volatile.Write(ref _checkedAt, now);
                }

                return _current;
            }
        }
    }

    private void Reload()
    {
        var writeTime = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path!) : DateTime.MinValue;
        if (writeTime == _writeTime)
        {
            return;
        }

        _writeTime = writeTime;
        if (writeTime == DateTime.MinValue)
        {
            _current = SynonymSet.Empty;
            return;
        }

        try
        {
            using var reader = new StreamReader(Path!);
            var read = SynonymSet.Parse(reader);
            foreach (var problem in read.Problems)
            {
                LogProblem(_logger, Path!, problem);
            }

            _current = read;
            LogLoaded(_logger, Path!, read.Count);
        }
        catch (IOException e)
        {
            // Being written just now: keep what was read before and look again at the next check.
            _writeTime = DateTime.MinValue;
            LogUnreadable(_logger, Path!, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Synonyms file {Path}: {Problem}")]
    private static partial void LogProblem(ILogger logger, string path, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synonyms read from {Path}: {Count} words")]
    private static partial void LogLoaded(ILogger logger, string path, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Synonyms file {Path} could not be read now: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);
}
