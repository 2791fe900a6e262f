using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A name found in a question and the entity it denotes.</summary>
public sealed record UnderstoodNameDto(string Text, EntityRefDto Entity);
