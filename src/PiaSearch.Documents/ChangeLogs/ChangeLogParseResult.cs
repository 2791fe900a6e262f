namespace PiaSearch.Documents.ChangeLogs;

/// <summary>
/// Everything the parser made of a change log. Every content line is accounted for:
/// <c>Entries.Count + Rejected.Count == ContentLines</c>.
/// </summary>
public sealed record ChangeLogParseResult(
    string DocumentId,
    IReadOnlyList<ChangeEntry> Entries,
    IReadOnlyList<ParseIssue> Rejected,
    IReadOnlyList<ParseIssue> Warnings,
    LineCounts Lines);
