using PiaSearch.Documents.ChangeLogs;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PiaSearch.Documents.Tests.Readers;

/// <summary>
/// Builds small PDFs with PdfPig's writer: a ruled 変更箇所 table with its header on every page and a page number
/// under it, rows given as lines per cell (so a test decides the wrapping), optionally one row split over a page
/// break as a printer does with a row taller than the space left. Uses the IPA Gothic font (fonts-ipafont-gothic).
/// </summary>
internal static class RuledTablePdf
{
    public const string FontPath = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";

    private const double Size = 9;
    private const double LineHeight = 11;
    private static readonly double[] Widths = [70, 150, 200, 200, 50, 110];

    public static string? MissingReason => File.Exists(FontPath)
        ? null
        : $"PDF table tests need the IPA Gothic font ({FontPath}), which is not installed. Install it with: apt-get install fonts-ipafont-gothic (.ci/run does this).";

    /// <summary>A table of <paramref name="rows"/> (six cells, each a list of printed lines), <paramref name="rowsPerPage"/> to a page.</summary>
    /// <param name="splitRow">The index of a row printed half at the bottom of its page and half at the top of the next (its date only on the first).</param>
    /// <param name="borders">Draw the cells' borders; without them the table is text only, as some publishers print it.</param>
    /// <param name="cover">Labels and values printed on a cover page before the table, the value right of its label or, with <paramref name="valuesBelow"/>, under it.</param>
    /// <param name="section">Lines of a section page printed before the table: a label (at the left) and its text (further right) on one
    /// line; a label alone is a heading; a text alone continues the text above, under it.</param>
    public static byte[] Build(
        IReadOnlyList<string[][]> rows,
        int rowsPerPage,
        int splitRow = -1,
        bool borders = true,
        IReadOnlyList<(string Label, string Value)>? cover = null,
        bool valuesBelow = false,
        IReadOnlyList<(string Label, string Text)>? section = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var pageNumber = 0;
        if (section is not null)
        {
            var sectionPage = builder.AddPage(PageSize.A4, isPortrait: false);
            pageNumber++;
            var at = 540.0;
            foreach (var (label, text) in section)
            {
                if (label.Length > 0)
                {
                    sectionPage.AddText(label, 10, new PdfPoint(60, at), font);
                }

                if (text.Length > 0)
                {
                    sectionPage.AddText(text, 10, new PdfPoint(220, at), font);
                }

                at -= 14;
            }

            sectionPage.AddText($"- {pageNumber} -", Size, new PdfPoint(410, 20), font);
        }

        if (cover is not null)
        {
            var first = builder.AddPage(PageSize.A4, isPortrait: false);
            pageNumber++;
            first.AddText("特定個人情報保護評価書（全項目評価書）", 14, new PdfPoint(60, 540), font);
            var at = 500.0;
            foreach (var (label, value) in cover)
            {
                first.AddText(label, 11, new PdfPoint(60, at), font);
                first.AddText(value, 11, valuesBelow ? new PdfPoint(70, at - 15) : new PdfPoint(200, at), font);
                at -= valuesBelow ? 40 : 20;
            }
        }

        PdfPageBuilder? page = null;
        double y = 0;
        var onPage = 0;

        void NewPage()
        {
            page = builder.AddPage(PageSize.A4, isPortrait: false);
            pageNumber++;
            page.AddText("変更箇所", 12, new PdfPoint(40, 560), font);
            page.AddText($"- {pageNumber} -", Size, new PdfPoint(410, 20), font);
            y = 540;
            y = DrawRow(page, font, y, [.. ChangeLogColumns.Names.Select(n => new[] { n })], borders);
            onPage = 0;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (page is null || onPage == rowsPerPage)
            {
                NewPage();
            }

            if (i == splitRow)
            {
                var half = rows[i].Select(c => c.Take((c.Length + 1) / 2).ToArray()).ToArray();
                var rest = rows[i].Select((c, k) => k == 0 ? [] : c.Skip((c.Length + 1) / 2).ToArray()).ToArray();
                y = DrawRow(page!, font, y, half, borders);
                NewPage();
                y = DrawRow(page!, font, y, rest, borders);
            }
            else
            {
                y = DrawRow(page!, font, y, rows[i], borders);
            }

            onPage++;
        }

        return builder.Build();
    }

    /// <summary>A PDF whose pages hold text in no table (a cover, a letter).</summary>
    public static byte[] TextOnly(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(60, y), font);
            y -= 16;
        }

        return builder.Build();
    }

    /// <summary>A PDF of pages that are only pictures and drawn shapes, as a scanner makes them: no text at all.</summary>
    public static byte[] ImagesOnly(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(png, new PdfRectangle(40, 40, 555, 800));
            page.DrawRectangle(new PdfPoint(50, 50), 400, 300);
        }

        return builder.Build();
    }

    private static double DrawRow(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top, string[][] cells, bool borders)
    {
        var lines = Math.Max(1, cells.Max(c => c.Length));
        var bottom = top - (lines * LineHeight) - 4;
        var x = 40.0;
        if (borders)
        {
            page.DrawLine(new PdfPoint(x, top), new PdfPoint(x + Widths.Sum(), top), 0.5);
            page.DrawLine(new PdfPoint(x, bottom), new PdfPoint(x + Widths.Sum(), bottom), 0.5);
        }

        for (var c = 0; c < Widths.Length; c++)
        {
            if (borders)
            {
                page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, bottom), 0.5);
            }

            for (var l = 0; l < cells[c].Length; l++)
            {
                page.AddText(cells[c][l], Size, new PdfPoint(x + 2, top - 2 - ((l + 1) * LineHeight) + 2), font);
            }

            x += Widths[c];
        }

        if (borders)
        {
            page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, bottom), 0.5);
        }

        return bottom;
    }
}
