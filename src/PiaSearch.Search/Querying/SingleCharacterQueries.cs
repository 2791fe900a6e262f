using Lucene.Net.Index;
using Lucene.Net.Search;
using PiaSearch.Documents.Text;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// A bigram field holds 課 only inside 報課, 課長 and the like. A query for one Japanese character is therefore
/// widened, in the bigram fields, to the bigrams that start or end with it, plus the character itself where it
/// stood alone. In the word fields a single character is a word and is searched as one.
/// </summary>
internal static class SingleCharacterQueries
{
    public static Query For(Term term)
    {
        var text = term.Text;
        if (text.Length != 1 || !JapaneseScript.IsJapanese(text[0]) || term.Field != IndexFields.All)
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
}
