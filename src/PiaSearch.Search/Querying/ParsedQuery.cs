using Lucene.Net.Search;

namespace PiaSearch.Search.Querying;

/// <summary>
/// A Lucene query built from the user's text: <paramref name="Query"/> to search with (whole-word matches ranked
/// first), <paramref name="Matching"/> the plain match over word and bigram fields (what highlights show), and how
/// the text was read.
/// </summary>
internal sealed record ParsedQuery(Query Query, Query Matching, QueryInterpretation Interpretation);
