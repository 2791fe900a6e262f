using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>An entity in a list.</summary>
/// <param name="Id">Entity id.</param>
/// <param name="Type">contractor, department, statute, person, phone, system or document.</param>
/// <param name="Name">Its latest name.</param>
/// <param name="Names">All its names, oldest first.</param>
/// <param name="Mentions">How many times it is mentioned.</param>
/// <param name="FirstSeen">Date of the first row that mentions it.</param>
/// <param name="LastSeen">Date of the last row that mentions it.</param>
/// <param name="Placeholder">A placeholder such as 未定.</param>
public sealed record EntitySummaryDto(string Id, string Type, string Name, IReadOnlyList<string> Names, int Mentions, DateDto? FirstSeen, DateDto? LastSeen, bool Placeholder);
