namespace PiaSearch.CrossReference.Evaluation;

/// <summary>A change row a correct answer may cite: the change log's id (its file name without extension) and the row's line.</summary>
public sealed record ExpectedRow(string DocumentId, int Line)
{
    public override string ToString() => $"{DocumentId}:{Line}";
}
