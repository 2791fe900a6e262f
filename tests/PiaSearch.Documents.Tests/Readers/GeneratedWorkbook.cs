using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Synthetic;

namespace PiaSearch.Documents.Tests.Readers;

/// <summary>A change log made by the generator, its parsed rows (the truth) and the same rows written as the form's workbook.</summary>
internal sealed record GeneratedWorkbook(string Id, IReadOnlyList<ChangeEntry> Truth, byte[] Xlsx, WorkbookLayout Layout)
{
    public static GeneratedWorkbook Make(int seed, int index, int rows, WorkbookLayout? layout = null)
    {
        var log = new SyntheticChangeLogGenerator().Generate(seed, index, rows);
        var truth = new ChangeLogParser().Parse(log.Content, log.Id).Entries;
        using var stream = new MemoryStream();
        ChangeLogWorkbookWriter.Write(truth, stream, layout);
        return new GeneratedWorkbook(log.Id, truth, stream.ToArray(), layout ?? new WorkbookLayout());
    }
}
