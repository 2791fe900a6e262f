using System.Text;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// Finds the names of known entities in a question, whatever the width, spacing or legal form: the longest
/// name wins where two overlap.
/// </summary>
/// <remarks>
/// The keys are held in a dictionary, and a question is looked up substring by substring (up to the longest key):
/// building is O(N) over the model's names and mentions, spotting O(|q|·K) dictionary reads for K ≤
/// <see cref="MaximumKey"/>, whatever the size of the model.
/// </remarks>
public sealed class NameSpotter
{
    private const int MinimumKey = 2;
    private const int MaximumKey = 64;
    private readonly Dictionary<string, List<(Entity Entity, string Name, int ClusterId)>> _names = new(StringComparer.Ordinal);
    private readonly int _longest;
    private readonly CrossReferenceModel _model;

    public NameSpotter(CrossReferenceModel model)
    {
        _model = model;
        var spelledBefore = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in model.Entities.Where(e => !e.IsPlaceholder).OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            spelledBefore.Clear();
            foreach (var name in entity.Names)
            {
                var cluster = model.Clusters.All[name.ClusterId];
                foreach (var key in cluster.Keys.Append(EntityFinder.Key(name.Name)).Distinct())
                {
                    Add(key, entity, name.Name, name.ClusterId);
                }
            }

            foreach (var mention in model.MentionsOf(entity.Id).Where(m => !m.IsPlaceholder))
            {
                // A spelling the entity already has adds nothing (Add keeps an entity's first entry under a key): its key and
                // cluster are not looked up again for each of its thousands of mentions.
                if (!spelledBefore.Add(mention.Name))
                {
                    continue;
                }

                var clusterId = model.Clusters.Of(mention)!.Id;
                Add(EntityFinder.Key(mention.Name), entity, model.Clusters.All[clusterId].Name, clusterId);
            }
        }

        _longest = _names.Count == 0 ? 0 : _names.Keys.Max(k => k.Length);
    }

    /// <param name="question">The question.</param>
    /// <param name="organisation">Where a name is shared by several entities (each city's 情報課), the one mentioned in this organisation's logs wins.</param>
    public List<SpottedName> Spot(string question, string? organisation = null)
    {
        var (text, starts, ends) = Keyed(question);
        var occurrences = new List<(int At, string Key)>();
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; at < text.Length; at++)
        {
            for (var length = Math.Min(_longest, text.Length - at); length >= MinimumKey; length--)
            {
                if (lookup.TryGetValue(text.AsSpan(at, length), out var key, out _))
                {
                    occurrences.Add((at, key));
                }
            }
        }

        // Longest first, then left to right; a later name may not overlap one already taken.
        var taken = new bool[text.Length];
        var found = new List<SpottedName>();
        foreach (var (at, key) in occurrences.OrderByDescending(o => o.Key.Length).ThenBy(o => o.At))
        {
            if (Enumerable.Range(at, key.Length).Any(i => taken[i]))
            {
                continue;
            }

            for (var i = at; i < at + key.Length; i++)
            {
                taken[i] = true;
            }

            var entries = _names[key];
            var (entity, name, clusterId) = organisation is null
                ? entries[0]
                : entries.Find(e => _model.Lookups.IsIn(e.Entity, organisation)) is { Entity: not null } inOrganisation ? inOrganisation : entries[0];
            var start = starts[at];
            var end = ends[at + key.Length - 1];
            found.Add(new SpottedName(entity, question[start..end], start, end - start, clusterId));
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>
    /// The entities one of whose names or spellings is exactly <paramref name="word"/> (compared as name keys), most
    /// mentioned first, each with the name cluster the word belongs to: one dictionary read.
    /// </summary>
    public IReadOnlyList<(Entity Entity, int ClusterId)> Named(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _names.TryGetValue(EntityFinder.Key(word), out var entries) ? entries.ConvertAll(e => (e.Entity, e.ClusterId)) : [];
    }

    private void Add(string key, Entity entity, string name, int clusterId)
    {
        if (key.Length < MinimumKey || key.Length > MaximumKey)
        {
            return;
        }

        if (!_names.TryGetValue(key, out var entries))
        {
            _names[key] = entries = [];
        }

        if (!entries.Exists(e => e.Entity.Id == entity.Id))
        {
            entries.Add((entity, name, clusterId));
        }
    }

    /// <summary>
    /// The question as name keys compare it, with a map from each key character back to the start and end of the
    /// question's character (a code point: 𠮷 and emoji are two UTF-16 units, never split).
    /// </summary>
    private static (string Text, List<int> Starts, List<int> Ends) Keyed(string question)
    {
        var sb = new StringBuilder(question.Length);
        var starts = new List<int>(question.Length);
        var ends = new List<int>(question.Length);
        var i = 0;
        foreach (var rune in question.EnumerateRunes())
        {
            // A lone surrogate comes as U+FFFD, one unit long like the surrogate it stands for.
            var units = rune.Utf16SequenceLength;
            foreach (var c in NameKeys.Of(rune.ToString()))
            {
                sb.Append(c);
                starts.Add(i);
                ends.Add(i + units);
            }

            i += units;
        }

        return (sb.ToString(), starts, ends);
    }
}
