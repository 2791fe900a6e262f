namespace PiaSearch.CrossReference.Successions;

/// <summary>One side of a change: the name (for a statute, the law), the provision cited, and the name cluster.</summary>
/// <param name="Name">The name as usually written (the cluster's name).</param>
/// <param name="Surface">As written in this row.</param>
/// <param name="Provision">Statutes: the provision cited, or null.</param>
/// <param name="ClusterId">The name cluster, or -1 for a list label (システム2) that names no entity.</param>
public sealed record SuccessionSide(string Name, string Surface, string? Provision, int ClusterId)
{
    /// <summary>Name and provision: 番号法第19条第8号.</summary>
    public string Citation => Provision is null ? Name : Name + Provision;
}
