using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Lucene's classic syntax, with words joined by AND and each Japanese run searched as a phrase, as Japanese words
/// and as bigrams (<see cref="HybridQueries"/>); item:, before:, after: and explanation: hold a clause to one column
/// (as bigrams). A <c>word:</c> that is not one
/// of these is read as a word, not as a field name, so that 委託先:RKKCS finds rows with both words instead of nothing.
/// The syntax that can cost more than its words (<see cref="QuerySyntaxLimits"/>) is searched as text:
/// /regular expressions/, fuzzy~ terms, [ranges], wildcard terms beyond the limits. Not thread-safe: one per query.
/// </summary>
internal sealed class ChangeLogQueryParser : QueryParser
{
    private readonly ExpansionBudget _budget;

    public ChangeLogQueryParser(Analyzer analyzer, ExpansionBudget budget)
        : base(BigramAnalyzer.Version, IndexFields.All, analyzer)
    {
        _budget = budget;
        DefaultOperator = Operator.AND;
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
    }

    /// <summary>Searches the bigram field only, not the word field (<see cref="SearchAnalysis.Bigrams"/>).</summary>
    public bool BigramsOnly { get; init; }

    /// <summary>True when some of the syntax was searched as text instead (a regular expression, a fuzzy term…).</summary>
    public bool ReadSomeSyntaxAsText { get; private set; }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (IsSection(field, out var section))
        {
            return InSection(base.GetFieldQuery(IndexFields.All, queryText, quoted), section);
        }

        if (field is not null && field != IndexFields.All)
        {
            var both = new BooleanQuery(disableCoord: true);
            AddIfNotNull(both, Hybrid(field, quoted: false));
            AddIfNotNull(both, Hybrid(queryText, quoted));
            return both;
        }

        return Hybrid(queryText, quoted)!;
    }

    /// <summary>The text as words and as bigrams (see <see cref="HybridQueries"/>).</summary>
    private Query? Hybrid(string text, bool quoted) =>
        HybridQueries.Either(BigramsOnly ? null : base.GetFieldQuery(IndexFields.Words, text, quoted), base.GetFieldQuery(IndexFields.All, text, quoted));

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (field is not null && field != IndexFields.All && !IsSection(field, out _))
        {
            return GetFieldQuery(field, queryText, quoted: true);
        }

        if (IsSection(field, out var section))
        {
            return InSection(base.GetFieldQuery(IndexFields.All, queryText, slop), section);
        }

        var words = BigramsOnly ? null : base.GetFieldQuery(IndexFields.Words, queryText, slop);
        return HybridQueries.Either(words, base.GetFieldQuery(IndexFields.All, queryText, slop))!;
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        if (IsLongJapanese(termStr))
        {
            // The bigram field has no term longer than two characters, so 委託先* as a prefix finds nothing: Japanese has
            // no spaces to end a word at, and what starts with 委託先 is what contains it, as a phrase of its bigrams.
            return IsSection(field, out var within)
                ? InSection(base.GetFieldQuery(IndexFields.All, termStr, quoted: true), within)
                : GetFieldQuery(field, termStr, quoted: true);
        }

        if (!QuerySyntaxLimits.IsAllowedWildcard(termStr + "*") || !_budget.TryTake())
        {
            return AsText(field, termStr);
        }

        return IsSection(field, out var section)
            ? InSection(base.GetPrefixQuery(IndexFields.All, termStr), section)
            : base.GetPrefixQuery(IndexFields.All, termStr);
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (!QuerySyntaxLimits.IsAllowedWildcard(termStr) || !_budget.TryTake())
        {
            return AllOf(field, QuerySyntaxLimits.WithoutWildcards(termStr).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return IsSection(field, out var section)
            ? InSection(base.GetWildcardQuery(IndexFields.All, termStr), section)
            : base.GetWildcardQuery(IndexFields.All, termStr);
    }

    /// <summary>A regular expression is searched as its text: determinising one can take minutes (/[ac]*a[ac]{17}/).</summary>
    protected override Query GetRegexpQuery(string field, string termStr) => AsText(field, termStr);

    /// <summary>A fuzzy term (RKKCS~) is searched as the term.</summary>
    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) => AsText(field, termStr);

    /// <summary>A range ([a TO z]) is searched as its two ends: a range of text terms can cover the whole index.</summary>
    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        AllOf(field, [part1, part2]);

    /// <summary>Every piece's words (a piece such as * that has none is left out); null when none has any.</summary>
    private Query AllOf(string field, IEnumerable<string> pieces)
    {
        ReadSomeSyntaxAsText = true;
        var all = new BooleanQuery(disableCoord: true);
        foreach (var piece in pieces)
        {
            if (!string.IsNullOrEmpty(piece) && piece != "*" && AsText(field, piece) is { } clause)
            {
                all.Add(clause, Occur.MUST);
            }
        }

        return all.Clauses.Count switch
        {
            0 => null!,
            1 => all.Clauses[0].Query,
            _ => all,
        };
    }

    /// <summary>The text's words, as if typed without the syntax; null (the clause is dropped) when it has none.</summary>
    private Query AsText(string field, string text)
    {
        ReadSomeSyntaxAsText = true;
        return GetFieldQuery(field, text, quoted: false);
    }

    /// <summary>More than two characters, some of them Japanese (kana or kanji).</summary>
    private static bool IsLongJapanese(string text) =>
        text.EnumerateRunes().Count() > 2 && text.EnumerateRunes().Any(r => r.Value is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000);

    private static bool IsSection(string? field, out int section)
    {
        section = field is null ? -1 : IndexFields.SectionOf(field);
        return section >= 0;
    }

    private static Query InSection(Query? query, int section) =>
        query is null ? new BooleanQuery() : SectionQueries.Restrict(query, section);

    protected override Query NewTermQuery(Term term) => SingleCharacterQueries.For(term, _budget);

    private static void AddIfNotNull(BooleanQuery query, Query? clause)
    {
        if (clause is not null)
        {
            query.Add(clause, Occur.MUST);
        }
    }
}
