namespace PiaSearch.CrossReference.Evaluation;

/// <summary>How one answer did against its question's expectations.</summary>
/// <param name="Case">The question.</param>
/// <param name="AnswerText">The answer's sentence.</param>
/// <param name="AnswerEvidence">The rows the answer cited.</param>
/// <param name="MissingFacts">The key facts (each written as its alternatives joined by |) that the answer does not contain.</param>
/// <param name="EvidenceFound">Whether one of the expected rows is among the answer's evidence.</param>
public sealed record QuestionScore(
    QuestionCase Case,
    string AnswerText,
    IReadOnlyList<ExpectedRow> AnswerEvidence,
    IReadOnlyList<string> MissingFacts,
    bool EvidenceFound)
{
    /// <summary>Correct when every key fact is in the answer and it cites at least one expected row.</summary>
    public bool Correct => MissingFacts.Count == 0 && EvidenceFound;
}
