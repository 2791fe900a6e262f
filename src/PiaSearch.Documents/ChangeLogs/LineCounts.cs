namespace PiaSearch.Documents.ChangeLogs;

/// <summary>How the lines of a change log were classified.</summary>
public sealed record LineCounts(int Total, int Blank, int Headers, int Titles, int Content);
