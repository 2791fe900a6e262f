using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Questions;

/// <summary>One value in a history: what it was, from which change.</summary>
public sealed record HistoryStep(string Value, DateSpan? Date, string DocumentId, int? Line);
