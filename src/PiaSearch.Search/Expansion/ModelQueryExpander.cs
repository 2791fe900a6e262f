using PiaSearch.CrossReference.Understanding;

namespace PiaSearch.Search.Expansion;

/// <summary>
/// Expands a query's words from what the cross-reference model of the rows being searched knows (when it is built
/// for them: a search never waits for it) and from the synonyms file. O(words) dictionary reads, plus one bounded
/// fuzzy lookup for an unknown word of four characters or more.
/// </summary>
/// <param name="understanding">The understanding of the model of the rows being searched now, or null while there is none.</param>
/// <param name="synonyms">The synonyms file, or null.</param>
public sealed class ModelQueryExpander(Func<QueryUnderstanding?> understanding, SynonymFile? synonyms = null) : IQueryExpander
{
    public IReadOnlyList<QueryExpansion> Expand(IReadOnlyList<string> words, string? municipality)
    {
        ArgumentNullException.ThrowIfNull(words);
        var model = understanding();
        var set = synonyms?.Current ?? SynonymSet.Empty;
        var found = new List<QueryExpansion>();
        foreach (var word in words)
        {
            if (model is not null)
            {
                found.AddRange(model.Expand(word, municipality));
            }

            found.AddRange(set.Of(word));
        }

        return found;
    }
}
