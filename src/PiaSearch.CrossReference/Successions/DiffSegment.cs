namespace PiaSearch.CrossReference.Successions;

/// <summary>A stretch of a diff: equal text, or a change (deletion, insertion or both) between the two sides.</summary>
/// <param name="Equal">True for unchanged text.</param>
/// <param name="BeforeStart">Start in the before text.</param>
/// <param name="BeforeEnd">End in the before text.</param>
/// <param name="AfterStart">Start in the after text.</param>
/// <param name="AfterEnd">End in the after text.</param>
internal readonly record struct DiffSegment(bool Equal, int BeforeStart, int BeforeEnd, int AfterStart, int AfterEnd);
