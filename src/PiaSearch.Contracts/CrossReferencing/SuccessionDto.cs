using PiaSearch.CrossReference.Successions;
using System.Text.Json.Serialization;
using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A succession: a name renamed, replaced, assigned, renumbered, added or removed, on a date, with the rows that show it.</summary>
/// <param name="Kind">rename, replace, assign, renumber, add or remove.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="Reasons">Why the detector decided so, in Japanese and English.</param>
public sealed record SuccessionDto(
    string Id,
    string Type,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<SuccessionKind>))] SuccessionKind Kind,
    SuccessionEndDto? Before,
    SuccessionEndDto? After,
    DateDto? Date,
    IReadOnlyList<EvidenceDto> Evidence,
    double Confidence,
    IReadOnlyList<string> Reasons);
