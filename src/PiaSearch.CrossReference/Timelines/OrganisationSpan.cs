using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Timelines;

/// <summary>
/// An organisation (municipality) whose change logs mention an entity: which logs, from the first dated row to the
/// last, and in how many rows.
/// </summary>
public sealed record OrganisationSpan(string Organisation, bool Known, IReadOnlyList<string> Documents, DateSpan? From, DateSpan? To, int Rows);
