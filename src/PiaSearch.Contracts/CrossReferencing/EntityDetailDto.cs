using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>Everything known about an entity: names, spellings with the rows they occur in, timeline, successions.</summary>
public sealed record EntityDetailDto(
    string Id,
    string Type,
    string Name,
    bool Placeholder,
    IReadOnlyList<NameDto> Names,
    IReadOnlyList<AliasDto> Aliases,
    TimelineDto Timeline,
    IReadOnlyList<SuccessionDto> Successions,
    IReadOnlyList<OrganisationSpanDto> Municipalities);
