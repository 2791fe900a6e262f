using Lucene.Net.Index;
using Lucene.Net.Search;
using PiaSearch.CrossReference.Understanding;
using PiaSearch.Documents.Text;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// A plain query with its words' expansions, as tiers: tier 0 is the words as typed; each further tier lets every
/// word also match its expansions up to one rank (spelling and abbreviation, then former and later names, then
/// renumbered provisions, then synonyms, fuzzy names and reordered words). A row belongs to the first tier that
/// matches it, so that a literal match always ranks first. Building costs O(words + expansions) clauses.
/// </summary>
internal sealed class ExpandedQuery
{
    private readonly List<(int Rank, Query Query)> _tiers = [];
    private Query? _variantsOfOneWord;

    private ExpandedQuery(IReadOnlyList<QueryExpansion> expansions) => Expansions = expansions;

    /// <summary>The expansions searched.</summary>
    public IReadOnlyList<QueryExpansion> Expansions { get; }

    /// <summary>Every row any tier matches.</summary>
    public Query Union => _tiers[^1].Query;

    /// <summary>Each tier's query, literal first: a row belongs to the first that matches it.</summary>
    public IReadOnlyList<Query> Tiers => _tiers.ConvertAll(t => t.Query);

    /// <summary>
    /// A query whose rows, less those the literal query matches, are the rows only an expansion finds. For one word this is
    /// just its variants: the literal query of a plain word is that word's phrase (words or bigrams), which the later tiers
    /// only repeat. For several words, the last tier (each word as typed or as a variant). None when no expansion is left
    /// to search (each held the word as typed): the literal rows are then all the rows.
    /// </summary>
    public Query? Extra => _tiers.Count == 1 ? null : _variantsOfOneWord ?? Union;

    /// <summary>Every row any tier matches, the literal one's too (which its own parse may find where the words' phrases do not).</summary>
    public Query All => _tiers.Count == 1 ? _tiers[0].Query : new BooleanQuery(disableCoord: true) { { _tiers[0].Query, Occur.SHOULD }, { Union, Occur.SHOULD } };

    /// <param name="literal">The query as typed (what an unexpanded search runs).</param>
    /// <param name="words">Its words, normalised.</param>
    /// <param name="expansions">The expansions of those words.</param>
    /// <param name="analyzers">The index's analyzers.</param>
    public static ExpandedQuery Build(Query literal, IReadOnlyList<string> words, IReadOnlyList<QueryExpansion> expansions, ChangeLogAnalyzers analyzers)
    {
        var built = new ExpandedQuery(expansions);
        built._tiers.Add((0, literal));
        var builder = new ChangeLogQueryBuilder(analyzers.Query, new ExpansionBudget());
        var literals = words.Select(w => Phrase(builder, w)).ToList();
        var variants = Searched(expansions).Select(e => (Expansion: e, Query: Variant(builder, e))).Where(v => v.Query is not null).ToList();
        foreach (var rank in variants.Select(v => v.Expansion.Kind.Rank()).Distinct().Order())
        {
            var all = new BooleanQuery(disableCoord: true);
            for (var i = 0; i < words.Count; i++)
            {
                var either = new BooleanQuery(disableCoord: true);
                if (literals[i] is { } typed)
                {
                    either.Add(typed, Occur.SHOULD);
                }

                foreach (var (expansion, query) in variants.Where(v => v.Expansion.Word == words[i] && v.Expansion.Kind.Rank() <= rank))
                {
                    either.Add(query!, Occur.SHOULD);
                }

                if (either.Clauses.Count > 0)
                {
                    all.Add(either, Occur.MUST);
                }
            }

            built._tiers.Add((rank, all));
        }

        if (words.Count == 1 && variants.Count > 0)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var (_, query) in variants)
            {
                any.Add(query!, Occur.SHOULD);
            }

            built._variantsOfOneWord = any;
        }

        return built;
    }

    /// <summary>
    /// The expansions worth a clause: one per term, rank and period (a department name of eight municipalities is one
    /// clause over their logs, not eight), and none whose term holds the word as typed (家庭部健康推進課 for 健康推進課: every
    /// row it matches the literal word already matches). O(e log e).
    /// </summary>
    private static IEnumerable<QueryExpansion> Searched(IReadOnlyList<QueryExpansion> expansions) =>
        expansions
            .Where(e => e.Kind == ExpansionKind.Words || !HoldsTheWord(e))
            .GroupBy(e => (e.Word, Rank: e.Kind.Rank(), Words: e.Kind == ExpansionKind.Words, Term: TextNormalizer.Normalize(e.Term), e.Since, e.Until))
            .Select(g => g.First() with
            {
                Documents = g.Any(e => e.Documents is not { Count: > 0 })
                    ? null
                    : g.SelectMany(e => e.Documents!).Distinct(StringComparer.Ordinal).ToList(),
            });

    private static bool HoldsTheWord(QueryExpansion expansion)
    {
        var word = TextNormalizer.Normalize(expansion.Word).Trim();
        return word.Length >= 2 && TextNormalizer.Normalize(expansion.Term).Contains(word, StringComparison.Ordinal);
    }

    private static Query? Phrase(ChangeLogQueryBuilder builder, string text)
    {
        var normalized = TextNormalizer.Normalize(text).Trim();
        return normalized.Length == 0 ? null : HybridQueries.Either(builder.CreatePhraseQuery(IndexFields.Words, normalized), builder.CreatePhraseQuery(IndexFields.All, normalized));
    }

    private static Query? Variant(ChangeLogQueryBuilder builder, QueryExpansion expansion)
    {
        var query = expansion.Kind == ExpansionKind.Words
            ? builder.CreateBooleanQuery(IndexFields.Words, TextNormalizer.Normalize(expansion.Word), Occur.MUST)
            : Phrase(builder, expansion.Term);
        if (query is null)
        {
            return null;
        }

        // A local name's variant is searched within its municipality's logs: their rows lead (a lazy filter over the log
        // ids' postings), so the cost follows that municipality's rows, not how often the variant is written nationwide.
        if (expansion.Documents is { Count: > 0 } documents)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var id in documents)
            {
                any.Add(new TermQuery(new Term(IndexFields.Document, id)), Occur.SHOULD);
            }

            query = new FilteredQuery(query, new QueryWrapperFilter(any));
        }

        // The period is checked row by row on the rows found (the date's doc values): a range query would first mark every
        // row of the period, for each variant of each search (tens of milliseconds a search at a million rows).
        if (expansion.Since is not null || expansion.Until is not null)
        {
            var from = expansion.Since?.DayNumber ?? 1; // an undated row has day 0: never within a limit
            long? before = expansion.Until is { } until ? until.DayNumber - 1L : null;
            var period = FieldCacheRangeFilter.NewInt64Range(IndexFields.DateSort, from, before, includeLower: true, includeUpper: true);
            query = new FilteredQuery(query, period, FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);
        }

        return query;
    }
}
