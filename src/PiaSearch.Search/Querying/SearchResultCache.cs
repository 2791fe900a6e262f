using System.Collections.Concurrent;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Recent results by request, valid for one index generation: a popular search is answered without searching
/// again until the next commit. Bounded; the least recently used entries go first.
/// </summary>
internal sealed class SearchResultCache(int capacity)
{
    private readonly ConcurrentDictionary<SearchRequest, Entry> _entries = new();
    private long _clock;

    public bool TryGet(SearchRequest request, long generation, out SearchResults results)
    {
        results = null!;
        if (capacity <= 0 || !_entries.TryGetValue(request, out var entry))
        {
            return false;
        }

        if (entry.Generation != generation)
        {
            _entries.TryRemove(request, out _);
            return false;
        }

        entry.LastUsed = Interlocked.Increment(ref _clock);
        results = entry.Results;
        return true;
    }

    public void Add(SearchRequest request, long generation, SearchResults results)
    {
        if (capacity <= 0)
        {
            return;
        }

        _entries[request] = new Entry(generation, results) { LastUsed = Interlocked.Increment(ref _clock) };
        if (_entries.Count > capacity)
        {
            Trim(generation);
        }
    }

    private void Trim(long generation)
    {
        // Stale generations first, then the least recently used tenth.
        foreach (var (key, entry) in _entries)
        {
            if (entry.Generation != generation)
            {
                _entries.TryRemove(key, out _);
            }
        }

        var excess = _entries.Count - capacity + (capacity / 10);
        if (excess <= 0)
        {
            return;
        }

        // ToArray is the dictionary's own atomic snapshot: LINQ over it directly copies into an array sized before the
        // copy, and an entry another thread removed in between left a hole (a null entry) that made sorting throw.
        foreach (var key in _entries.ToArray().OrderBy(e => e.Value.LastUsed).Take(excess).Select(e => e.Key).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }

    private sealed class Entry(long generation, SearchResults results)
    {
        public long Generation { get; } = generation;

        public SearchResults Results { get; } = results;

        public long LastUsed { get; set; }
    }
}
