using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Successions;

/// <summary>A succession seen in one change row.</summary>
/// <param name="EntryId">The row.</param>
/// <param name="DocumentId">Its change log.</param>
/// <param name="Line">Its line.</param>
/// <param name="Date">Its 変更日.</param>
/// <param name="SlotKey">The slot the row changes.</param>
/// <param name="Type">The type of the names.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Before">The name before, null for an addition.</param>
/// <param name="After">The name after, null for a removal.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="Reasons">Why the detector decided so.</param>
public sealed record RowChange(
    string EntryId,
    string DocumentId,
    int Line,
    DateSpan? Date,
    string SlotKey,
    EntityType Type,
    SuccessionKind Kind,
    SuccessionSide? Before,
    SuccessionSide? After,
    double Confidence,
    IReadOnlyList<string> Reasons);
