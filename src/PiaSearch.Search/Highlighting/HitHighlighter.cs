using Lucene.Net.Search;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Highlighting;

/// <summary>
/// Marks the matches of a query in a hit's text. The query is read once; each column of a hit is analysed with
/// the index's own analyzers (bigrams, and Japanese words), and phrases are matched by token position, so what is
/// marked is what matched. Fragments are HTML-escaped; the only markup they contain is &lt;mark&gt;.
/// Analysis is the cost (a few microseconds a character), so it is bounded: a cell is marked within its first
/// <see cref="MaxAnalysedPerCell"/> characters, and one highlighter (one page of hits) analyses at most
/// <see cref="MaxAnalysedPerPage"/> characters; cells beyond that are returned without fragments. Real cells are a
/// few hundred characters, far inside both.
/// </summary>
internal sealed class HitHighlighter(ChangeLogAnalyzers analyzers, Query query)
{
    /// <summary>How much of one cell is searched for matches to mark.</summary>
    public const int MaxAnalysedPerCell = 5_000;

    /// <summary>How much text one page of hits may analyse in all.</summary>
    public const int MaxAnalysedPerPage = 60_000;

    private const int FragmentSize = 120;
    private const int MaxFragments = 3;
    private readonly HighlightPlan _plan = new(query);
    private int _budget = MaxAnalysedPerPage;

    public HighlightedHit Highlight(ChangeEntry entry)
    {
        var result = new Dictionary<string, IReadOnlyList<IReadOnlyList<HighlightSegment>>>(StringComparer.Ordinal);
        var wholeWord = false;
        var wordPatterns = _plan.For(IndexFields.Words);
        foreach (var column in IndexFields.TextFields)
        {
            var text = TextOf(entry, column);
            // What matched the combined field is marked in every column; a column's own clauses only in it.
            var bigramPatterns = _plan.For(IndexFields.All).Concat(_plan.For(column)).ToList();
            if (bigramPatterns.Count == 0 && wordPatterns.Count == 0)
            {
                continue;
            }

            var analysed = Analysable(text);
            if (analysed.Length == 0)
            {
                continue;
            }

            var spans = TokenSpans.Find(analyzers.Index, column, analysed, bigramPatterns);
            var wordSpans = TokenSpans.Find(analyzers.Index, IndexFields.Words, analysed, wordPatterns);
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

    /// <summary>The start of the text that is searched for matches, within the cell's and the page's budgets.</summary>
    private string Analysable(string text)
    {
        var length = Math.Min(Math.Min(text.Length, MaxAnalysedPerCell), _budget);
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        _budget -= length;
        return length == text.Length ? text : text[..length];
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
