namespace PiaSearch.Synthetic;

/// <summary>What to generate: how many municipalities, how many change rows each, from which seed.</summary>
public sealed record SyntheticCorpusOptions(int Municipalities, int RowsPerLog, int Seed = 1)
{
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Municipalities, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RowsPerLog, 1);
    }
}
