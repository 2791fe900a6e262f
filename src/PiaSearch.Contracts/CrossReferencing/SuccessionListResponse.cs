using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>
/// A page of the successions that match (<paramref name="Total"/> in all), the chains the page's successions belong
/// to (as lists of succession ids, earliest first), and the other successions of those chains.
/// </summary>
public sealed record SuccessionListResponse(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SuccessionDto> Successions,
    IReadOnlyList<IReadOnlyList<string>> Chains,
    IReadOnlyList<SuccessionDto> Linked);
