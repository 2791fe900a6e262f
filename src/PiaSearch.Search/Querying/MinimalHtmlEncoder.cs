using System.Text;
using Lucene.Net.Search.Highlight;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Escapes the five characters that matter in HTML text and attributes and nothing else, so Japanese
/// stays readable in JSON (Lucene's SimpleHTMLEncoder turns every non-ASCII character into an entity).
/// </summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText)
    {
        if (string.IsNullOrEmpty(originalText))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
