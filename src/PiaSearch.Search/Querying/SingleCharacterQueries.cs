using Lucene.Net.Index;
using Lucene.Net.Search;
using PiaSearch.Documents.Text;

namespace PiaSearch.Search.Querying;

/// <summary>
/// A bigram index holds 課 only inside 報課, 課長 and the like. A query for one Japanese character is
/// therefore widened to the bigrams that start or end with it, plus the character itself where it stood alone.
/// </summary>
internal static class SingleCharacterQueries
{
    public static Query For(Term term)
    {
        var text = term.Text;
        if (text.Length != 1 || !JapaneseScript.IsJapanese(text[0]))
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
