namespace PiaSearch.CrossReference.Resolution;

/// <summary>
/// Disjoint sets of entities from several organisations' parts in which no set ever holds two entities of one part:
/// a part saw all of its organisation's rows and kept those two apart, so no name shared with other organisations may
/// join them. A union that would break this is refused. Each set keeps the parts it holds; sets are merged smaller
/// into larger, so n unions cost O(n log n) in all.
/// </summary>
internal sealed class PartDisjointSets
{
    private readonly IReadOnlyList<int> _partOf;
    private readonly UnionFind _sets;
    private readonly Dictionary<int, HashSet<int>> _parts = [];

    /// <param name="partOf">The part of each member.</param>
    public PartDisjointSets(IReadOnlyList<int> partOf)
    {
        _partOf = partOf;
        _sets = new UnionFind(partOf.Count);
    }

    public int Find(int member) => _sets.Find(member);

    /// <summary>Joins the sets of the two members unless they hold entities of one part; true when they are one set after.</summary>
    public bool TryUnion(int a, int b)
    {
        var ra = _sets.Find(a);
        var rb = _sets.Find(b);
        if (ra == rb)
        {
            return true;
        }

        var pa = PartsOf(ra);
        var pb = PartsOf(rb);
        var (small, large) = pa.Count <= pb.Count ? (pa, pb) : (pb, pa);
        if (small.Overlaps(large))
        {
            return false;
        }

        large.UnionWith(small);
        _parts.Remove(ra);
        _parts.Remove(rb);
        _sets.Union(ra, rb);
        _parts[_sets.Find(ra)] = large;
        return true;
    }

    private HashSet<int> PartsOf(int root) =>
        _parts.TryGetValue(root, out var parts) ? parts : [_partOf[root]];
}
