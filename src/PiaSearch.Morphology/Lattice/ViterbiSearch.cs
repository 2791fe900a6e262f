using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Lattice;

/// <summary>
/// The forward step of the Viterbi search: gives each new node its cheapest left neighbour (path cost + connection
/// cost of the left node's right id and the new node's left id + the new node's word cost). Nodes are connected
/// newest first and left neighbours tried in end-list order with a strict "cheaper than", exactly as MeCab does, so
/// ties go the same way.
/// </summary>
internal sealed class ViterbiSearch
{
    private readonly short[] _matrix;
    private readonly int _leftSize;
    private readonly int[] _memoStamp;
    private readonly long[] _memoCost;
    private readonly int[] _memoNode;
    private int _stamp;

    public ViterbiSearch(ConnectionCosts connections)
    {
        _matrix = connections.Raw;
        _leftSize = connections.LeftSize;
        _memoStamp = new int[connections.RightSize];
        _memoCost = new long[connections.RightSize];
        _memoNode = new int[connections.RightSize];
    }

    /// <summary>Connects the nodes <paramref name="first"/>..<paramref name="last"/>-1, which all start at <paramref name="position"/>.</summary>
    public void Connect(WordLattice lattice, int position, int first, int last)
    {
        // Nodes of one lookup that share a left id share their best left neighbour: remember it per left id.
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_memoStamp);
            _stamp = 1;
        }

        var nodes = lattice.Nodes;
        var head = lattice.EndHead(position);
        for (var r = last - 1; r >= first; r--)
        {
            ref var node = ref nodes[r];
            int leftId = node.LeftId;
            long best;
            int bestNode;
            if (_memoStamp[leftId] == _stamp)
            {
                best = _memoCost[leftId];
                bestNode = _memoNode[leftId];
            }
            else
            {
                (best, bestNode) = BestLeft(nodes, head, _leftSize * leftId);
                _memoStamp[leftId] = _stamp;
                _memoCost[leftId] = best;
                _memoNode[leftId] = bestNode;
            }

            node.Cost = best + node.WordCost;
            node.Previous = bestNode;
            lattice.LinkAtEnd(r);
        }
    }

    /// <summary>The cheapest way for a word with the given left id to follow the nodes ending at a position.</summary>
    public (long Cost, int Node) BestLeft(LatticeNode[] nodes, int head, int row)
    {
        var matrix = _matrix;
        var best = long.MaxValue;
        var bestNode = -1;
        for (var l = head; l >= 0; l = nodes[l].NextAtEnd)
        {
            var cost = nodes[l].Cost + matrix[row + nodes[l].RightId];
            if (cost < best)
            {
                best = cost;
                bestNode = l;
            }
        }

        return (best, bestNode);
    }

    public int Cost(int leftRightId, int rightLeftId) => _matrix[leftRightId + _leftSize * rightLeftId];
}
