using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PiaSearch.Api.Contracts;
using PiaSearch.Api.Feeds;
using PiaSearch.Api.Hosting;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Querying;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Endpoints;

/// <summary>
/// Atom feeds of the newest changes for a search or an entity, for the portal and feed readers. A feed is one
/// search sorted newest first (cost as a search, one page of at most 100 rows); rows without a readable 変更日
/// cannot be placed in time and are left out.
/// </summary>
public static class FeedEndpoints
{
    private const int DefaultEntries = 30;

    public static RouteGroupBuilder MapFeedEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Feeds");
        group.MapGet("/search.atom", SearchFeed)
            .AddEndpointFilter<EntityModelEndpointFilter>()
            .RequireRateLimiting(ProtectionExtensions.SearchRateLimit)
            .WithName("SearchFeed")
            .WithSummary("検索の新しい変更 (Atom) / The newest changes for a search, as Atom")
            .WithDescription("The rows a search keeps (the /api/search parameters; sort is always newest), newest first, as an Atom 1.0 feed. size: entries, 1–100 (default 30).")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
        group.MapGet("/entities/{id}.atom", EntityFeed)
            .AddEndpointFilter<EntityModelEndpointFilter>()
            .RequireRateLimiting(ProtectionExtensions.SearchRateLimit)
            .WithName("EntityFeed")
            .WithSummary("実体に言及する新しい変更 (Atom) / The newest changes that mention an entity, as Atom")
            .WithDescription("The rows that mention the entity, newest first, as an Atom 1.0 feed. size: entries, 1–100 (default 30).")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
        return group;
    }

    public static IResult SearchFeed(
        [AsParameters] SearchParameters parameters,
        SearchInputValidator validator,
        ChangeLogSearchService search,
        CrossReferenceIndex crossReference,
        IndexReadiness readiness,
        HttpContext http)
    {
        var words = parameters.Q?.Trim();
        var title = string.IsNullOrEmpty(words) ? "PiaSearch: 新しい変更 / newest changes" : $"PiaSearch: 「{words}」の新しい変更 / newest changes for “{words}”";
        return Feed(parameters, title, validator, search, crossReference, readiness, http);
    }

    public static IResult EntityFeed(
        string id,
        [FromQuery(Name = "size"), Range(1, SearchRequest.MaxPageSize)] int? size,
        SearchInputValidator validator,
        ChangeLogSearchService search,
        CrossReferenceIndex crossReference,
        IndexReadiness readiness,
        HttpContext http)
    {
        if (!readiness.IsReady)
        {
            return IndexReadyEndpointFilter.NotReady(readiness);
        }

        if (crossReference.HasNoModelYet)
        {
            return CrossReferenceReadyEndpointFilter.Building(http.Response);
        }

        var entity = crossReference.ForRequest().Entity(id);
        if (entity is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "実体が見つかりません / Entity not found",
                detail: $"実体 '{id}' は索引にありません。/api/entities?q=… で ID を探してください。Unknown entity '{id}'; find its id with /api/entities?q=….");
        }

        return Feed(new SearchParameters { Entity = id, Size = size }, $"PiaSearch: {entity.Name} の新しい変更 / newest changes for {entity.Name}", validator, search, crossReference, readiness, http);
    }

    private static IResult Feed(
        SearchParameters parameters,
        string title,
        SearchInputValidator validator,
        ChangeLogSearchService search,
        CrossReferenceIndex crossReference,
        IndexReadiness readiness,
        HttpContext http)
    {
        if (!readiness.IsReady)
        {
            return IndexReadyEndpointFilter.NotReady(readiness);
        }

        if (parameters.ReadsTheModel && crossReference.HasNoModelYet)
        {
            return CrossReferenceReadyEndpointFilter.Building(http.Response);
        }

        var input = parameters.ToInput() with { Sort = "newest", Page = null, Size = parameters.Size ?? DefaultEntries };
        if (!validator.TryValidate(input, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v)), title: InputMessages.InvalidSearchTitle);
        }

        var results = search.Search(request);
        var entries = results.Hits.Select(h => h.Entry).Where(e => e.Date is not null).ToList();
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var self = $"{origin}{http.Request.Path}{http.Request.QueryString}";
        var page = $"{origin}/?{PageQuery(parameters)}";
        var feed = new AtomFeedWriter.FeedInfo(self, title, self, page, origin);
        return Results.Text(AtomFeedWriter.Write(feed, entries, search.Catalog, DateTimeOffset.UtcNow), AtomFeedWriter.ContentType);
    }

    private static string PageQuery(SearchParameters p)
    {
        var pairs = new (string Key, string? Value)[]
        {
            ("q", p.Q), ("from", SearchParameters.Iso(p.From)), ("to", SearchParameters.Iso(p.To)), ("municipality", p.Municipality), ("file", p.File), ("chapter", p.Chapter),
            ("timing", p.Timing), ("kind", p.Kind), ("document", p.Document), ("entity", p.Entity), ("entityType", p.EntityType), ("sort", "newest"), ("size", "100"),
        };
        return string.Join('&', pairs.Where(x => !string.IsNullOrWhiteSpace(x.Value)).Select(x => $"{x.Key}={Uri.EscapeDataString(x.Value!.Trim())}"));
    }
}
