using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A municipality whose change logs mention an entity, from when to when.</summary>
/// <param name="Municipality">The municipality (目黒区), or the change log's id when its municipality is not known.</param>
/// <param name="Known">False when <paramref name="Municipality"/> is only a change log's id.</param>
/// <param name="Documents">The change logs that mention it.</param>
/// <param name="From">The first dated row.</param>
/// <param name="To">The last dated row.</param>
/// <param name="Rows">Rows that mention it.</param>
public sealed record OrganisationSpanDto(string Municipality, bool Known, IReadOnlyList<string> Documents, DateDto? From, DateDto? To, int Rows);
