namespace PiaSearch.CrossReference.Evaluation;

/// <summary>One question of a question set, with what a correct answer must hold.</summary>
/// <param name="Line">The line of the questions file it was read from.</param>
/// <param name="Id">A short id (q001).</param>
/// <param name="Log">The change log the question is counted under (the id of the log it is about).</param>
/// <param name="Municipality">The <c>municipality=</c> parameter to ask with; null for none.</param>
/// <param name="Question">The question as staff would type it.</param>
/// <param name="Facts">Each key fact is a list of alternatives; the answer must contain one alternative of every fact.</param>
/// <param name="Evidence">Rows that prove the answer; at least one must be among the answer's evidence.</param>
public sealed record QuestionCase(
    int Line,
    string Id,
    string Log,
    string? Municipality,
    string Question,
    IReadOnlyList<IReadOnlyList<string>> Facts,
    IReadOnlyList<ExpectedRow> Evidence);
