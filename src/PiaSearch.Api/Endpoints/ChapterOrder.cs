namespace PiaSearch.Api.Endpoints;

/// <summary>Orders chapters as the evaluation does: I, II, … VI, then 別添1, 別添2, ….</summary>
public sealed class ChapterOrder : IComparer<string>
{
    public static ChapterOrder Instance { get; } = new();

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI"];

    public int Compare(string? x, string? y) => Rank(x).CompareTo(Rank(y)) is var c and not 0 ? c : string.CompareOrdinal(x, y);

    private static int Rank(string? chapter)
    {
        if (chapter is null)
        {
            return int.MaxValue;
        }

        var roman = Array.IndexOf(Roman, chapter);
        if (roman >= 0)
        {
            return roman;
        }

        return chapter.StartsWith("別添", StringComparison.Ordinal) && int.TryParse(chapter.AsSpan(2), out var n) ? 100 + n : 1000;
    }
}
