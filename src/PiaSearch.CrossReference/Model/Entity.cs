namespace PiaSearch.CrossReference.Model;

/// <summary>
/// A thing the change logs mention — a contractor, a department, a law, a person, a phone number, a system or
/// a document — with the names it had over time and every spelling of them.
/// </summary>
/// <param name="Id">Stable id: type and a hash of its first name (contractor-1a2b3c4d5e6f7a8b).</param>
/// <param name="Type">What it is.</param>
/// <param name="Name">Its latest name.</param>
/// <param name="Names">Its names in the order they appeared; more than one after a rename.</param>
/// <param name="Aliases">Every surface form, with where it occurred.</param>
/// <param name="IsPlaceholder">A placeholder such as 未定.</param>
/// <param name="Scope">The organisation of a local entity (department, person, phone): "@" and its municipality, or the change log; else null.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<EntityName> Names,
    IReadOnlyList<EntityAlias> Aliases,
    bool IsPlaceholder,
    string? Scope)
{
    public int MentionCount => Aliases.Sum(a => a.Occurrences.Count);
}
