using PiaSearch.Api.Contracts;
using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Model;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Endpoints;

/// <summary>Suggestions as you type: the names of contractors, departments, laws… that the logs mention.</summary>
public static class SuggestEndpoints
{
    private const int MaxSuggestions = 10;
    private const int MaxPrefixLength = 100;

    public static RouteGroupBuilder MapSuggestEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Search");
        group.MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("入力中の候補 / Suggestions as you type")
            .WithDescription("Names of entities (contractors, departments, statutes, people, systems, documents) that match what has been typed, " +
                "best first; when no name contains it, the current names of entities whose name starts with something a few edits away (match=fuzzy). " +
                "format=opensearch answers in the OpenSearch suggestions format for browsers.");
        return group;
    }

    public static IResult Suggest(string? q, string? format, CrossReferenceIndex crossReference)
    {
        var prefix = q?.Trim() ?? string.Empty;
        List<SuggestionDto> suggestions = [];
        if (prefix.Length > 0 && !TextLength.Exceeds(prefix, MaxPrefixLength) && crossReference.TryGetCurrent(out var model))
        {
            suggestions = EntityFinder.Search(model, type: null, prefix)
                .Where(e => !e.IsPlaceholder)
                .Take(MaxSuggestions)
                .Select(e => new SuggestionDto(e.Name, e.Type.Name(), e.Id, "name"))
                .ToList();
            if (suggestions.Count == 0)
            {
                // Nothing starts or contains what was typed: a misspelled start leads to the entity's current name.
                suggestions = EntityFinder.SearchMisspelledStart(model, type: null, prefix)
                    .Take(MaxSuggestions)
                    .Select(e => new SuggestionDto(e.Name, e.Type.Name(), e.Id, "fuzzy"))
                    .ToList();
            }
        }

        if (string.Equals(format, "opensearch", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new object[] { prefix, suggestions.Select(s => s.Text).ToArray() }, contentType: "application/x-suggestions+json");
        }

        return TypedResults.Ok(new SuggestResponse(suggestions));
    }
}
