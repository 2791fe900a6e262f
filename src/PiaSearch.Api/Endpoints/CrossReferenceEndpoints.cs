using Microsoft.AspNetCore.Http.HttpResults;
using PiaSearch.Api.Contracts;
using PiaSearch.Api.Hosting;
using PiaSearch.Api.Validation;
using PiaSearch.CrossReference;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Querying;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Endpoints;

/// <summary>The cross-reference index: entities, successions, slots, and questions.</summary>
public static class CrossReferenceEndpoints
{
    public static RouteGroupBuilder MapCrossReferenceEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Cross-reference").AddEndpointFilter<IndexReadyEndpointFilter>().AddEndpointFilter<CrossReferenceReadyEndpointFilter>();
        group.MapGet("/entities", ListEntities)
            .WithName("ListEntities")
            .WithSummary("委託先・部署・法令などを名称で探す / Find contractors, departments, laws… by name")
            .WithDescription("Entities whose names or spellings match q (any width, spacing, legal form or OCR variant), best first; filter by type.");
        group.MapGet("/entities/{id}", GetEntity)
            .WithName("GetEntity")
            .WithSummary("実体の名称・表記・年表 / An entity's names, spellings, timeline and successions")
            .WithDescription("Names over time, every spelling with the rows it occurs in, first and last rows, slots occupied with their intervals, and the successions it takes part in.");
        group.MapGet("/successions", ListSuccessions)
            .WithName("ListSuccessions")
            .WithSummary("改称・交代などの変遷 / Renames, replacements, assignments, renumberings")
            .WithDescription("Successions where the name appears before or after, with the chains they belong to (as lists of succession ids).");
        group.MapGet("/slots", ListSlots)
            .WithName("ListSlots")
            .WithSummary("項目の変更履歴と、ある日の値 / Item histories, and their value on a day")
            .WithDescription("Slots (file + chapter + item path) whose file and path match, with their changes in date order, inconsistencies flagged; with asOf, each slot's value on that day.");
        group.MapGet("/contractors/{id}/municipalities", ContractorMunicipalities)
            .WithName("ContractorMunicipalities")
            .WithSummary("委託先が受託している自治体と期間 / The municipalities a contractor serves, from when to when")
            .WithDescription("A contractor is one entity across municipalities (the same company by its legal name): " +
                "the municipalities whose change logs name it, with the first and last dated rows. O(m log m) for its m mentions.");
        group.MapGet("/ask", Ask)
            .WithName("Ask")
            .WithSummary("日本語・英語の質問に答える / Answer a question in Japanese or English")
            .WithDescription("Answers in one sentence with the rows that prove it, e.g. 情報課はいつ情報政策課になった? An unanswerable question gets what was understood and suggestions.");
        return group;
    }

    public static Results<Ok<EntityListResponse>, ValidationProblem, ProblemHttpResult> ListEntities(
        [AsParameters] EntityParameters parameters,
        CrossReferenceIndex crossReference)
    {
        var input = new CrossReferenceInput();
        var type = input.Type(parameters.Type);
        var q = input.Text(parameters.Q, "q", CrossReferenceInput.MaxNameLength);
        var page = input.Page(parameters.Page);
        var size = input.Size(parameters.Size);
        var model = crossReference.ForRequest();
        var municipality = input.Municipality(parameters.Municipality, model);
        if (!input.IsValid)
        {
            return Invalid(input);
        }

        return TypedResults.Ok(CrossReferenceQueries.Entities(model, type, q, page, size, municipality));
    }

    public static Results<Ok<EntityDetailDto>, ProblemHttpResult> GetEntity(
        string id,
        CrossReferenceIndex crossReference)
    {

        var model = crossReference.ForRequest();
        if (model.Entity(id) is not { } entity)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "該当する実体がありません / No such entity",
                detail: $"実体 '{id}' は索引にありません。/api/entities?q=… で探してください。There is no entity '{id}'; find one with /api/entities?q=….");
        }

        return TypedResults.Ok(CrossReferenceDtos.Detail(model, entity));
    }

    public static Results<Ok<SuccessionListResponse>, ValidationProblem, ProblemHttpResult> ListSuccessions(
        [AsParameters] SuccessionParameters parameters,
        CrossReferenceIndex crossReference)
    {
        var input = new CrossReferenceInput();
        var type = input.Type(parameters.Type);
        var kind = input.Kind(parameters.Kind);
        var name = input.Text(parameters.Name, "name", CrossReferenceInput.MaxNameLength);
        var page = input.Page(parameters.Page);
        var size = input.Size(parameters.Size);
        var model = crossReference.ForRequest();
        var municipality = input.Municipality(parameters.Municipality, model);
        if (!input.IsValid)
        {
            return Invalid(input);
        }

        return TypedResults.Ok(CrossReferenceQueries.Successions(model, name, type, kind, page, size, municipality));
    }

    public static Results<Ok<SlotListResponse>, ValidationProblem, ProblemHttpResult> ListSlots(
        [AsParameters] SlotParameters parameters,
        CrossReferenceIndex crossReference)
    {
        var input = new CrossReferenceInput();
        var file = input.Text(parameters.File, "file", CrossReferenceInput.MaxNameLength);
        var path = input.Text(parameters.Path, "path", CrossReferenceInput.MaxNameLength);
        var asOf = parameters.AsOf;
        var page = input.Page(parameters.Page);
        var size = input.Size(parameters.Size);
        var model = crossReference.ForRequest();
        var municipality = input.Municipality(parameters.Municipality, model);
        if (!input.IsValid)
        {
            return Invalid(input);
        }

        return TypedResults.Ok(CrossReferenceQueries.Slots(model, file, path, asOf, page, size, municipality));
    }

    public static Results<Ok<AnswerDto>, ValidationProblem, ProblemHttpResult> Ask(
        [AsParameters] AskParameters parameters,
        CrossReferenceIndex crossReference,
        ChangeLogSearchService search)
    {
        var input = new CrossReferenceInput();
        var q = input.Text(parameters.Q, "q", CrossReferenceInput.MaxQuestionLength, required: true);
        var (model, answerer) = crossReference.ForRequestWithAnswerer();
        var municipality = input.Municipality(parameters.Municipality, model);
        if (!input.IsValid)
        {
            return Invalid(input);
        }

        var answer = answerer.Ask(q!, municipality);
        if (answer.Kind != QuestionIntent.Unknown)
        {
            return TypedResults.Ok(CrossReferenceDtos.Answer(model, answer));
        }

        // Never a dead end: the rows that best match the question's words, said to be a search result.
        // Within the municipality asked for or named in the question; one with no name in the catalog is a change log's id.
        var rows = search.RowsForQuestionWithin(q!, municipality ?? answer.Understood.Organisation);
        return TypedResults.Ok(CrossReferenceDtos.Answer(model, answer, rows.Select(r => r.Entry).ToList()));
    }

    public static Results<Ok<EntityMunicipalitiesResponse>, ProblemHttpResult> ContractorMunicipalities(
        string id,
        CrossReferenceIndex crossReference)
    {
        var model = crossReference.ForRequest();
        if (model.Entity(id) is { Type: not EntityType.Contractor } other)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "委託先ではありません / Not a contractor",
                detail: $"実体 '{id}' は{other.Type.JapaneseName()}で、委託先ではありません。/api/entities/{id} で見られます。Entity '{id}' is a {other.Type.Name()}, not a contractor; see /api/entities/{id}.");
        }

        if (model.Entity(id) is not { } contractor)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "該当する委託先がありません / No such contractor",
                detail: $"委託先 '{id}' は索引にありません。/api/entities?type=contractor&q=… で探してください。There is no contractor '{id}'; find one with /api/entities?type=contractor&q=….");
        }

        return TypedResults.Ok(new EntityMunicipalitiesResponse(CrossReferenceDtos.Ref(model, contractor.Id)!, CrossReferenceDtos.Municipalities(model, contractor)));
    }

    private static ValidationProblem Invalid(CrossReferenceInput input) =>
        TypedResults.ValidationProblem(input.Checks.Errors, detail: input.Checks.Detail, title: InputMessages.InvalidTitle);
}
