namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>A drawn line of a table: vertical at <see cref="At"/> (x) from <see cref="From"/> to <see cref="To"/> (y), or horizontal the other way round.</summary>
internal readonly record struct Ruling(double At, double From, double To)
{
    public bool Covers(double value, double tolerance) => value >= From - tolerance && value <= To + tolerance;
}
