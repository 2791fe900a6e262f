using System.ComponentModel.DataAnnotations;

namespace PiaSearch.Api.Hosting;

/// <summary>Protection against overload and abuse (configuration section "Limits").</summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Limits";

    /// <summary>Searches each client (IP address) may make per second, sustained.</summary>
    [Range(1, 1_000_000)]
    public int SearchPermitsPerSecond { get; set; } = 20;

    /// <summary>Searches a client may make in a burst before being slowed to the sustained rate.</summary>
    [Range(1, 1_000_000)]
    public int SearchBurst { get; set; } = 60;

    /// <summary>Requests each client may make per second, sustained, to any other /api endpoint (search has its own limit).</summary>
    [Range(1, 1_000_000)]
    public int ApiPermitsPerSecond { get; set; } = 20;

    /// <summary>Requests a client may make to the other /api endpoints in a burst.</summary>
    [Range(1, 1_000_000)]
    public int ApiBurst { get; set; } = 100;

    /// <summary>Wrong admin keys a client may send in <see cref="FailedKeyWindow"/> before it must wait (429), whatever key it sends.</summary>
    [Range(1, 1_000_000)]
    public int FailedKeyAttempts { get; set; } = 10;

    /// <summary>The window in which <see cref="FailedKeyAttempts"/> are counted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FailedKeyWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest request body, except uploads of change logs (Fetch:MaxBytes).</summary>
    [Range(1024, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest an ordinary request may run.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest an ingest (upload, fetch, reindex) may run.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan IngestTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Slowest a request body may arrive, in bytes per second, once the grace period is over (Kestrel answers 408).</summary>
    [Range(1, 1_000_000_000)]
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>How long a request body may arrive slower than <see cref="MinRequestBodyBytesPerSecond"/> (more than one second).</summary>
    [Range(typeof(TimeSpan), "00:00:01.001", "00:10:00")]
    public TimeSpan MinRequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);
}
