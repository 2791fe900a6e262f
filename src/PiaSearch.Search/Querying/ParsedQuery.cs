using Lucene.Net.Search;

namespace PiaSearch.Search.Querying;

/// <summary>A Lucene query built from the user's text and how the text was read.</summary>
internal sealed record ParsedQuery(Query Query, QueryInterpretation Interpretation);
