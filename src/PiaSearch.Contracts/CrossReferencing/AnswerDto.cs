using PiaSearch.CrossReference.Questions;
using System.Text.Json.Serialization;
using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>The answer to a question: one sentence, its kind, the data behind it and the rows that prove it.</summary>
/// <param name="Answer">One sentence, in the language of the question.</param>
/// <param name="Kind">whenRenamed, formerName, currentName, sinceWhen, valueAsOf, history, entity, or unknown.</param>
/// <param name="Data">What the sentence was made from.</param>
/// <param name="Evidence">Change rows.</param>
/// <param name="Understood">What was understood of the question.</param>
/// <param name="Suggestions">Questions that can be answered, when this one could not.</param>
/// <param name="Municipalities">The municipalities (or change logs, when unknown) the evidence comes from.</param>
public sealed record AnswerDto(
    string Answer,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<QuestionIntent>))] QuestionIntent Kind,
    AnswerDataDto Data,
    IReadOnlyList<EvidenceDto> Evidence,
    UnderstoodDto Understood,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<string> Municipalities);
