using Lucene.Net.Index;
using Lucene.Net.Search;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

public sealed partial class ChangeLogSearchService
{
    /// <summary>At most this many of a question's words are searched.</summary>
    private const int MaxQuestionTerms = 16;

    /// <summary>Interrogatives, whatever script: they ask, they are not what is asked about.</summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal) { "何", "誰", "いつ", "どこ", "どれ", "どの", "なに", "だれ" };

    /// <summary>
    /// The change rows that best match a question that could not be answered: its content words (the words the
    /// analyzer keeps, less words written in hiragana only, which are particles, endings and interrogatives), of which
    /// at least half must be in a row, ranked by relevance; with none found, any one of them. Never an answer: the
    /// caller says these are search results. Cost: the postings of at most <see cref="MaxQuestionTerms"/> words, within
    /// the search time limit.
    /// </summary>
    /// <param name="question">The question as asked.</param>
    /// <param name="documents">Only these change logs (a municipality's); null for all.</param>
    /// <param name="size">How many rows, best first.</param>
    public IReadOnlyList<SearchHit> RowsForQuestion(string question, IReadOnlyCollection<string>? documents, int size = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        var terms = QuestionTerms(question);
        if (terms.Count == 0)
        {
            return [];
        }

        var filter = new SearchRequest { Query = question, Documents = documents };
        return store.WithSearcher(searcher =>
        {
            foreach (var atLeast in new[] { Math.Max(1, (terms.Count + 1) / 2), 1 }.Distinct())
            {
                var query = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = atLeast };
                foreach (var term in terms)
                {
                    query.Add(new TermQuery(new Term(IndexFields.Words, term)), Occur.SHOULD);
                }

                var top = TopScoreDocCollector.Create(size, docsScoredInOrder: false);
                if (Collect(searcher, FilterFactory.Apply(query, filter), top, TimeLimit) && top.TotalHits == 0)
                {
                    return [];
                }

                var docs = top.GetTopDocs().ScoreDocs;
                if (docs.Length > 0)
                {
                    var noHighlights = new Dictionary<string, IReadOnlyList<IReadOnlyList<Highlighting.HighlightSegment>>>();
                    return docs.Select(d => new SearchHit(ChangeEntryDocuments.ToEntry(searcher.Doc(d.Doc)), d.Score, noHighlights)).ToList();
                }
            }

            return (IReadOnlyList<SearchHit>)[];
        });
    }

    /// <summary>
    /// <see cref="RowsForQuestion"/> within one organisation: a municipality's change logs, or the change log whose id an
    /// organisation with no municipality is; every log when null. O(the organisation's logs) on top of the search.
    /// </summary>
    public IReadOnlyList<SearchHit> RowsForQuestionWithin(string question, string? organisation, int size = 5)
    {
        var documents = organisation is null ? null : Catalog.OfMunicipality(organisation).Select(d => d.Id).DefaultIfEmpty(organisation).ToList();
        return RowsForQuestion(question, documents, size);
    }

    /// <summary>The question's content words as the index's words field holds them, less interrogatives.</summary>
    internal List<string> QuestionTerms(string question) =>
        ContentTerms.Of(store.Analyzers.Query, question, MaxQuestionTerms, keep: term => !QuestionWords.Contains(term));
}
