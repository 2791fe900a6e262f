using Lucene.Net.Index;
using Lucene.Net.Search;
using PiaSearch.CrossReference.Questions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Text;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Content-change questions answered from the index: the rows that hold every content word of the old and the new
/// text (the words field, one query), best first, of which those whose 変更前 holds the old words and whose 変更後 holds
/// the new ones, not all already there before, are kept. Cost: the postings of those words, and reading at most
/// <see cref="Candidates"/> stored rows; within <see cref="TimeLimit"/>.
/// </summary>
/// <param name="store">The index.</param>
public sealed class IndexChangedRowFinder(IndexStore store) : IChangedRowFinder
{
    private const int Candidates = 200;
    private const int MaxTerms = 12;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(500);

    public IReadOnlyList<ChangeEntry> Changed(string? from, string to, string? about, string? organisation, int max)
    {
        ArgumentNullException.ThrowIfNull(to);
        var fromTerms = from is null ? [] : Terms(from);
        var toTerms = Terms(to);
        if (toTerms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in fromTerms.Concat(toTerms).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(IndexFields.Words, term)), Occur.MUST);
        }

        foreach (var term in (about is null ? [] : Terms(about)).Except(fromTerms).Except(toTerms))
        {
            query.Add(new TermQuery(new Term(IndexFields.Words, term)), Occur.SHOULD);
        }

        IReadOnlyCollection<string>? documents = organisation is null
            ? null
            : store.Catalog.OfMunicipality(organisation).Select(d => d.Id).DefaultIfEmpty(organisation).ToList();
        var filtered = FilterFactory.Apply(query, new SearchRequest { Query = to, Documents = documents });
        return store.WithSearcher(searcher =>
        {
            var top = TopScoreDocCollector.Create(Candidates, docsScoredInOrder: false);
            // What was found in time is still a true answer.
            TimedSearch.Run(searcher, filtered, top, TimeLimitingCollector.GlobalCounter, TimeLimit);

            return top.GetTopDocs().ScoreDocs
                .Select(d => ChangeEntryDocuments.ToEntry(searcher.Doc(d.Doc)))
                .Where(e => IsChange(e, fromTerms, toTerms))
                .Take(max)
                .ToList();
        });
    }

    /// <summary>変更前 holds the old words, 変更後 the new ones, and not every new word was already there.</summary>
    private static bool IsChange(ChangeEntry entry, List<string> fromTerms, List<string> toTerms)
    {
        var before = TextKey.Folded(entry.Before.Text);
        var after = TextKey.Folded(entry.After.Text);
        return fromTerms.All(t => before.Contains(t, StringComparison.Ordinal))
            && toTerms.All(t => after.Contains(t, StringComparison.Ordinal))
            && !toTerms.All(t => before.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>
    /// The content words of a text as the words field holds them, keeping only those written in the text itself (a
    /// verb's dictionary form is not, so it cannot be checked in a cell), not hiragana alone (particles, endings).
    /// </summary>
    private List<string> Terms(string text)
    {
        var folded = TextKey.Folded(text);
        var terms = ContentTerms.Of(store.Analyzers.Query, text, MaxTerms, keep: word => folded.Contains(word, StringComparison.Ordinal));

        // A compound and its parts (search mode): the parts are enough, the compound is in the text anyway.
        return terms.Where(t => !terms.Any(o => o.Length < t.Length && t.Contains(o, StringComparison.Ordinal))).ToList();
    }
}
