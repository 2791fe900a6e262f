using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// A bigram field holds 課 only inside 報課, 課長 and the like. A query for one Japanese character is therefore
/// widened, in the bigram fields, to the bigrams that start or end with it, plus the character itself where it
/// stood alone. In the word fields a single character is a word and is searched as one. A character is a code
/// point (𠮷 is two UTF-16 units). Each widening spends one of the query's <see cref="ExpansionBudget"/>.
/// </summary>
internal static class SingleCharacterQueries
{
    public static Query For(Term term, ExpansionBudget budget)
    {
        var text = term.Text;
        if (term.Field != IndexFields.All || !IsOneJapaneseCharacter(text) || !budget.TryTake())
        {
            return new TermQuery(term);
        }

        var any = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(term), Occur.SHOULD },
            { new PrefixQuery(term), Occur.SHOULD },
            { new WildcardQuery(new Term(term.Field, "?" + text)), Occur.SHOULD },
        };
        return any;
    }

    private static bool IsOneJapaneseCharacter(string text) =>
        text.Length is 1 or 2 && Rune.DecodeFromUtf16(text, out var rune, out var length) == System.Buffers.OperationStatus.Done
        && length == text.Length && BigramTokenizer.IsJapanese(rune);
}
