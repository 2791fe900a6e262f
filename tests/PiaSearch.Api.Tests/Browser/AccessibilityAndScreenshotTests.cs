using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using PiaSearch.Contracts.CrossReferencing;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>
/// Every page at a desktop (1280 px) and a phone (360 px) width: no sideways scrolling on a phone, no serious or
/// critical axe-core violation (WCAG 2.1 A and AA: contrast, labels, names, structure), and, with PIA_SCREENSHOTS
/// set, a screenshot of each (docs/screenshots/ in the repository).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityAndScreenshotTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages => new()
    {
        { "search", 1280 }, { "search", 360 },
        { "entity", 1280 }, { "entity", 360 },
        { "report", 1280 }, { "report", 360 },
        { "embed", 1280 }, { "embed", 360 },
        { "widget", 1280 }, { "widget", 360 },
        { "admin", 1280 }, { "admin", 360 },
    };

    private async Task<string> UrlOfAsync(string page)
    {
        using var client = new HttpClient { BaseAddress = browser.ApiBase };
        var department = (await client.GetFromJsonAsync<EntityListResponse>(
            $"/api/entities?type=department&q={Uri.EscapeDataString(SampleLog.Department)}",
            TestContext.Current.CancellationToken))!.Entities[0];
        var api = browser.ApiBase.GetLeftPart(UriPartial.Authority);
        return page switch
        {
            // The default corpus's municipality, so that the README's screenshot shows real rows rather than the fixture's hostile ones.
            "search" => browser.Api("/?q=" + Uri.EscapeDataString("委託先") + "&municipality=" + Uri.EscapeDataString("目黒区")).ToString(),
            "entity" => browser.Api($"/entity.html?id={department.Id}").ToString(),
            "report" => browser.Api($"/report.html?id={department.Id}").ToString(),
            "admin" => browser.Api("/admin.html").ToString(),
            "embed" => browser.Api("/embed/?latest=" + Uri.EscapeDataString("委託先")).ToString(),
            "widget" => new Uri(browser.PortalBase, "/portal?latest=" + Uri.EscapeDataString(SampleLog.Department) + "&api=" + Uri.EscapeDataString(api)).ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(page)),
        };
    }

    private void WaitUntilRendered(IWebDriver driver, string page)
    {
        switch (page)
        {
            case "search":
                browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit")).Count > 0);
                break;
            case "entity":
                browser.Wait().Until(d => d.FindElements(By.CssSelector("#timeline svg rect")).Count > 0);
                break;
            case "admin":
                browser.Wait().Until(d => d.FindElements(By.Id("upload")).Count > 0);
                break;
            case "report":
                browser.Wait().Until(d => d.FindElement(By.TagName("body")).GetDomAttribute("data-ready") == "true");
                break;
            default:
                var host = page == "widget" ? By.Id("widget") : By.TagName("pia-search");
                browser.Wait().Until(d => d.FindElement(host).GetShadowRoot().FindElements(By.CssSelector("li")).Count > 0);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AtThisWidth_FitsAndHasNoSeriousAccessibilityViolation(string page, int width)
    {
        var driver = browser.RequireBrowser();
        var url = await UrlOfAsync(page);
        driver.Manage().Window.Size = new System.Drawing.Size(width, 900);
        driver.Navigate().GoToUrl(url);
        WaitUntilRendered(driver, page);
        var js = (IJavaScriptExecutor)driver;

        var overflow = Convert.ToInt64(js.ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(overflow <= 1, $"{page} at {width} px scrolls sideways by {overflow} px");
        browser.FullPageScreenshot($"{page}-{width}", width);

        var axe = AxeCore.Script;
        if (axe is null)
        {
            Assert.Skip(AxeCore.MissingReason!);
        }

        js.ExecuteScript(axe);
        // The portal's own (deliberately hostile) styles are not ours to check: only the widget is.
        var context = page == "widget" ? "document.getElementById('widget')" : "document";
        var result = (string)((IJavaScriptExecutor)driver).ExecuteAsyncScript($$"""
            const done = arguments[arguments.length - 1];
            axe.run({{context}}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
              .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))))
              .catch((e) => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
            """)!;
        using var violations = JsonDocument.Parse(result);
        var serious = violations.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} " +
                $"at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page} at {width} px:\n" + string.Join("\n", serious));
    }
}
