namespace PiaSearch.CrossReference.Successions;

/// <summary>One end of a succession: the name, the provision for a statute, and the entity it belongs to.</summary>
public sealed record SuccessionEnd(string Name, string? Provision, string? EntityId)
{
    public string Citation => Provision is null ? Name : Name + Provision;
}
