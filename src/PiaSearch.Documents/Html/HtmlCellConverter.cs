using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PiaSearch.Documents.Html;

/// <summary>
/// Turns an HTML fragment from a change-log cell into the plain text a reader sees, with a real HTML5
/// parser. Nothing of the markup survives: the text is safe to show as text anywhere.
/// </summary>
public sealed partial class HtmlCellConverter : IDisposable
{
    public const string UncheckedBox = "☐";
    public const string CheckedBox = "☑";
    public const string UncheckedRadio = "○";
    public const string CheckedRadio = "●";

    private const string DocumentPrefix = "<!DOCTYPE html><html><head></head><body>";
    private const string DocumentSuffix = "</body></html>";

    private static readonly FrozenSet<string> BlockElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "dt", "dd", "section", "article",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> HiddenElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsRendered(ReadOnlySpan<char> attribute) =>
        attribute.Equals("alt", StringComparison.OrdinalIgnoreCase) || attribute.Equals("checked", StringComparison.OrdinalIgnoreCase)
        || attribute.Equals("type", StringComparison.OrdinalIgnoreCase) || attribute.Equals("value", StringComparison.OrdinalIgnoreCase);

    // Setting up a parser costs more than parsing a cell: each thread keeps one of this converter's, with the list its
    // errors go to; they are freed with the converter.
    private readonly ThreadLocal<ParserSlot> _slots = new(() => new ParserSlot());

    /// <summary>Frees every thread's parser; the converter cannot be used afterwards.</summary>
    public void Dispose() => _slots.Dispose();

    /// <summary>Converts one cell. Never throws for any input.</summary>
    public HtmlConversion Convert(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (!LooksLikeMarkup(raw))
        {
            return new HtmlConversion(new CellText(raw, CollapseLines(raw)), []);
        }

        var markup = EscapeStrayLessThan(raw);
        var problems = new List<string>();
        var slot = _slots.Value!;
        slot.Problems = problems;
        IDocument document;
        try
        {
            document = slot.Parser.ParseDocument(DocumentPrefix + markup + DocumentSuffix);
        }
        finally
        {
            slot.Problems = null;
        }

        var nodes = document.Body?.ChildNodes.ToArray() ?? [];
        var writer = new TextWriterState();
        foreach (var node in nodes)
        {
            Render(node, writer, problems);
        }

        return new HtmlConversion(new CellText(raw, CollapseLines(writer.ToString())), problems.Distinct().ToList());
    }

    /// <summary>
    /// A "&lt;" that does not open a well-formed tag (ASCII name, ASCII attribute names, closed by "&gt;"), a comment
    /// or a declaration (or a tag name cut off at the end of the cell) is text: x&lt;y or a&lt;b かつ c&gt;d in a Japanese sentence would otherwise open an element
    /// and lose the words. O(n) per cell.
    /// </summary>
    internal static string EscapeStrayLessThan(string raw)
    {
        var at = raw.IndexOf('<', StringComparison.Ordinal);
        if (at < 0)
        {
            return raw;
        }

        var sb = new StringBuilder(raw.Length + 16);
        var copied = 0;
        for (; at >= 0; at = raw.IndexOf('<', at + 1))
        {
            if (!WellFormedTag().IsMatch(raw.AsSpan(at)))
            {
                sb.Append(raw, copied, at - copied).Append("&lt;");
                copied = at + 1;
            }
        }

        return copied == 0 ? raw : sb.Append(raw, copied, raw.Length - copied).ToString();
    }

    [GeneratedRegex(
        """^(?:</?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:@][-A-Za-z0-9_:.@]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>`=]+))?)*\s*/?>""" +
        """|</?[A-Za-z][A-Za-z0-9-]*\s*$|<!--|<![A-Za-z][^<>]*>)""",
        RegexOptions.CultureInvariant)]
    private static partial Regex WellFormedTag();

    private static bool LooksLikeMarkup(string raw) => raw.Contains('<', StringComparison.Ordinal) || raw.Contains('&', StringComparison.Ordinal);

    private static void Render(INode node, TextWriterState writer, List<string> problems)
    {
        switch (node)
        {
            case IText text:
                writer.Append(text.Data);
                return;
            case IElement element:
                RenderElement(element, writer, problems);
                return;
            default:
                return; // comments, processing instructions: invisible to a reader
        }
    }

    private static void RenderElement(IElement element, TextWriterState writer, List<string> problems)
    {
        var name = element.LocalName;
        if (HiddenElements.Contains(name))
        {
            problems.Add($"HTML: <{name}> を取り除きました / <{name}> removed");
            return;
        }

        switch (name)
        {
            case "br":
                writer.LineBreak();
                return;
            case "input":
                writer.Append(InputMark(element));
                return;
            case "img":
                writer.Append(element.GetAttribute("alt") ?? string.Empty);
                return;
        }

        var block = BlockElements.Contains(name);
        if (block)
        {
            writer.LineBreak();
        }

        foreach (var child in element.ChildNodes)
        {
            Render(child, writer, problems);
        }

        if (block)
        {
            writer.LineBreak();
        }
    }

    private static string InputMark(IElement element)
    {
        var isChecked = element is IHtmlInputElement { IsDefaultChecked: true } || element.HasAttribute("checked");
        var type = element.GetAttribute("type")?.Trim().ToLowerInvariant();
        return type switch
        {
            "radio" => isChecked ? CheckedRadio : UncheckedRadio,
            "checkbox" => isChecked ? CheckedBox : UncheckedBox,
            _ => element.GetAttribute("value") ?? string.Empty,
        };
    }

    /// <summary>Trims each line, collapses runs of spaces and drops empty lines.</summary>
    private static string CollapseLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            var collapsed = CollapseSpaces(line);
            if (collapsed.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append('\n');
            }

            result.Append(collapsed);
        }

        return result.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            // U+3000 is kept: an ideographic space is part of how Japanese text is laid out.
            if (c is ' ' or '\t' or '\u00A0' or '\f' or '\v')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private sealed class ParserSlot
    {
        public ParserSlot()
        {
            Parser.Error += (_, e) =>
            {
                // "<システム運用>" is text, not a tag: PDF-extracted cells use angle brackets as punctuation.
                if (Problems is { Count: < 5 } problems && e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error && error.Code != (int)HtmlParseError.AmbiguousOpenTag)
                {
                    // Fragment parsing reports no errors, so the cell is parsed as the body of a whole document.
                    var column = error.Position.Line == 1 ? Math.Max(1, error.Position.Column - DocumentPrefix.Length) : error.Position.Column;
                    problems.Add($"HTML の誤り（{column} 文字目） / HTML: {error.Message} (column {column})");
                }
            };
        }

        // Only what Render reads: no comments, no script text, no positions of elements, and of the attributes only
        // those that change what a reader sees. A cell with markup costs half as much to parse.
        public HtmlParser Parser { get; } = new(new HtmlParserOptions
        {
            DisableElementPositionTracking = true,
            SkipComments = true,
            SkipScriptText = true,
            ShouldEmitAttribute = static (ref _, name) => IsRendered(name.Span),
        });

        public List<string>? Problems { get; set; }
    }

    private sealed class TextWriterState
    {
        private readonly StringBuilder _builder = new();

        public void Append(string text) => _builder.Append(text);

        public void LineBreak()
        {
            if (_builder.Length > 0 && _builder[^1] != '\n')
            {
                _builder.Append('\n');
            }
        }

        public override string ToString() => _builder.ToString();
    }
}
