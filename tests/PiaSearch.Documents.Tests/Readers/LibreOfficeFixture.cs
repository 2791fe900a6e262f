using System.Diagnostics;
using PiaSearch.Synthetic;

namespace PiaSearch.Documents.Tests.Readers;

/// <summary>
/// Prints a handful of generated workbooks to PDF with LibreOffice, once for the test class: what a municipality
/// publishes, made by real software. When LibreOffice is not installed the tests say so and how to install it.
/// </summary>
public sealed class LibreOfficeFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pia-lo-" + Guid.NewGuid().ToString("N"));

    /// <summary>The workbooks (truth and XLSX) and the PDF LibreOffice printed from each.</summary>
    internal IReadOnlyList<(GeneratedWorkbook Workbook, byte[] Pdf)> Printed { get; private set; } = [];

    public static string? Soffice { get; } = new[] { "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>Null when the tests can run; otherwise what is missing and how to install it.</summary>
    public string? MissingReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Soffice is null)
        {
            MissingReason = "Tests that print workbooks to PDF need LibreOffice (soffice), which is not installed. " +
                "Install it with: apt-get install libreoffice-calc fonts-ipafont (.ci/run does this).";
            return;
        }

        Directory.CreateDirectory(_folder);
        var workbooks = new[]
        {
            GeneratedWorkbook.Make(seed: 1616, index: 0, rows: 60),
            GeneratedWorkbook.Make(seed: 1616, index: 1, rows: 60, new WorkbookLayout(DatesAsSerials: true)),
            GeneratedWorkbook.Make(seed: 1616, index: 2, rows: 60, new WorkbookLayout(CoverSheet: true, Municipality: "北市", Evaluation: "住民基本台帳に関する事務")),
            GeneratedWorkbook.Make(seed: 1616, index: 3, rows: 80, new WorkbookLayout(CoverSheet: true, Municipality: "南川町", Evaluation: "個人住民税に関する事務", Borders: false)),
        };
        foreach (var workbook in workbooks)
        {
            await File.WriteAllBytesAsync(Path.Combine(_folder, workbook.Id + ".xlsx"), workbook.Xlsx);
        }

        // Its own profile folder, so that another LibreOffice running on the machine does not take the job over.
        var start = new ProcessStartInfo(Soffice)
        {
            ArgumentList = { "--headless", "--norestore", $"-env:UserInstallation=file://{_folder}/profile", "--convert-to", "pdf", "--outdir", _folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var workbook in workbooks)
        {
            start.ArgumentList.Add(Path.Combine(_folder, workbook.Id + ".xlsx"));
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            MissingReason = "LibreOffice did not finish printing four small workbooks in 3 minutes (a hung soffice?); the PDF tests cannot run.";
            return;
        }

        var printed = new List<(GeneratedWorkbook, byte[])>();
        foreach (var workbook in workbooks)
        {
            var pdf = Path.Combine(_folder, workbook.Id + ".pdf");
            if (!File.Exists(pdf))
            {
                MissingReason = $"LibreOffice did not print {workbook.Id}.xlsx to PDF: {await process.StandardError.ReadToEndAsync()}";
                return;
            }

            printed.Add((workbook, await File.ReadAllBytesAsync(pdf)));
        }

        Printed = printed;
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
