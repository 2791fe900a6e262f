namespace PiaSearch.CrossReference.Contracts;

/// <summary>Entities that match a query, best first.</summary>
public sealed record EntityListResponse(int Total, IReadOnlyList<EntitySummaryDto> Entities);
