namespace PiaSearch.Api.Fetching;

/// <summary>A sourceUrl could not be fetched; the message says why in words a person understands.</summary>
/// <param name="message">Why, in Japanese and English.</param>
/// <param name="inner">The underlying failure, for the log.</param>
/// <param name="isRefusal">The URL as given is not allowed (scheme, a non-public address): the caller's mistake, not the remote server's.</param>
public sealed class FetchFailedException(string message, Exception? inner = null, bool isRefusal = false) : Exception(message, inner)
{
    public bool IsRefusal { get; } = isRefusal;
}
