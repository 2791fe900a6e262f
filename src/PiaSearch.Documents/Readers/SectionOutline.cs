using System.Text;
using System.Text.RegularExpressions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>
/// Gathers a document's section fields in reading order: a heading that starts with a chapter numeral (Ⅱ 特定個人情報
/// ファイルの概要) opens a chapter, another heading a part of it (3. 特定個人情報の入手・使用), a label with its
/// text a field whose path is the chapter, the part and the label; lines that continue a field's text are joined to it.
/// </summary>
internal sealed partial class SectionOutline(string chapter)
{
    /// <summary>A label longer than this is text, not a label.</summary>
    public const int MaxLabelLength = 60;

    private const int MaxTextLength = 20_000;

    private readonly List<DocumentSection> _sections = [];
    private string _chapter = chapter;
    private string? _part;
    private (string? Label, StringBuilder Text, EntrySource Source)? _open;

    public IReadOnlyList<DocumentSection> Sections
    {
        get
        {
            Close();
            return _sections;
        }
    }

    /// <summary>True when the field open now can take more text.</summary>
    public bool HasOpenField => _open is not null;

    public void Heading(string text)
    {
        Close();
        text = Clean(text);
        if (IsChapter(text))
        {
            _chapter = text;
            _part = null;
        }
        else
        {
            _part = text;
        }
    }

    public void Field(string label, string text, EntrySource source)
    {
        Close();
        _open = (Clean(label), new StringBuilder(text.Trim()), source);
    }

    /// <summary>Text under no label: a field of its own under the headings.</summary>
    public void Paragraph(string text, EntrySource source)
    {
        Close();
        _open = (null, new StringBuilder(text.Trim()), source);
    }

    /// <summary>A further line of the open field's text: a wrapped line is joined without a space between Japanese characters.</summary>
    public void Continue(string text, bool newLine)
    {
        if (_open is not { } open)
        {
            return;
        }

        text = text.Trim();
        if (open.Text.Length > 0 && text.Length > 0 && open.Text.Length < MaxTextLength)
        {
            var last = open.Text[^1];
            open.Text.Append(newLine ? "\n" : char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(text[0]) ? " " : string.Empty);
        }

        if (open.Text.Length < MaxTextLength)
        {
            open.Text.Append(text);
        }
    }

    /// <summary>True for a chapter heading: Ⅰ to Ⅹ, or I to X followed by a space or a point.</summary>
    public static bool IsChapter(string text) => Chapter().IsMatch(text);

    private void Close()
    {
        if (_open is not { } open)
        {
            return;
        }

        _open = null;
        var text = open.Text.ToString().Trim();
        if (text.Length == 0)
        {
            return;
        }

        var path = new List<string>();
        foreach (var part in new[] { _chapter, _part, open.Label })
        {
            if (!string.IsNullOrWhiteSpace(part) && !path.Contains(part))
            {
                path.Add(part);
            }
        }

        _sections.Add(new DocumentSection(string.Join(" > ", path), text, open.Source));
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^\s*([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|(I|II|III|IV|V|VI|VII|VIII|IX|X)[\s.．　])")]
    private static partial Regex Chapter();
}
