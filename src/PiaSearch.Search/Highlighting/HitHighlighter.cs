using Lucene.Net.Search;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Highlighting;

/// <summary>
/// Marks the matches of a query in a hit's text. The query is read once; each hit's text is analysed once per
/// field with the index's own analyzer, and phrases are matched by token position, so what is marked is what
/// matched. Fragments are HTML-escaped; the only markup they contain is &lt;mark&gt;.
/// </summary>
internal sealed class HitHighlighter(ChangeLogAnalyzers analyzers, Query query)
{
    private const int FragmentSize = 120;
    private const int MaxFragments = 3;
    private readonly HighlightPlan _plan = new(query);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Highlight(ChangeEntry entry)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in IndexFields.TextFields)
        {
            var text = TextOf(entry, field);
            // What matched the combined field is marked in every column; a column's own clauses only in it.
            var patterns = _plan.For(IndexFields.All).Concat(_plan.For(field)).ToList();
            var spans = TokenSpans.Find(analyzers.Index, field, text, patterns);
            var fragments = FragmentWriter.Write(text, spans, FragmentSize, MaxFragments);
            if (fragments.Count > 0)
            {
                result[field] = fragments;
            }
        }

        return result;
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
