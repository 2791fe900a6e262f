using System.Text.Json.Serialization;
using PiaSearch.CrossReference.Understanding;

namespace PiaSearch.Contracts.Searching;

/// <summary>Another way of writing a word of the query that was searched too, ranked below the word as typed.</summary>
/// <param name="Word">The query word it stands for.</param>
/// <param name="Kind">spelling, abbreviation, formerName, laterName, renumbered, synonym, fuzzy or words (the content words in another order or form).</param>
/// <param name="Term">What was searched.</param>
/// <param name="EntityId">The cross-reference entity both name, when known.</param>
/// <param name="Date">When the name or number changed (formerName, laterName, renumbered).</param>
/// <param name="Since">Only rows dated on or after this day were searched for it.</param>
/// <param name="Until">Only rows dated before this day were searched for it.</param>
public sealed record ExpansionDto(
    string Word,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<ExpansionKind>))] ExpansionKind Kind,
    string Term,
    string? EntityId,
    DateOnly? Date,
    DateOnly? Since,
    DateOnly? Until);
