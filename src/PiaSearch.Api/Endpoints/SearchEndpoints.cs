using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using PiaSearch.Api.Observability;
using PiaSearch.Api.Contracts;
using PiaSearch.CrossReference;
using PiaSearch.Contracts.Searching;
using PiaSearch.Search.Indexing;
using PiaSearch.Api.Hosting;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Querying;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Endpoints;

/// <summary>Full-text search over change entries.</summary>
public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Search");
        group.MapGet("/search", Search)
            .AddEndpointFilter<EntityModelEndpointFilter>()
            .RequireRateLimiting(ProtectionExtensions.SearchRateLimit)
            .WithName("SearchChanges")
            .WithSummary("変更箇所を検索する / Search change entries")
            .WithDescription("Searches 項目, 変更前の記載, 変更後の記載 and 提出時期に係る説明. Words are ANDed; Japanese is matched by bigrams; " +
                "invalid query syntax, regular expressions, fuzzy terms, ranges and wildcard terms beyond 3 wildcards " +
                "or without a literal prefix are searched as plain text (query.plainText). " +
                "A search collects hits for at most one second; past it the answer is partial (partial: true). " +
                "Filters: from/to (date overlap), file, chapter, timing, " +
                "kind (change rows by default; section for the text of a whole evaluation's other sections), " +
                "document, entity (an id from /api/entities). Hits list the entities their rows mention.");
        group.MapGet("/filters", Filters)
            .AddEndpointFilter<IndexReadyEndpointFilter>()
            .WithName("ListFilterValues")
            .WithSummary("絞り込みに使える値 / Values the search filters accept")
            .WithDescription("The files, chapters, timings, documents and years present in the index.");
        return group;
    }

    public static Results<Ok<FilterValuesResponse>, ProblemHttpResult> Filters(ChangeLogSearchService search, CrossReferenceIndex crossReference)
    {

        return TypedResults.Ok(new FilterValuesResponse(
            search.KnownValues(IndexFields.File),
            search.KnownValues(IndexFields.Chapter).Order(ChapterOrder.Instance).ToList(),
            search.KnownValues(IndexFields.Timing),
            search.KnownValues(IndexFields.Document),
            search.KnownValues(IndexFields.Year),
            crossReference.TryGetCurrent(out var model)
                ? [.. model.Entities.Select(e => e.Type).Distinct().Order().Select(t => t.Name())]
                : [],
            search.Catalog.Municipalities));
    }

    public static Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        [AsParameters] SearchParameters parameters,
        SearchInputValidator validator,
        ChangeLogSearchService search,
        CrossReferenceIndex crossReference,
        IndexReadiness readiness,
        PiaMetrics metrics,
        HttpContext httpContext)
    {
        // Checked here rather than by IndexReadyEndpointFilter, so that the refusal is counted.
        if (!readiness.IsReady)
        {
            metrics.SearchRefused("unavailable");
            return IndexReadyEndpointFilter.NotReady(readiness);
        }

        // entity= and entityType= read the cross-reference model: on a large index being modelled, say so rather than wait.
        if (parameters.ReadsTheModel && crossReference.HasNoModelYet)
        {
            metrics.SearchRefused("model");
            return CrossReferenceReadyEndpointFilter.Building(httpContext.Response);
        }

        var started = Stopwatch.GetTimestamp();
        if (!validator.TryValidate(parameters.ToInput(), out var request, out var errors))
        {
            metrics.SearchRefused("invalid");
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v)), title: InputMessages.InvalidSearchTitle);
        }

        var results = search.Search(request);
        var response = MunicipalityAnnotator.Annotate(SearchResponseMapper.ToResponse(results, request.Query), search.Catalog);
        if (crossReference.TryGetCurrent(out var model))
        {
            // A search never waits for the model to be built (after a commit it is rebuilt in the background):
            // its hits list their entities once the model of the current rows is there.
            response = EntityAnnotator.Annotate(response, model);
        }
        else if (request.Entity is not null)
        {
            response = EntityAnnotator.Annotate(response, crossReference.ForRequest());
        }

        metrics.SearchAnswered(Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(response);
    }
}
