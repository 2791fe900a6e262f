using System.Diagnostics;
using System.Net.Http.Json;
using OpenQA.Selenium;
using PiaSearch.Contracts.CrossReferencing;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>An entity's 「印刷用」 report, printed to PDF by Chromium on A4 and read back as text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintReportTests(BrowserFixture browser)
{
    [Fact]
    public async Task Report_PrintedToPdf_IsA4AndHoldsNamesTimelineSuccessionsAndEvidence()
    {
        var driver = browser.RequireBrowser();
        if (PopplerAvailability.MissingReason is { } missing)
        {
            Assert.Skip(missing);
        }

        using var client = new HttpClient { BaseAddress = browser.ApiBase };
        var list = await client.GetFromJsonAsync<EntityListResponse>($"/api/entities?type=department&q={Uri.EscapeDataString(SampleLog.Department)}", TestContext.Current.CancellationToken);
        var department = list!.Entities[0];
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        driver.Navigate().GoToUrl(browser.Api($"/entity.html?id={department.Id}"));
        var link = browser.Wait().Until(d => d.FindElement(By.Id("print-view")) is { } a && a.GetDomAttribute("href")!.Contains(department.Id, StringComparison.Ordinal) ? a : null)!;
        Assert.Equal("印刷用", link.Text);
        link.Click();
        browser.Wait().Until(d => d.FindElement(By.TagName("body")).GetDomAttribute("data-ready") == "true");

        var pdf = driver.Print(new PrintOptions { PageDimensions = new PrintOptions.PageSize { Width = 21.0, Height = 29.7 }, OutputBackgroundImages = true });
        var file = Path.Combine(Path.GetTempPath(), $"pia-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, Convert.FromBase64String(pdf.AsBase64EncodedString), TestContext.Current.CancellationToken);
        try
        {
            var info = await RunAsync(PopplerAvailability.PdfInfo, file);
            var text = await RunAsync(PopplerAvailability.PdfToText, file, "-");

            Assert.Contains("(A4)", info, StringComparison.Ordinal);
            Assert.Contains("名称の変遷", text, StringComparison.Ordinal);
            Assert.Contains("見本課", text, StringComparison.Ordinal);
            Assert.Contains(SampleLog.Department, text, StringComparison.Ordinal);
            Assert.Contains("年表", text, StringComparison.Ordinal);
            Assert.Contains("改称", text, StringComparison.Ordinal);
            Assert.Contains("根拠の行", text, StringComparison.Ordinal);
            Assert.Contains(SampleLog.Municipality, text, StringComparison.Ordinal);
            Assert.Contains($"{SampleLog.DocumentId} 行 ", text, StringComparison.Ordinal);
            // The screen's controls are not printed.
            Assert.DoesNotContain("印刷する", text, StringComparison.Ordinal);
            Assert.DoesNotContain("English", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        browser.FullPageScreenshot("report-1280", 1280);
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        return await output;
    }
}
