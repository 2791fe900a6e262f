using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using PiaSearch.Documents.Text;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Turns the text a person typed into a query. The text is normalised exactly as documents are (so
/// 委託 先名 and 委託先名 are the same query), read as Lucene syntax when it is valid, and otherwise searched
/// as plain words: a stray quote or a lone * is never an error.
/// </summary>
/// <remarks>
/// Every word is searched twice, as a phrase of Japanese words in the word fields and as a phrase of character
/// bigrams in their twins, and a row matches if either does. The word phrase is precise (情報課 is 情報 課, which
/// 情報政策課 is not); the bigram phrase finds substrings the analyzer split differently. Rows that the word
/// phrases alone would match come first.
/// </remarks>
internal sealed class QueryFactory(ChangeLogAnalyzers analyzers)
{
    public ParsedQuery Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text).Trim();
        if (TryParseSyntax(normalized, withBigrams: true) is { } matching && TryParseSyntax(normalized, withBigrams: false) is { } words)
        {
            return new ParsedQuery(new WholeWordsFirstQuery(matching, words), matching, new QueryInterpretation(normalized, PlainText: false));
        }

        var plain = BuildPlain(normalized, withBigrams: true);
        return new ParsedQuery(new WholeWordsFirstQuery(plain, BuildPlain(normalized, withBigrams: false)), plain, new QueryInterpretation(normalized, PlainText: true));
    }

    private Query? TryParseSyntax(string normalized, bool withBigrams)
    {
        try
        {
            // The parser is not thread-safe; one per query is cheap.
            return new ChangeLogQueryParser(analyzers.Query, withBigrams).Parse(normalized);
        }
        catch (ParseException)
        {
            return null;
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return null;
        }
    }

    /// <summary>Every whitespace-separated word must match in at least one field, as a phrase.</summary>
    private Query BuildPlain(string normalized, bool withBigrams)
    {
        var builder = new ChangeLogQueryBuilder(analyzers.Query);
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var anyField = new BooleanQuery(disableCoord: true);
            foreach (var field in ChangeLogQueryParser.Fields(withBigrams))
            {
                var clause = builder.CreatePhraseQuery(field, word);
                if (clause is null)
                {
                    continue;
                }

                clause.Boost = IndexFields.TextFieldBoosts[IndexFields.TextFieldOf(field)];
                anyField.Add(clause, Occur.SHOULD);
            }

            if (anyField.Clauses.Count > 0)
            {
                all.Add(anyField, Occur.MUST);
            }
        }

        return all;
    }
}
