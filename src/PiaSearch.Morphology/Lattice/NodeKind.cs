namespace PiaSearch.Morphology.Lattice;

/// <summary>Where a lattice node's entry lives.</summary>
internal enum NodeKind : byte
{
    Known,
    Unknown,
    User,
    Boundary,
}
