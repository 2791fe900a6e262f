using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>Entities that match a query, best first.</summary>
public sealed record EntityListResponse(int Total, IReadOnlyList<EntitySummaryDto> Entities);
