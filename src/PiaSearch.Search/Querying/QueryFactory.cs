using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using PiaSearch.Documents.Text;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Turns the text a person typed into a query. The text is normalised exactly as documents are (so
/// 委託 先名 and 委託先名 are the same query), read as Lucene syntax when it is valid, and otherwise searched
/// as plain words: a stray quote, a lone * or an unfinished /[ is never an error. Syntax beyond
/// <see cref="QuerySyntaxLimits"/> is searched as text too, and then the interpretation says plain text.
/// </summary>
internal sealed class QueryFactory(ChangeLogAnalyzers analyzers)
{
    /// <param name="text">What the person typed.</param>
    /// <param name="keepSpaces">
    /// False (the default) joins Japanese characters across spaces, as PDF extraction splits words (委託 先名); true keeps
    /// every space as a word separator, for when the joined reading finds nothing (認証 パスワード).
    /// </param>
    /// <param name="analysis">Hybrid (words and bigrams) or bigrams only.</param>
    public ParsedQuery Build(string text, bool keepSpaces = false, SearchAnalysis analysis = SearchAnalysis.Hybrid)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = (keepSpaces ? TextNormalizer.FoldWidths(text) : TextNormalizer.Normalize(text)).Trim();
        var bigramsOnly = analysis == SearchAnalysis.Bigrams;
        var (syntax, someAsText) = TryParseSyntax(normalized, bigramsOnly);
        return syntax is not null
            ? new ParsedQuery(syntax, new QueryInterpretation(normalized, PlainText: someAsText))
            : new ParsedQuery(BuildPlain(normalized, bigramsOnly), new QueryInterpretation(normalized, PlainText: true));
    }

    private (Query? Query, bool SomeAsText) TryParseSyntax(string normalized, bool bigramsOnly)
    {
        // The parser is not thread-safe; one per query is cheap.
        var budget = new ExpansionBudget();
        var parser = new ChangeLogQueryParser(analyzers.Query, budget) { BigramsOnly = bigramsOnly };
        try
        {
            var query = parser.Parse(normalized);

            // A term searched as written because the budget was spent is searched otherwise than typed: say so.
            return (query, parser.ReadSomeSyntaxAsText || budget.Exhausted);
        }
        catch (ParseException)
        {
            return (null, true);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (null, true);
        }
        catch (ArgumentException)
        {
            // Lucene reports some malformed terms (an automaton it cannot build) this way rather than as a ParseException.
            return (null, true);
        }
    }

    /// <summary>At most this many distinct words of a plain query are searched (Lucene allows 1,024 clauses).</summary>
    internal const int MaxPlainWords = 256;

    /// <summary>Every whitespace-separated word must match, as a phrase of words or of bigrams.</summary>
    private Query BuildPlain(string normalized, bool bigramsOnly)
    {
        var builder = new ChangeLogQueryBuilder(analyzers.Query, new ExpansionBudget());
        var all = new BooleanQuery(disableCoord: true);
        // A word twice is the same condition once; past MaxPlainWords distinct words (NFKC can make a 1,000-character
        // query into thousands: ﷺ is four words) the rest are left out rather than exceed Lucene's clause limit.
        foreach (var word in normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(MaxPlainWords))
        {
            var words = bigramsOnly ? null : builder.CreatePhraseQuery(IndexFields.Words, word);
            if (HybridQueries.Either(words, builder.CreatePhraseQuery(IndexFields.All, word)) is { } clause)
            {
                all.Add(clause, Occur.MUST);
            }
        }

        return all;
    }
}
