using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Dates;
using PiaSearch.Search.Querying;

namespace PiaSearch.Contracts.Searching;

/// <summary>From search results to the JSON contract shared by the API and the CLI.</summary>
public static class SearchResponseMapper
{
    public static SearchResponse ToResponse(SearchResults results, string queryText) => new(
        results.Total,
        results.Page,
        results.Size,
        results.Hits.Select(ToDto).ToList(),
        results.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetValueDto>)f.Value.Select(v => new FacetValueDto(v.Value, v.Count)).ToList()),
        new QueryDto(queryText, results.Interpretation.Normalized, results.Interpretation.PlainText))
    {
        Partial = results.Partial,
        Expansions = results.Expansions.Select(e => new ExpansionDto(e.Word, e.Kind, e.Term, e.EntityId, e.Date, e.Since, e.Until)).ToList(),
        LiteralTotal = results.LiteralTotal,
    };

    public static SearchHitDto ToDto(SearchHit hit)
    {
        var e = hit.Entry;
        return new SearchHitDto(
            e.Id,
            e.DocumentId,
            e.Line,
            new DateDto(e.DateText, e.Date?.From, e.Date?.To),
            e.Item.Text,
            new ItemPathDto(e.Item.File, e.Item.Chapter, e.Item.Path),
            e.Before.Text,
            e.After.Text,
            e.Timing == SubmissionTiming.Unspecified ? null : e.Timing.Label(),
            e.Explanation.Text,
            hit.Score,
            hit.Highlights,
            hit.WholeWord)
        {
            Source = e.Source is { } source ? new SourceDto(source.Page, source.Row, source.Sheet, source.Label) : null,
            Kind = e.Kind.Label(),
            MatchedBy = hit.MatchedBy.Select(m => new MatchDto(m.Kind, m.Term, m.EntityId)).ToList(),
            BeforeDate = ToDto(e.BeforeDate),
            AfterDate = ToDto(e.AfterDate),
        };
    }

    private static CellDateDto? ToDto(DateSpan? span) =>
        span is null ? null : new CellDateDto(span.From, span.To, JapaneseDateFormatter.Span(span));
}
