using System.Text;

namespace PiaSearch.Search.Querying;

/// <summary>
/// What of Lucene's query syntax a search may use, so that no query costs more than its words: regular
/// expressions (/…/), fuzzy terms (word~) and ranges ([a TO b]) are searched as their text; a wildcard term
/// needs a literal prefix and few wildcards; only a few terms of a query expand into many index terms.
/// </summary>
public static class QuerySyntaxLimits
{
    /// <summary>At most this many * and ? in one term (r*a*b*c* with 120 wildcards took 10 s).</summary>
    public const int MaxWildcardsPerTerm = 3;

    /// <summary>At least this many characters (code points) before the first wildcard of a term.</summary>
    public const int MinWildcardPrefix = 1;

    /// <summary>
    /// At most this many terms of one query expand into index terms (prefix, wildcard, a single Japanese
    /// character widened to its bigrams); the rest are searched as they are written.
    /// </summary>
    public const int MaxExpandingTerms = 8;

    /// <summary>Whether a wildcard term is within the limits: few wildcards, a literal prefix.</summary>
    internal static bool IsAllowedWildcard(string term)
    {
        var wildcards = 0;
        var prefix = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            if (rune.Value is '*' or '?')
            {
                wildcards++;
            }
            else if (wildcards == 0)
            {
                prefix++;
            }
        }

        return wildcards <= MaxWildcardsPerTerm && prefix >= MinWildcardPrefix;
    }

    /// <summary>The term with its wildcards read as spaces: its words, to search as text.</summary>
    internal static string WithoutWildcards(string term)
    {
        var text = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            text.Append(c is '*' or '?' ? ' ' : c);
        }

        return text.ToString();
    }
}
