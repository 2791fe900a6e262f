using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>One end of a succession: the name, the provision for a statute, and the entity.</summary>
public sealed record SuccessionEndDto(string Name, string? Provision, string Citation, string? EntityId);
