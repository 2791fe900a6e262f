using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// The content words of a text as the index's words field holds them: distinct, in order, without words written in
/// hiragana alone (particles, endings, most interrogatives) or without letters and digits. O(|text|).
/// </summary>
internal static class ContentTerms
{
    public static List<string> Of(Analyzer analyzer, string text, int max, Func<string, bool>? keep = null)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexFields.Words, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < max)
        {
            var word = term.ToString();
            if (!IsFunctionWord(word) && (keep is null || keep(word)) && !terms.Contains(word, StringComparer.Ordinal))
            {
                terms.Add(word);
            }
        }

        stream.End();
        return terms;
    }

    private static bool IsFunctionWord(string term) => term.All(c => c is >= '\u3041' and <= '\u309F' || !char.IsLetterOrDigit(c));
}
