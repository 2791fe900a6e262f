namespace PiaSearch.Morphology.Lattice;

/// <summary>One candidate word in the lattice, with its best path so far (the Viterbi state).</summary>
internal struct LatticeNode
{
    /// <summary>The position whose lookup created the node; whitespace between it and <see cref="Start"/> was skipped.</summary>
    public int Begin;

    /// <summary>First character of the surface.</summary>
    public int Start;

    /// <summary>One past the last character of the surface.</summary>
    public int End;

    /// <summary>Index of the entry in the table of <see cref="Kind"/>.</summary>
    public int Entry;

    public short LeftId;

    public short RightId;

    public int WordCost;

    /// <summary>Cost of the best path from the beginning up to and including this node.</summary>
    public long Cost;

    /// <summary>The node before this one on that best path, or -1.</summary>
    public int Previous;

    /// <summary>The next node that ends where this one ends (MeCab's enext), or -1.</summary>
    public int NextAtEnd;

    public NodeKind Kind;
}
