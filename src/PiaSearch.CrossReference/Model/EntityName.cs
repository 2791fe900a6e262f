using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Model;

/// <summary>One of the names an entity had, and when it was in use.</summary>
/// <param name="Name">The name as usually written.</param>
/// <param name="FirstSeen">Date of the first row that uses it.</param>
/// <param name="LastSeen">Date of the last row that uses it.</param>
/// <param name="Mentions">How many times it occurs.</param>
/// <param name="ClusterId">The name cluster.</param>
public sealed record EntityName(string Name, DateSpan? FirstSeen, DateSpan? LastSeen, int Mentions, int ClusterId);
