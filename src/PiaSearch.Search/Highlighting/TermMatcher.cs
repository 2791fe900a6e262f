using System.Text.RegularExpressions;

namespace PiaSearch.Search.Highlighting;

/// <summary>Decides whether an analysed token is one the query asked for.</summary>
internal abstract class TermMatcher
{
    public abstract bool Matches(string term);

    public static TermMatcher Exact(string term) => new ExactMatcher(term);

    public static TermMatcher AnyOf(IEnumerable<string> terms) => new SetMatcher([.. terms]);

    public static TermMatcher Prefix(string prefix) => new PrefixMatcher(prefix);

    /// <summary>Lucene wildcard syntax: * any run of characters, ? one character (a code point, as Lucene counts: 𠮷 is one).</summary>
    public static TermMatcher Wildcard(string pattern) =>
        new RegexMatcher(new Regex(
            "^" + Regex.Escape(pattern)
                .Replace(@"\*", ".*", StringComparison.Ordinal)
                .Replace(@"\?", @"(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|.)", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(50)));

    private sealed class ExactMatcher(string term) : TermMatcher
    {
        public override bool Matches(string candidate) => string.Equals(candidate, term, StringComparison.Ordinal);
    }

    private sealed class SetMatcher(HashSet<string> terms) : TermMatcher
    {
        public override bool Matches(string candidate) => terms.Contains(candidate);
    }

    private sealed class PrefixMatcher(string prefix) : TermMatcher
    {
        public override bool Matches(string candidate) => candidate.StartsWith(prefix, StringComparison.Ordinal);
    }

    private sealed class RegexMatcher(Regex pattern) : TermMatcher
    {
        public override bool Matches(string candidate)
        {
            try
            {
                return pattern.IsMatch(candidate);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }
}
