using System.Text.Json.Serialization;
using PiaSearch.CrossReference.Understanding;

namespace PiaSearch.Contracts.Searching;

/// <summary>Why a row matched: literal (the words as typed) or the expansion its text holds.</summary>
/// <param name="Kind">literal, spelling, abbreviation, formerName, laterName, renumbered, synonym, fuzzy or words.</param>
/// <param name="Term">The words as typed, or the expansion's term.</param>
/// <param name="EntityId">The cross-reference entity, for an expansion from a name.</param>
public sealed record MatchDto(
    [property: JsonConverter(typeof(CamelCaseEnumConverter<ExpansionKind>))] ExpansionKind Kind,
    string Term,
    string? EntityId);
