namespace PiaSearch.Search.Ingest;

/// <summary>Reports progress on the caller's thread, unlike <see cref="Progress{T}"/>, which posts it elsewhere.</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
