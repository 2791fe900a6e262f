namespace PiaSearch.Api.Hosting;

/// <summary>Whether the index is open and seeded; searches wait for it, /health reports it.</summary>
public sealed class IndexReadiness
{
    private volatile string? _failure;
    private volatile bool _ready;

    public bool IsReady => _ready;

    /// <summary>Why the index could not be made ready, or null.</summary>
    public string? Failure => _failure;

    public void MarkReady() => _ready = true;

    public void MarkFailed(string reason) => _failure = reason;
}
