using PiaSearch.CrossReference.Questions;
using System.Text.Json.Serialization;
using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>What was understood of a question.</summary>
/// <param name="Intent">What it was taken to ask.</param>
/// <param name="Names">Known names found in it, as entity references with the text matched.</param>
/// <param name="Date">The day or period it asks about.</param>
/// <param name="Role">The kind of value asked for (委託先, 所属長…).</param>
/// <param name="SlotWords">File names and numbered labels (委託事項1) that locate a slot.</param>
/// <param name="Language">ja or en.</param>
public sealed record UnderstoodDto(
    [property: JsonConverter(typeof(CamelCaseEnumConverter<QuestionIntent>))] QuestionIntent Intent,
    IReadOnlyList<UnderstoodNameDto> Names,
    DateDto? Date,
    string? Role,
    IReadOnlyList<string> SlotWords,
    string Language,
    string? Municipality = null);
