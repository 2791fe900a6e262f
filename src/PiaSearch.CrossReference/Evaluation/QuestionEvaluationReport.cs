namespace PiaSearch.CrossReference.Evaluation;

/// <summary>The scores of a question set, in the set's order, with counts per change log.</summary>
public sealed record QuestionEvaluationReport(IReadOnlyList<QuestionScore> Scores)
{
    public int Correct => Scores.Count(s => s.Correct);

    public int Total => Scores.Count;

    /// <summary>Correct and total per <see cref="QuestionCase.Log"/>, in the order the logs first appear.</summary>
    public IReadOnlyList<(string Log, int Correct, int Total)> ByLog =>
        Scores.GroupBy(s => s.Case.Log, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(s => s.Correct), g.Count()))
            .ToList();
}
