using System.Globalization;
using System.Text;

namespace PiaSearch.CrossReference.Evaluation;

/// <summary>
/// Scores an answer against a <see cref="QuestionCase"/>: every key fact must appear in the answer's text (compared
/// after NFKC width folding, without white space and case), and one of the expected rows must be among its evidence.
/// </summary>
public static class AnswerScorer
{
    public static QuestionScore Score(QuestionCase question, string answerText, IEnumerable<ExpectedRow> answerEvidence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answerEvidence);
        var text = Fold(answerText ?? string.Empty);
        var missing = question.Facts
            .Where(alternatives => !alternatives.Any(a => text.Contains(Fold(a), StringComparison.Ordinal)))
            .Select(alternatives => string.Join('|', alternatives))
            .ToList();
        var cited = answerEvidence.Distinct().ToList();
        var found = question.Evidence.Any(cited.Contains);
        return new QuestionScore(question, answerText ?? string.Empty, cited, missing, found);
    }

    /// <summary>Full-width and half-width forms made one (NFKC), white space removed, letters lower-cased.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var folded = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                folded.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return folded.ToString();
    }
}
