using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>A labelled field of a section other than the change table, as a reader found it.</summary>
/// <param name="Path">Where it is in the evaluation: the headings over it and its label, joined by " > ".</param>
/// <param name="Text">Its text as printed, wrapped lines joined.</param>
/// <param name="Source">The page or sheet and row of its label.</param>
public sealed record DocumentSection(string Path, string Text, EntrySource Source);
