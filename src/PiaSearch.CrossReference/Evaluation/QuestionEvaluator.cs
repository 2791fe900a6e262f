using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Evaluation;

/// <summary>Asks every question of a set through the question answerer (the one <c>/api/ask</c> uses) and scores the answers. O(Q) questions.</summary>
public static class QuestionEvaluator
{
    /// <param name="questions">The question set.</param>
    /// <param name="ask">Answers a question, with the municipality parameter to ask with (null for none).</param>
    public static QuestionEvaluationReport Evaluate(IEnumerable<QuestionCase> questions, Func<string, string?, Answer> ask)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(ask);
        var scores = questions
            .Select(q => (Case: q, Answer: ask(q.Question, q.Municipality)))
            .Select(a => AnswerScorer.Score(a.Case, a.Answer.Text, a.Answer.Evidence.Select(e => new ExpectedRow(e.DocumentId, e.Line))))
            .ToList();
        return new QuestionEvaluationReport(scores);
    }
}
