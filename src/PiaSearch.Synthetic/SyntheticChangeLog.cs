namespace PiaSearch.Synthetic;

/// <summary>A generated change log: its file name stem, its metadata and its TSV text.</summary>
public sealed record SyntheticChangeLog(string Id, string Municipality, string Evaluation, string Content, int Rows);
