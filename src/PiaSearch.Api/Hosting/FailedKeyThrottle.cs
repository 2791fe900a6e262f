using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PiaSearch.Api.Hosting;

/// <summary>
/// Counts wrong admin keys per client (<see cref="ClientPartition"/>): after Limits:FailedKeyAttempts in
/// Limits:FailedKeyWindow the client is refused (429) whatever key it sends, until the window ends, so a key
/// cannot be guessed at network speed. A singleton; O(1) per check.
/// </summary>
public sealed class FailedKeyThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly TimeSpan _window;

    public FailedKeyThrottle(IOptions<LimitsOptions> limits)
    {
        var l = limits.Value;
        _window = l.FailedKeyWindow;
        _failures = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = l.FailedKeyAttempts,
            Window = l.FailedKeyWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>How long <paramref name="client"/> must wait before its key is looked at again, or null when it need not.</summary>
    public TimeSpan? Blocked(string client)
    {
        // Asking for no permit takes nothing: it only says whether any is left, and if not, until when.
        using var probe = _failures.AttemptAcquire(client, 0);
        return probe.IsAcquired ? null : RetryAfter(probe);
    }

    /// <summary>Records a wrong key; returns how long the client must now wait, or null when it may still try.</summary>
    public TimeSpan? Failed(string client)
    {
        using var lease = _failures.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return Blocked(client);
        }

        return RetryAfter(lease);
    }

    private TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : _window;

    public void Dispose() => _failures.Dispose();
}
