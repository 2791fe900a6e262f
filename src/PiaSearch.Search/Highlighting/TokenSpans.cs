using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PiaSearch.Search.Highlighting;

/// <summary>Finds where in a text the patterns of a plan match, by analysing the text once with the field's analyzer.</summary>
internal static class TokenSpans
{
    public static List<(int Start, int End)> Find(Analyzer analyzer, string field, string text, IReadOnlyList<PhrasePattern> patterns)
    {
        var spans = new List<(int Start, int End)>();
        if (patterns.Count == 0 || text.Length == 0)
        {
            return spans;
        }

        var tokens = Analyse(analyzer, field, text);
        var byPosition = tokens.ToLookup(t => t.Position);
        foreach (var pattern in patterns)
        {
            var (firstOffset, firstMatcher) = pattern.Elements[0];
            foreach (var token in tokens)
            {
                if (!firstMatcher.Matches(token.Term))
                {
                    continue;
                }

                var basePosition = token.Position - firstOffset;
                var start = token.Start;
                var end = token.End;
                var matched = true;
                for (var i = 1; i < pattern.Elements.Count && matched; i++)
                {
                    var (offset, matcher) = pattern.Elements[i];
                    var hit = byPosition[basePosition + offset].FirstOrDefault(t => matcher.Matches(t.Term));
                    if (hit.Term is null)
                    {
                        matched = false;
                    }
                    else
                    {
                        start = Math.Min(start, hit.Start);
                        end = Math.Max(end, hit.End);
                    }
                }

                if (matched && end > start)
                {
                    spans.Add((start, end));
                }
            }
        }

        return Merge(spans);
    }

    private static List<Token> Analyse(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static List<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private readonly record struct Token(string Term, int Position, int Start, int End);
}
