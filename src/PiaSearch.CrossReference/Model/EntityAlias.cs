namespace PiaSearch.CrossReference.Model;

/// <summary>A surface form of an entity as written, and every place it was written so.</summary>
/// <param name="Surface">As written (white space made single).</param>
/// <param name="Suspect">The spelling looks like an OCR or typing error (folded when resolving).</param>
/// <param name="Occurrences">Where it occurred.</param>
public sealed record EntityAlias(string Surface, bool Suspect, IReadOnlyList<Occurrence> Occurrences);
