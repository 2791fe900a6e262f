namespace PiaSearch.Api.Contracts;

/// <summary>The values each search filter can take, as found in the index.</summary>
public sealed record FilterValuesResponse(
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Chapters,
    IReadOnlyList<string> Timings,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Years,
    IReadOnlyList<string> EntityTypes,
    IReadOnlyList<string> Municipalities);
