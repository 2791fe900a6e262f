namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// matrix.def: the cost of a word whose right context id is <c>left</c> followed by a word whose left context id
/// is <c>right</c>. Stored as MeCab stores it, one contiguous row per right-hand word, so the inner loop of the
/// Viterbi search (many left words, one right word) walks memory in order.
/// </summary>
public sealed class ConnectionCosts
{
    private readonly short[] _costs;

    public ConnectionCosts(int leftSize, int rightSize, short[] costs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leftSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rightSize);
        ArgumentNullException.ThrowIfNull(costs);
        if (costs.Length != leftSize * rightSize)
        {
            throw new ArgumentException($"Expected {leftSize}×{rightSize} costs, got {costs.Length}.", nameof(costs));
        }

        LeftSize = leftSize;
        RightSize = rightSize;
        _costs = costs;
    }

    /// <summary>Number of right context ids a left-hand word can have.</summary>
    public int LeftSize { get; }

    /// <summary>Number of left context ids a right-hand word can have.</summary>
    public int RightSize { get; }

    public int Cost(int leftWordRightId, int rightWordLeftId) => _costs[leftWordRightId + LeftSize * rightWordLeftId];

    internal short[] Raw => _costs;
}
