using PiaSearch.CrossReference.Understanding;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Text;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Says why a row matched an expanded search: the words as typed, or which expansions its text holds (within their
/// dates and change logs). O(expansions × row length) for one row of a page.
/// </summary>
internal static class MatchExplainer
{
    /// <param name="entry">The row.</param>
    /// <param name="literal">True when the row matched the words as typed (tier 0).</param>
    /// <param name="query">The query as typed.</param>
    /// <param name="words">The query's words.</param>
    /// <param name="expansions">The expansions searched.</param>
    /// <remarks>With <paramref name="literal"/> null (results sorted by date, which have no tiers), the row is literal when it holds every word as typed.</remarks>
    public static IReadOnlyList<QueryExpansion> Explain(ChangeEntry entry, bool? literal, string query, IReadOnlyList<string> words, IReadOnlyList<QueryExpansion> expansions)
    {
        if (literal == true)
        {
            return [new QueryExpansion(query, ExpansionKind.Literal, query)];
        }

        var text = Comparable($"{entry.Item.Text}\n{entry.Before.Text}\n{entry.After.Text}\n{entry.Explanation.Text}");
        if (literal is null && words.All(w => text.Contains(Comparable(w), StringComparison.Ordinal)))
        {
            return [new QueryExpansion(query, ExpansionKind.Literal, query)];
        }

        var reasons = new List<QueryExpansion>();
        foreach (var word in words)
        {
            if (text.Contains(Comparable(word), StringComparison.Ordinal))
            {
                continue;
            }

            var ofWord = expansions.Where(e => e.Word == word).ToList();
            var held = ofWord.Where(e => e.Kind != ExpansionKind.Words && Holds(entry, text, e)).ToList();

            // 情報課 inside 情報課政策課 is not a second reason: only the longest of nested terms is.
            held = held.Where(h => !held.Any(o => o != h && o.Term.Length > h.Term.Length && Comparable(o.Term).Contains(Comparable(h.Term), StringComparison.Ordinal))).ToList();
            reasons.AddRange(held.Count > 0 ? held : ofWord.Where(e => e.Kind == ExpansionKind.Words));
        }

        return reasons.DistinctBy(r => (r.Kind, r.Term)).OrderBy(r => r.Kind.Rank()).ToList();
    }

    private static bool Holds(ChangeEntry entry, string text, QueryExpansion expansion) =>
        text.Contains(Comparable(expansion.Term), StringComparison.Ordinal)
        && (expansion.Since is not { } since || entry.Date?.From >= since)
        && (expansion.Until is not { } until || entry.Date?.From < until)
        && (expansion.Documents is not { Count: > 0 } documents || documents.Contains(entry.DocumentId, StringComparer.Ordinal));

    /// <summary>Width folded, lower case, without white space: how the index sees a text, near enough to tell which term is in it.</summary>
    internal static string Comparable(string text) => TextKey.Folded(text);
}
