using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Marks the matches in a hit's text. Fragments are HTML-escaped; the only markup they contain is the
/// &lt;mark&gt; the highlighter adds. Word matches are shown where there are any; otherwise the bigram matches
/// (a substring found only by its characters). Adjacent marks are joined, so 株式会社RKKCS is one mark.
/// </summary>
internal sealed class HitHighlighter
{
    private const int FragmentSize = 120;
    private const int MaxFragments = 3;
    private readonly ChangeLogAnalyzers _analyzers;
    private readonly Dictionary<string, Highlighter> _highlighters = new(StringComparer.Ordinal);

    public HitHighlighter(ChangeLogAnalyzers analyzers, Query query, IndexReader reader)
    {
        _analyzers = analyzers;
        foreach (var field in IndexFields.TextFields.Concat(IndexFields.BigramFields))
        {
            var scorer = new QueryScorer(query, reader, field);
            _highlighters[field] = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
                MaxDocCharsToAnalyze = 200_000,
            };
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Highlight(ChangeEntry entry)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in IndexFields.TextFields)
        {
            var text = TextOf(entry, field);
            if (text.Length == 0)
            {
                continue;
            }

            var fragments = Fragments(field, text);
            if (fragments.Length == 0)
            {
                fragments = Fragments(IndexFields.Bigram(field), text);
            }

            if (fragments.Length > 0)
            {
                result[field] = [.. fragments.Select(f => f.Replace("</mark><mark>", string.Empty, StringComparison.Ordinal))];
            }
        }

        return result;
    }

    private string[] Fragments(string field, string text)
    {
        using var tokens = _analyzers.Index.GetTokenStream(field, text);
        return _highlighters[field].GetBestFragments(tokens, text, MaxFragments);
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
