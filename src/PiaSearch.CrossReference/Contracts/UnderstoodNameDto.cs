namespace PiaSearch.CrossReference.Contracts;

/// <summary>A name found in a question and the entity it denotes.</summary>
public sealed record UnderstoodNameDto(string Text, EntityRefDto Entity);
