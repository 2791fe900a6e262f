using PiaSearch.Documents.ChangeLogs;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>
/// Reads the 変更箇所 table of a PDF printed from the 評価書 form (by Excel or LibreOffice): letters with their
/// positions, the table found page by page from its borders (<see cref="PageTableFinder"/>), the header repeated on
/// each page and everything outside the table (titles, footers, page numbers) left out, wrapped lines joined, and a
/// row the printer split over a page break joined again (with a warning naming both pages). Each row keeps its page
/// and its row on that page. A page printed without borders is read from its header words and its 変更日 column
/// (<see cref="BorderlessTableFinder"/>). The pages before the table give the cover's metadata
/// (<see cref="PdfCoverReader"/>) and the other sections' fields (<see cref="PdfSectionReader"/>).
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>The cover is looked for on the pages before the table, up to this many.</summary>
    private const int MaxCoverPages = 5;

    public SourceFormat Format => SourceFormat.Pdf;

    public IEnumerable<SourceRow> ReadRows(Stream content, DocumentReadContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        using var document = Open(buffer.ToArray(), context);
        var pages = document.NumberOfPages;
        if (pages > context.Options.MaxPages)
        {
            throw context.Refuse(
                $"{pages:N0} ページあり、上限の {context.Options.MaxPages:N0} ページを超えています（Documents:MaxPages）",
                $"{pages:N0} pages, more than the limit of {context.Options.MaxPages:N0} (Documents:MaxPages)");
        }

        var rows = new List<SourceRow>();
        var cover = new string?[DocumentCover.Labels.Length];
        var sections = new PdfSectionReader();
        TableColumns? columns = null;
        var letters = 0;
        var lastRowPage = 0;
        for (var number = 1; number <= pages; number++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var page = GetPage(document, number, context);
            context.Pages = number;
            var printed = page.Letters.Where(l => l.Value.Length > 0).ToList();
            letters += printed.Count(l => !string.IsNullOrWhiteSpace(l.Value));
            var table = PageTableFinder.Find(PageRulings.Of(page), printed, columns) ?? BorderlessTableFinder.Find(printed, columns, number);
            context.PagesRead?.Report(number);
            if (table is null)
            {
                columns = null; // a page without the table ends it: the next one must show its header again
                if (rows.Count == 0)
                {
                    // Before the change table: the cover, then the other sections' pages.
                    var lines = PageText.Lines(printed);
                    if (!(number <= MaxCoverPages && PdfCoverReader.Read(lines, cover)))
                    {
                        sections.Read(lines, number);
                    }
                }

                continue;
            }

            foreach (var note in table.Notes)
            {
                context.Warnings.Add(new ParseIssue(rows.Count + 1, note, string.Empty));
            }

            if (rows.Count == 0)
            {
                rows.Add(new SourceRow([.. ChangeLogColumns.Names], 1, new EntrySource(number, 0, null)));
            }

            columns = table.Columns;
            var rowOnPage = 0;
            foreach (var cells in table.Rows)
            {
                if (TableHeader.IsHeader([.. cells.Select((c, i) => TableHeader.ColumnOf(c) == i ? i : -1).Where(i => i >= 0)]))
                {
                    continue; // the header printed again inside the table
                }

                rowOnPage++;
                if (rowOnPage == 1 && cells[0].Length == 0 && lastRowPage == number - 1 && rows.Count > 1 && rows[^1].Source?.Page == number - 1)
                {
                    rows[^1] = Mend(rows[^1], cells);
                    context.Warnings.Add(new ParseIssue(
                        rows[^1].Line,
                        $"p.{number - 1}〜p.{number}: ページをまたいだ行をつなぎました / " +
                        $"a row split by the page break between p.{number - 1} and p.{number} was joined",
                        string.Empty));
                    rowOnPage = 0;
                    continue;
                }

                rows.Add(new SourceRow(cells, rows.Count + 1, new EntrySource(number, rowOnPage, null)));
                lastRowPage = number;
            }
        }

        context.Cover ??= DocumentCover.From(cover);
        context.Sections.AddRange(sections.Sections);
        if (letters == 0)
        {
            throw context.Refuse(
                $"文字のない PDF です（{pages} ページとも画像だけで、文字情報がありません。スキャンした文書は OCR をかけてから送ってください）",
                $"the PDF has no text layer ({pages} pages of images only: a scanned document needs OCR first)");
        }

        if (rows.Count == 0)
        {
            throw context.Refuse(
                $"変更箇所の表（見出しに「変更日」「項目」「変更前の記載」「変更後の記載」がある表）が {pages} ページのどこにもありません",
                $"no 変更箇所 table (a table whose header names 変更日, 項目, 変更前の記載, 変更後の記載) on any of the {pages} pages");
        }

        return rows;
    }

    /// <summary>The continuation of the previous page's last row: each cell's text appended to the cell it continues.</summary>
    private static SourceRow Mend(SourceRow row, string[] continuation)
    {
        var cells = row.Cells.ToArray();
        for (var i = 0; i < cells.Length && i < continuation.Length; i++)
        {
            if (continuation[i].Length > 0)
            {
                cells[i] = cells[i].Length == 0 ? continuation[i] : cells[i] + continuation[i];
            }
        }

        return row with { Cells = cells };
    }

    private static PdfDocument Open(byte[] bytes, DocumentReadContext context)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw context.Refuse("暗号化された PDF です（開くのにパスワードが要るため読めません。暗号化を外して送ってください）", "the PDF is encrypted (it needs a password to open); send it unencrypted", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw context.Refuse("PDF として読めません（壊れているか途中で切れています）", $"not a readable PDF (damaged or truncated): {ex.Message}", ex);
        }
    }

    private static Page GetPage(PdfDocument document, int number, DocumentReadContext context)
    {
        try
        {
            return document.GetPage(number);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw context.Refuse("暗号化された PDF です（パスワードが要るため読めません）", "the PDF is encrypted (it needs a password)", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw context.Refuse($"p.{number} を読めません（PDF が壊れているか途中で切れています）", $"page {number} cannot be read (the PDF is damaged or truncated): {ex.Message}", ex);
        }
    }
}
