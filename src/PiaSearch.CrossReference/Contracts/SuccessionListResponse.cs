namespace PiaSearch.CrossReference.Contracts;

/// <summary>Successions that match, and the chains they belong to (as lists of succession ids, earliest first).</summary>
public sealed record SuccessionListResponse(int Total, IReadOnlyList<SuccessionDto> Successions, IReadOnlyList<IReadOnlyList<string>> Chains);
