namespace PiaSearch.Morphology.Lattice;

/// <summary>
/// The lattice of one stretch of text: every candidate node, the list of nodes ending at each position (newest
/// first, as MeCab keeps them, which decides ties) and the nodes created by the lookup at each position. The
/// arrays are reused from one stretch to the next.
/// </summary>
internal sealed class WordLattice
{
    private LatticeNode[] _nodes = new LatticeNode[1024];
    private int[] _endHeads = new int[256];
    private int[] _beginFirst = new int[256];
    private int[] _beginLast = new int[256];
    private int _used;

    public WordLattice()
    {
        Array.Fill(_endHeads, -1);
    }

    public string Text { get; private set; } = string.Empty;

    /// <summary>First position of the stretch.</summary>
    public int From { get; private set; }

    /// <summary>End of the stretch.</summary>
    public int To { get; private set; }

    public int Count { get; private set; }

    /// <summary>The furthest end of any node so far: a position no node crosses is one where paths meet.</summary>
    public int MaxEnd { get; private set; }

    public LatticeNode[] Nodes => _nodes;

    public void Reset(string text, int from, int to)
    {
        // Only the slots the previous stretch touched need clearing; a long text is analysed in many stretches.
        Array.Fill(_endHeads, -1, 0, _used);
        Array.Clear(_beginFirst, 0, _used);
        Array.Clear(_beginLast, 0, _used);
        _used = 0;
        Text = text;
        From = from;
        To = to;
        Count = 0;
        MaxEnd = from;
    }

    public ref LatticeNode this[int index] => ref _nodes[index];

    public int Add(NodeKind kind, int entry, int begin, int start, int end, short leftId, short rightId, int wordCost)
    {
        if (Count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        ref var node = ref _nodes[Count];
        node.Kind = kind;
        node.Entry = entry;
        node.Begin = begin;
        node.Start = start;
        node.End = end;
        node.LeftId = leftId;
        node.RightId = rightId;
        node.WordCost = wordCost;
        node.Cost = 0;
        node.Previous = -1;
        node.NextAtEnd = -1;
        if (end > MaxEnd)
        {
            MaxEnd = end;
            Touch(end - From);
        }

        return Count++;
    }

    /// <summary>The first node ending at <paramref name="position"/>, or -1; follow <see cref="LatticeNode.NextAtEnd"/>.</summary>
    public int EndHead(int position)
    {
        var slot = position - From;
        return slot < _used ? _endHeads[slot] : -1;
    }

    /// <summary>Puts a node at the head of the list of nodes ending where it ends.</summary>
    public void LinkAtEnd(int index)
    {
        ref var node = ref _nodes[index];
        var slot = node.End - From;
        Touch(slot);
        node.NextAtEnd = _endHeads[slot];
        _endHeads[slot] = index;
    }

    public void SetBegin(int position, int first, int last)
    {
        Touch(position - From);
        _beginFirst[position - From] = first;
        _beginLast[position - From] = last;
    }

    /// <summary>The nodes created by the lookup at <paramref name="position"/>: indexes first..last-1.</summary>
    public (int First, int Last) BeginRange(int position)
    {
        var slot = position - From;
        return slot < _used ? (_beginFirst[slot], _beginLast[slot]) : (0, 0);
    }

    private void Touch(int slot)
    {
        if (slot >= _endHeads.Length)
        {
            var capacity = Math.Max(slot + 1, _endHeads.Length * 2);
            var oldLength = _endHeads.Length;
            Array.Resize(ref _endHeads, capacity);
            Array.Fill(_endHeads, -1, oldLength, capacity - oldLength);
            Array.Resize(ref _beginFirst, capacity);
            Array.Resize(ref _beginLast, capacity);
        }

        if (slot >= _used)
        {
            _used = slot + 1;
        }
    }
}
