namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>
/// Reads the section pages of a PDF (those before the change table) into an outline: a line of one piece that starts
/// with a chapter numeral is a chapter, a line of a short piece followed by others a label and the start of its text,
/// a line starting under that text a wrapped line of it, another line of one short piece a heading, anything else
/// text of its own. The page number at the foot of a page is left out.
/// </summary>
internal sealed class PdfSectionReader
{
    private readonly SectionOutline _outline = new(string.Empty);
    private double? _textLeft;

    public IReadOnlyList<DocumentSection> Sections => _outline.Sections;

    /// <remarks>O(segments on the page).</remarks>
    public void Read(List<List<TextSegment>> lines, int page)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var first = line[0];
            var text = PageText.Join(line);
            var source = new ChangeLogs.EntrySource(page, i + 1, null);
            if ((i == lines.Count - 1 || i == 0) && BorderlessTableFinder.IsPageNumber(text))
            {
                continue;
            }

            if (line.Count == 1 && first.Text.Length <= SectionOutline.MaxLabelLength && SectionOutline.IsChapter(first.Text))
            {
                _outline.Heading(first.Text);
                _textLeft = null;
            }
            else if (line.Count >= 2 && first.Text.Length <= SectionOutline.MaxLabelLength)
            {
                _outline.Field(first.Text, PageText.Join(line.Skip(1)), source);
                _textLeft = line[1].Left;
            }
            else if (_outline.HasOpenField && _textLeft is { } left && first.Left >= left - first.Size)
            {
                _outline.Continue(text, newLine: false);
            }
            else if (line.Count == 1 && first.Text.Length <= SectionOutline.MaxLabelLength)
            {
                _outline.Heading(first.Text);
                _textLeft = null;
            }
            else
            {
                _outline.Paragraph(text, source);
                _textLeft = first.Left;
            }
        }
    }
}
