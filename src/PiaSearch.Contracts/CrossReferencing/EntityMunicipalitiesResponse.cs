using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>The municipalities an entity (a contractor, usually) appears in, earliest first.</summary>
public sealed record EntityMunicipalitiesResponse(EntityRefDto Entity, IReadOnlyList<OrganisationSpanDto> Municipalities);
