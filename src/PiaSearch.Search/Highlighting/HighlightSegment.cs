namespace PiaSearch.Search.Highlighting;

/// <summary>
/// A piece of a highlighted fragment: plain text, marked when it matched the query. A fragment is a list of them, so
/// that a page, a widget or a terminal shows the matches without parsing markup (the text is never HTML).
/// </summary>
/// <param name="Text">The text as the cell has it.</param>
/// <param name="Mark">True when the text matched.</param>
public sealed record HighlightSegment(string Text, bool Mark)
{
    /// <summary>A fragment written out with the matches between <paramref name="open"/> and <paramref name="close"/> (【…】 on a terminal).</summary>
    public static string Join(IEnumerable<HighlightSegment> fragment, string open, string close)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        return string.Concat(fragment.Select(s => s.Mark ? open + s.Text + close : s.Text));
    }
}
