using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Highlighting;

/// <summary>
/// What to mark, per field, read once from the query: its terms and phrases (with their relative positions),
/// prefix and wildcard patterns. Prohibited clauses are left out.
/// </summary>
internal sealed class HighlightPlan
{
    private readonly Dictionary<string, List<PhrasePattern>> _patterns = new(StringComparer.Ordinal);

    public HighlightPlan(Query query) => Walk(query, null);

    public IReadOnlyList<PhrasePattern> For(string field) =>
        _patterns.TryGetValue(field, out var patterns) ? patterns : [];

    /// <param name="column">The column a restricted (after:…) clause applies to; null for the clause's own field.</param>
    private void Walk(Query query, string? column)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                    {
                        Walk(clause.Query, column);
                    }
                }

                break;
            case SpanPositionRangeQuery range:
                var section = range.Start / BigramTokenizer.SectionSpan;
                Walk(range.Match, section < IndexFields.TextFields.Count ? IndexFields.TextFields[section] : column);
                break;
            case SpanNearQuery near when near.GetClauses().All(c => c is SpanTermQuery):
                var spanTerms = near.GetClauses().Cast<SpanTermQuery>().ToList();
                Add(column ?? near.Field, [.. spanTerms.Select((t, i) => (i, TermMatcher.Exact(t.Term.Text)))]);
                break;
            case SpanNearQuery near:
                foreach (var clause in near.GetClauses())
                {
                    Walk(clause, column);
                }

                break;
            case SpanOrQuery or:
                foreach (var clause in or.GetClauses())
                {
                    Walk(clause, column);
                }

                break;
            case SpanTermQuery spanTerm:
                Add(column ?? spanTerm.Term.Field, [(0, TermMatcher.Exact(spanTerm.Term.Text))]);
                break;
            case ISpanMultiTermQueryWrapper wrapper:
                Walk(wrapper.WrappedQuery, column);
                break;
            case TermQuery term:
                Add(column ?? term.Term.Field, [(0, TermMatcher.Exact(term.Term.Text))]);
                break;
            case PhraseQuery phrase:
                var terms = phrase.GetTerms();
                var positions = phrase.GetPositions();
                if (terms.Length > 0)
                {
                    Add(column ?? terms[0].Field, [.. terms.Select((t, i) => (positions[i] - positions[0], TermMatcher.Exact(t.Text)))]);
                }

                break;
            case MultiPhraseQuery multi:
                var arrays = multi.GetTermArrays();
                var at = multi.GetPositions();
                if (arrays.Count > 0 && arrays[0].Length > 0)
                {
                    Add(column ?? arrays[0][0].Field, [.. arrays.Select((a, i) => (at[i] - at[0], TermMatcher.AnyOf(a.Select(t => t.Text))))]);
                }

                break;
            case PrefixQuery prefix:
                Add(column ?? prefix.Prefix.Field, [(0, TermMatcher.Prefix(prefix.Prefix.Text))]);
                break;
            case WildcardQuery wildcard:
                Add(column ?? wildcard.Term.Field, [(0, TermMatcher.Wildcard(wildcard.Term.Text))]);
                break;
            case FuzzyQuery fuzzy:
                Add(column ?? fuzzy.Term.Field, [(0, TermMatcher.Exact(fuzzy.Term.Text))]);
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    Walk(disjunct, column);
                }

                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                Walk(constant.Query, column);
                break;
            case FilteredQuery filtered:
                Walk(filtered.Query, column);
                break;
        }
    }

    private void Add(string field, IReadOnlyList<(int, TermMatcher)> elements)
    {
        if (!_patterns.TryGetValue(field, out var list))
        {
            _patterns[field] = list = [];
        }

        list.Add(new PhrasePattern(elements));
    }
}
