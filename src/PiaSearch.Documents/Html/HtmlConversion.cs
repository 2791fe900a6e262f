namespace PiaSearch.Documents.Html;

/// <summary>The outcome of turning one cell into text.</summary>
/// <param name="Cell">The converted cell.</param>
/// <param name="Problems">What was odd about the markup (unclosed tags, removed scripts); empty when clean.</param>
public sealed record HtmlConversion(CellText Cell, IReadOnlyList<string> Problems);
