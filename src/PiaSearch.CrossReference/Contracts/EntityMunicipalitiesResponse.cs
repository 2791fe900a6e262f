namespace PiaSearch.CrossReference.Contracts;

/// <summary>The municipalities an entity (a contractor, usually) appears in, earliest first.</summary>
public sealed record EntityMunicipalitiesResponse(EntityRefDto Entity, IReadOnlyList<OrganisationSpanDto> Municipalities);
