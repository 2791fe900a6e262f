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
    IReadOnlyList<string> Municipalities)
{
    /// <summary>
    /// When the question could not be answered: the change rows that best match its words, best first. A search
    /// result, not an answer (<see cref="SearchNote"/> says so). Empty when the question was answered.
    /// </summary>
    public IReadOnlyList<AnswerRowDto> SearchResults { get; init; } = [];

    /// <summary>With <see cref="SearchResults"/>: that they are search results, not an answer, in the question's language.</summary>
    public string? SearchNote { get; init; }
}

/// <summary>A change row offered for a question that could not be answered.</summary>
/// <param name="Document">The change log.</param>
/// <param name="Municipality">Its municipality, when known.</param>
/// <param name="Line">The row's line.</param>
/// <param name="Date">変更日, as written and as a period.</param>
/// <param name="Item">項目.</param>
/// <param name="Before">変更前の記載.</param>
/// <param name="After">変更後の記載.</param>
public sealed record AnswerRowDto(string Document, string? Municipality, int Line, DateDto? Date, string Item, string Before, string After);
