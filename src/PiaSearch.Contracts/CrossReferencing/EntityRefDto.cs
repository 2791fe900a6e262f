using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A reference to a cross-reference entity.</summary>
/// <param name="Id">Entity id, usable as <c>entity=</c> in a search and in <c>/api/entities/{id}</c>.</param>
/// <param name="Type">contractor, department, statute, person, phone, system or document.</param>
/// <param name="Name">Its latest name.</param>
public sealed record EntityRefDto(string Id, string Type, string Name);
