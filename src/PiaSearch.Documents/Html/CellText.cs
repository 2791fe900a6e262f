namespace PiaSearch.Documents.Html;

/// <summary>A cell of a change log: the raw cell as written and the plain text a reader sees.</summary>
/// <param name="Raw">The cell exactly as it appears in the source, HTML included.</param>
/// <param name="Text">Plain text: paragraphs and list items on their own lines, form inputs as marks.</param>
public sealed record CellText(string Raw, string Text)
{
    public static CellText Empty { get; } = new(string.Empty, string.Empty);

    public bool IsEmpty => Text.Length == 0;
}
