namespace PiaSearch.Api.Contracts;

/// <summary>Suggested names, best first.</summary>
public sealed record SuggestResponse(IReadOnlyList<SuggestionDto> Suggestions);

/// <summary>A name to search for, and the entity it belongs to.</summary>
/// <param name="Text">The name.</param>
/// <param name="Type">contractor, department, statute, person, phone, system or document.</param>
/// <param name="EntityId">The entity, for /api/entities/{id} and entity=.</param>
/// <param name="Match">name: one of its names or spellings contains what was typed; fuzzy: one starts a few edits away from it.</param>
public sealed record SuggestionDto(string Text, string Type, string EntityId, string Match);
