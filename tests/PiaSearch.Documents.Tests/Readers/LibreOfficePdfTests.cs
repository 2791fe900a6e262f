using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Synthetic;

namespace PiaSearch.Documents.Tests.Readers;

/// <summary>Workbooks in the form's layout, printed to PDF by LibreOffice and read back (the full measurement is bench/documents/run.sh).</summary>
[Trait("Category", "Slow")]
public sealed class LibreOfficePdfTests(LibreOfficeFixture office) : IClassFixture<LibreOfficeFixture>
{
    private readonly DocumentReaders _readers = new(new ChangeLogParser());

    [Fact]
    public void Read_PdfPrintedByLibreOffice_RowsEqualTheGenerators()
    {
        RequireLibreOffice();
        foreach (var (workbook, pdf) in office.Printed)
        {
            var result = _readers.Read(new MemoryStream(pdf), workbook.Id, workbook.Id + ".pdf", cancellationToken: TestContext.Current.CancellationToken);

            var comparison = ReadBackComparison.Compare(workbook.Truth, result.Result.Entries);
            Assert.True(
                comparison.Recall >= 0.99,
                $"{workbook.Id}: {comparison.Matched}/{comparison.Expected} rows equal; first missing: {(comparison.Missing.Count > 0 ? comparison.Missing[0] : "none")}");
            Assert.True(
                comparison.Read == comparison.Expected || result.Result.Warnings.Any(w => w.Reason.StartsWith("p.", StringComparison.Ordinal)),
                $"{workbook.Id}: {comparison.Read} rows read for {comparison.Expected}, without a warning naming a page");
        }
    }

    [Fact]
    public void Read_PdfPrintedByLibreOffice_RowsKeepTheirPagesInOrder()
    {
        RequireLibreOffice();
        var (workbook, pdf) = office.Printed[0];

        var result = _readers.Read(new MemoryStream(pdf), workbook.Id, workbook.Id + ".pdf", cancellationToken: TestContext.Current.CancellationToken);

        var sources = result.Result.Entries.Select(e => e.Source!).ToList();
        Assert.True(result.Pages > 1, "the table should run over several pages");
        Assert.Equal(result.Pages, sources.Max(s => s.Page));
        Assert.Equal(1, sources[0].Page);
        Assert.Equal(1, sources[0].Row);
        for (var i = 1; i < sources.Count; i++)
        {
            var (previous, current) = (sources[i - 1], sources[i]);
            Assert.True(current.Page == previous.Page ? current.Row == previous.Row + 1 : current.Page == previous.Page + 1 && current.Row == 1, $"{previous.Label} then {current.Label}");
        }
    }

    [Fact]
    public void Read_PdfWithACoverPrintedByLibreOffice_CoverNamesTheMunicipalityAndTheEvaluation()
    {
        RequireLibreOffice();
        var withCover = office.Printed.Where(p => p.Workbook.Layout.CoverSheet).ToList();
        Assert.Equal(2, withCover.Count);
        foreach (var (workbook, pdf) in withCover)
        {
            var result = _readers.Read(new MemoryStream(pdf), workbook.Id, workbook.Id + ".pdf", cancellationToken: TestContext.Current.CancellationToken);

            Assert.Equal(new DocumentCover("1", workbook.Layout.Evaluation, workbook.Layout.Municipality, "令和6年4月1日"), result.Cover);
        }
    }

    [Fact]
    public void Read_PdfPrintedWithoutBorders_RowsFromTheHeaderAndDates()
    {
        RequireLibreOffice();
        var (workbook, pdf) = office.Printed.Single(p => !p.Workbook.Layout.Borders);

        var result = _readers.Read(new MemoryStream(pdf), workbook.Id, workbook.Id + ".pdf", cancellationToken: TestContext.Current.CancellationToken);

        var comparison = ReadBackComparison.Compare(workbook.Truth, result.Result.Entries);
        Assert.True(comparison.Recall >= 0.99, $"{comparison.Matched}/{comparison.Expected} rows equal; first missing: {(comparison.Missing.Count > 0 ? comparison.Missing[0] : "none")}");
        Assert.True(result.Pages > 2);
        Assert.All(result.Result.Entries, e => Assert.True(e.Source?.Page > 1, "the cover page holds no row"));
    }

    [Fact]
    public void Read_WholeEvaluationPrintedByLibreOffice_SectionsBeforeTheTableWithTheirPaths()
    {
        RequireLibreOffice();
        foreach (var (workbook, pdf) in office.Printed.Where(p => p.Workbook.Layout.CoverSheet))
        {
            var result = _readers.Read(new MemoryStream(pdf), workbook.Id, workbook.Id + ".pdf", cancellationToken: TestContext.Current.CancellationToken);

            var sections = result.Result.Entries.Where(e => e.Kind == EntryKind.Section).ToList();
            SectionEntriesTests.AssertSections(SyntheticSections.Expected(workbook.Layout.Municipality, workbook.Layout.Evaluation), sections);
            var firstTablePage = result.Result.Entries.Where(e => e.Kind == EntryKind.Change).Min(e => e.Source!.Page!.Value);
            Assert.All(sections, s => Assert.InRange(s.Source!.Page!.Value, 2, firstTablePage - 1)); // after the cover, before the table
        }
    }

    [Fact]
    public void Read_TheWorkbookLibreOfficePrinted_RowsEqualTheGenerators()
    {
        RequireLibreOffice();
        foreach (var (workbook, _) in office.Printed)
        {
            var result = _readers.Read(new MemoryStream(workbook.Xlsx), workbook.Id, workbook.Id + ".xlsx", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(workbook.Truth.Count, ReadBackComparison.Compare(workbook.Truth, result.Result.Entries).Matched);
        }
    }

    private void RequireLibreOffice()
    {
        if (office.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
