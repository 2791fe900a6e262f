using System.ComponentModel.DataAnnotations;

namespace PiaSearch.Api.Fetching;

/// <summary>How change logs named by a sourceUrl are fetched (configuration section "Fetch").</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetch";

    /// <summary>Longest a single attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Longest the whole fetch may take, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the circuit stays open after repeated failures.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest change log accepted, in bytes.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Redirects followed at most; each hop is checked like the first URL.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Lets a sourceUrl reach loopback, private and link-local addresses. Off by default: an admin key must not be
    /// a way into the server's own network. Tests that fetch from a server on loopback turn it on.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
