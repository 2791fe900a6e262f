using System.Text;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// Finds the names of known entities in a question, whatever the width, spacing or legal form: the longest
/// name wins where two overlap.
/// </summary>
internal sealed class NameSpotter
{
    private const int MinimumKey = 2;
    private readonly List<(string Key, Entity Entity, string Name, int ClusterId)> _names = [];

    public NameSpotter(CrossReferenceModel model)
    {
        foreach (var entity in model.Entities.Where(e => !e.IsPlaceholder))
        {
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
                var clusterId = model.Clusters.Of(mention)!.Id;
                Add(EntityFinder.Key(mention.Name), entity, model.Clusters.All[clusterId].Name, clusterId);
            }
        }

        _names.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
    }

    public List<SpottedName> Spot(string question)
    {
        var (text, starts, ends) = Keyed(question);
        var taken = new bool[text.Length];
        var found = new List<SpottedName>();
        foreach (var (key, entity, name, clusterId) in _names)
        {
            for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at, key.Length).Any(i => taken[i]))
                {
                    continue;
                }

                for (var i = at; i < at + key.Length; i++)
                {
                    taken[i] = true;
                }

                var start = starts[at];
                var end = ends[at + key.Length - 1];
                found.Add(new SpottedName(entity, question[start..end], start, end - start, clusterId));
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    private void Add(string key, Entity entity, string name, int clusterId)
    {
        if (key.Length >= MinimumKey && !_names.Any(n => n.Key == key && n.Entity.Id == entity.Id))
        {
            _names.Add((key, entity, name, clusterId));
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
