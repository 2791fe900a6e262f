using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Analysis;

/// <summary>The analyzers of the change-log index, one set for indexing and one for queries.</summary>
public sealed class ChangeLogAnalyzers : IDisposable
{
    public ChangeLogAnalyzers()
    {
        Index = Build(new BigramAnalyzer());
        Query = Index;
    }

    /// <summary>Used by the IndexWriter and for highlighting stored text.</summary>
    public Analyzer Index { get; }

    /// <summary>Used to analyse query text.</summary>
    public Analyzer Query { get; }

    private static PerFieldAnalyzerWrapper Build(Analyzer text) =>
        new(new KeywordAnalyzer(), new[] { IndexFields.All }.Concat(IndexFields.TextFields).ToDictionary(f => f, _ => text));

    public void Dispose()
    {
        Index.Dispose();
        if (!ReferenceEquals(Query, Index))
        {
            Query.Dispose();
        }
    }
}
