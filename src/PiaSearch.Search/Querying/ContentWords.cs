using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// The content words of a query word that is really several words joined by particles (特定個人情報の消去): the
/// analyzer leaves the particles out, which shows as a gap between two words' offsets. Such a word is also searched
/// as its content words in any order and form (特定個人情報を…消去する). A name (情報政策課) has no gap and is left alone.
/// O(|word|).
/// </summary>
internal static class ContentWords
{
    /// <summary>True when the word is content words joined by something the analyzer drops, two distinct words at least.</summary>
    public static bool AreJoined(Analyzer analyzer, string word)
    {
        using var stream = analyzer.GetTokenStream(IndexFields.Words, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var gap = false;
        var end = -1;
        while (stream.IncrementToken())
        {
            if (end >= 0 && offsets.StartOffset > end)
            {
                gap = true;
            }

            end = Math.Max(end, offsets.EndOffset);
            terms.Add(term.ToString());
        }

        stream.End();
        return gap && terms.Count >= 2;
    }
}
