namespace PiaSearch.Search.Querying;

/// <summary>
/// How many more terms of one query may expand into index terms (see <see cref="QuerySyntaxLimits.MaxExpandingTerms"/>).
/// One per query being built; not shared between threads.
/// </summary>
internal sealed class ExpansionBudget
{
    private int _left = QuerySyntaxLimits.MaxExpandingTerms;

    /// <summary>True when something was searched more narrowly than written because the budget was spent.</summary>
    public bool Exhausted { get; private set; }

    public bool TryTake()
    {
        if (_left > 0)
        {
            _left--;
            return true;
        }

        Exhausted = true;
        return false;
    }
}
