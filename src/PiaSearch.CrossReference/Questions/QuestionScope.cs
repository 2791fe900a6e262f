using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Questions;

/// <summary>Whether a row belongs to the organisation a question is about (every row when it names none).</summary>
internal static class QuestionScope
{
    public static bool Holds(CrossReferenceModel model, ParsedQuestion q, string documentId) =>
        q.Organisation is null || string.Equals(model.Lookups.OrganisationOf(documentId), q.Organisation, StringComparison.Ordinal);
}
