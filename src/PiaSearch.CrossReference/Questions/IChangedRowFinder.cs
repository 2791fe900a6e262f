using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// Finds the change rows whose text changed from some words to others (the search index does it: the model holds
/// names, not every word). Cost must not grow with the corpus beyond the postings of the words asked for.
/// </summary>
public interface IChangedRowFinder
{
    /// <summary>
    /// Rows whose 変更前 holds the content words of <paramref name="from"/> (when given) and whose 変更後 holds those
    /// of <paramref name="to"/>, the latter not all already in 変更前; rows that also hold the words of
    /// <paramref name="about"/> first; at most <paramref name="max"/>.
    /// </summary>
    /// <param name="from">What the text said before; null when the question does not say.</param>
    /// <param name="to">What it says after.</param>
    /// <param name="about">What the text is about (既存住記システムの認証), to rank by; null when not said.</param>
    /// <param name="organisation">Only this municipality's change logs; null for all.</param>
    /// <param name="max">At most this many rows.</param>
    IReadOnlyList<ChangeEntry> Changed(string? from, string to, string? about, string? organisation, int max);
}
