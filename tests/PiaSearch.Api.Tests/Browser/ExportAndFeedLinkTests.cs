using System.Text;
using OpenQA.Selenium;
using PiaSearch.Api.Tests.Exports;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>The search page's 保存 and feed links: they carry the search shown, every page of it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportAndFeedLinkTests(BrowserFixture browser)
{
    [Fact]
    public async Task SearchPage_CsvLink_SavesEveryRowOfTheSearchShown()
    {
        var driver = browser.RequireBrowser();
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        driver.Navigate().GoToUrl(browser.Api("/?q=" + Uri.EscapeDataString("委託") + "&timing=" + Uri.EscapeDataString("事前")));
        browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit")).Count > 0);
        var total = int.Parse(
            System.Text.RegularExpressions.Regex.Match(driver.FindElement(By.Id("count")).Text, @"^([\d,]+) 件").Groups[1].Value
                .Replace(",", string.Empty, StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
        var csv = driver.FindElement(By.Id("export-csv"));
        var xlsx = driver.FindElement(By.Id("export-xlsx"));

        Assert.True(csv.Displayed && xlsx.Displayed);
        Assert.Equal("CSV で保存", csv.Text);
        Assert.True(total > 20, "more rows than one page shows");
        using var client = new HttpClient();
        var bytes = await client.GetByteArrayAsync(new Uri(csv.GetDomProperty("href")!), TestContext.Current.CancellationToken);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("事前", r[11]));
        Assert.Contains("format=xlsx", xlsx.GetDomAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("timing=", xlsx.GetDomAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_FeedLink_IsTheAtomFeedOfTheSearch()
    {
        var driver = browser.RequireBrowser();
        driver.Navigate().GoToUrl(browser.Api("/?q=" + Uri.EscapeDataString("委託先")));
        browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit")).Count > 0);

        var feed = driver.FindElement(By.Id("feed"));

        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(feed.GetDomProperty("href")!), TestContext.Current.CancellationToken);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<entry>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
