using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// A succession: in the rows given as evidence, on one date, a name of one type was renamed, replaced,
/// assigned, renumbered, added or removed.
/// </summary>
public sealed record Succession(
    string Id,
    EntityType Type,
    SuccessionKind Kind,
    SuccessionEnd? Before,
    SuccessionEnd? After,
    DateSpan? Date,
    IReadOnlyList<EvidenceRow> Evidence,
    double Confidence,
    IReadOnlyList<string> Reasons);
