using Lucene.Net.Search;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Highlighting;

/// <summary>
/// Marks the matches of a query in a hit's text. The query is read once; each column of a hit is analysed with
/// the index's own analyzers (bigrams, and Japanese words), and phrases are matched by token position, so what is
/// marked is what matched. Fragments are HTML-escaped; the only markup they contain is &lt;mark&gt;.
/// </summary>
internal sealed class HitHighlighter(ChangeLogAnalyzers analyzers, Query query)
{
    private const int FragmentSize = 120;
    private const int MaxFragments = 3;
    private readonly HighlightPlan _plan = new(query);

    public HighlightedHit Highlight(ChangeEntry entry)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var wholeWord = false;
        var wordPatterns = _plan.For(IndexFields.Words);
        foreach (var column in IndexFields.TextFields)
        {
            var text = TextOf(entry, column);
            // What matched the combined field is marked in every column; a column's own clauses only in it.
            var bigramPatterns = _plan.For(IndexFields.All).Concat(_plan.For(column)).ToList();
            var spans = TokenSpans.Find(analyzers.Index, column, text, bigramPatterns);
            var wordSpans = TokenSpans.Find(analyzers.Index, IndexFields.Words, text, wordPatterns);
            if (wordSpans.Count > 0)
            {
                wholeWord = true;
                spans = TokenSpans.Merge([.. spans, .. wordSpans]);
            }

            var fragments = FragmentWriter.Write(text, spans, FragmentSize, MaxFragments);
            if (fragments.Count > 0)
            {
                result[column] = fragments;
            }
        }

        return new HighlightedHit(result, wholeWord);
    }

    private static string TextOf(ChangeEntry entry, string field) => field switch
    {
        IndexFields.Item => entry.Item.Text,
        IndexFields.Before => entry.Before.Text,
        IndexFields.After => entry.After.Text,
        IndexFields.Explanation => entry.Explanation.Text,
        _ => string.Empty,
    };
}
