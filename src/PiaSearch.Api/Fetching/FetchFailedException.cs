namespace PiaSearch.Api.Fetching;

/// <summary>A sourceUrl could not be fetched; the message says why in words a person understands.</summary>
public sealed class FetchFailedException(string message, Exception? inner = null) : Exception(message, inner);
