namespace PiaSearch.Search.Highlighting;

/// <summary>Tokens that must stand at given positions relative to each other (one element for a plain term).</summary>
internal sealed record PhrasePattern(IReadOnlyList<(int Offset, TermMatcher Matcher)> Elements);
