namespace PiaSearch.Documents.ChangeLogs;

/// <summary>Something the parser noticed on a line: a warning on a kept row or the reason a row was rejected.</summary>
/// <param name="Line">1-based line number in the source.</param>
/// <param name="Reason">What is wrong, in words a person understands.</param>
/// <param name="Content">The line (shortened) for context.</param>
public sealed record ParseIssue(int Line, string Reason, string Content);
