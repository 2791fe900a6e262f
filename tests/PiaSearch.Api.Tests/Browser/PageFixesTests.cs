using System.Net.Http.Json;
using OpenQA.Selenium;
using PiaSearch.Contracts.CrossReferencing;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>What a first-time user saw wrong on the pages, each checked in the browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageFixesTests(BrowserFixture browser)
{
    private IWebDriver Open(string relative, int width = 1280)
    {
        var driver = browser.RequireBrowser();
        driver.Manage().Window.Size = new System.Drawing.Size(width, 1000);
        driver.Navigate().GoToUrl(browser.Api(relative));
        return driver;
    }

    private async Task<EntitySummaryDto> EntityAsync(string type, string q)
    {
        using var client = new HttpClient { BaseAddress = browser.ApiBase };
        var list = await client.GetFromJsonAsync<EntityListResponse>($"/api/entities?type={type}&q={Uri.EscapeDataString(q)}", TestContext.Current.CancellationToken);
        return list!.Entities[0];
    }

    private IWebElement WaitForEntity(IWebDriver driver) =>
        browser.Wait().Until(d => d.FindElements(By.CssSelector("#timeline svg rect")).Count > 0 ? d.FindElement(By.Id("entity")) : null)!;

    [Fact]
    public async Task EntityPage_ARowMentioningTheNameTwice_IsLinkedOnce()
    {
        browser.RequireBrowser();
        var department = await EntityAsync("department", SampleLog.Department);
        var driver = Open($"/entity.html?id={department.Id}");
        WaitForEntity(driver);

        var lists = driver.FindElements(By.CssSelector("#aliases li, #successions li"));

        Assert.NotEmpty(lists);
        foreach (var li in lists)
        {
            var links = li.FindElements(By.TagName("a")).Select(a => a.GetDomAttribute("href")).ToList();
            Assert.Equal(links.Distinct().Count(), links.Count);
        }
    }

    [Fact]
    public async Task EntityPage_LatestName_ReadsAsStillInUse()
    {
        browser.RequireBrowser();
        var department = await EntityAsync("department", SampleLog.Department);
        var driver = Open($"/entity.html?id={department.Id}");
        WaitForEntity(driver);

        var chips = driver.FindElements(By.CssSelector("#names li")).Select(li => li.Text).ToList();

        Assert.True(chips.Count >= 2, string.Join(" | ", chips));
        Assert.Contains(SampleLog.Department, chips[^1], StringComparison.Ordinal);
        Assert.Contains("以降", chips[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("以降", chips[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntityPage_TimelineLabels_NeitherRunUnderABarNorAreCutFromTheLeft()
    {
        browser.RequireBrowser();
        var law = await EntityAsync("statute", "番号法");
        var driver = Open($"/entity.html?id={law.Id}");
        WaitForEntity(driver);

        var js = (IJavaScriptExecutor)driver;
        var overlaps = (long)js.ExecuteScript("""
            const svg = document.querySelector('#timeline svg');
            const boxes = (sel) => [...svg.querySelectorAll(sel)].map((e) => e.getBoundingClientRect());
            const bars = boxes('rect');
            const texts = [...svg.querySelectorAll('text')].filter((t) => t.getAttribute('fill') !== '#ffffff').map((e) => e.getBoundingClientRect());
            let n = 0;
            for (const t of texts) for (const b of bars) {
              if (t.left < b.right - 0.5 && b.left < t.right - 0.5 && t.top < b.bottom - 0.5 && b.top < t.bottom - 0.5) n++;
            }
            return n;
            """)!;
        var labels = driver.FindElements(By.CssSelector("#timeline svg text")).Select(t => t.Text).ToList();

        Assert.Equal(0, overlaps);
        Assert.DoesNotContain(labels, l => l.StartsWith('…'));
        Assert.True(driver.FindElements(By.CssSelector("#timeline svg rect")).Count > 2);
    }

    [Fact]
    public async Task EntityPage_LawCitedWithAListOfEntries_ListsNoBareNumberAsASpelling()
    {
        browser.RequireBrowser();
        var law = await EntityAsync("statute", "番号法");
        var driver = Open($"/entity.html?id={law.Id}");
        WaitForEntity(driver);

        var spellings = ((IReadOnlyCollection<object>)((IJavaScriptExecutor)driver).ExecuteScript(
            "return [...document.querySelectorAll('#aliases li')].map((li) => li.childNodes[1].textContent.trim());")!).Cast<string>().ToList();

        Assert.NotEmpty(spellings);
        Assert.DoesNotContain(spellings, s => s.All(char.IsAsciiDigit));
    }

    [Fact]
    public void Suggestions_PartOfADepartmentsName_SuggestsItFirst()
    {
        var driver = Open("/");

        driver.FindElement(By.Id("q")).SendKeys("見本");

        var options = browser.Wait().Until(d => d.FindElements(By.CssSelector("#suggestions option")) is { Count: > 0 } o ? o : null)!;
        Assert.Equal(SampleLog.Department, options[0].GetDomAttribute("value"));
    }

    [Fact]
    public async Task Search_RowsOfAnEntityWithoutWords_ShowNoMatchKindAndTheNewestFirstOrder()
    {
        browser.RequireBrowser();
        var department = await EntityAsync("department", SampleLog.Department);
        var driver = Open($"/?entity={department.Id}");

        var hits = browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit")) is { Count: > 0 } h ? h : null)!;

        Assert.Empty(driver.FindElements(By.CssSelector("#results .partial")));
        Assert.Equal("newest", driver.FindElement(By.Id("sort")).GetDomProperty("value"));
        Assert.Equal("true", driver.FindElement(By.CssSelector("#sort option[value=relevance]")).GetDomProperty("disabled"), ignoreCase: true);
        Assert.All(hits, h => Assert.Equal(SampleLog.Municipality, h.FindElement(By.CssSelector(".municipality")).Text));
        Assert.All(hits, h => Assert.Matches(@"^行 \d+$", h.FindElement(By.CssSelector(".where")).Text));
    }

    [Fact]
    public void Search_DateItemHoldingASpreadsheetDayNumber_ShowsTheDate()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString(SampleLog.DateItemWord));

        var hit = browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit")).FirstOrDefault())!;

        Assert.Contains($"{SampleLog.DaySerial}（令和5年3月15日 / 2023-03-15）", hit.Text, StringComparison.Ordinal);
        hit.FindElement(By.CssSelector("details summary")).Click();
        Assert.Contains("令和5年3月15日 / 2023-03-15", hit.FindElement(By.CssSelector(".diff")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbedPage_BeforeAnySearch_ShowsAPlaceholderAndAHint()
    {
        var driver = Open("/embed/", width: 400);

        var shadow = browser.Wait().Until(d => d.FindElement(By.TagName("pia-search")).GetShadowRoot());
        var input = browser.Wait().Until(_ => shadow.FindElements(By.CssSelector("input")).FirstOrDefault())!;

        Assert.False(string.IsNullOrWhiteSpace(input.GetDomAttribute("placeholder")));
        Assert.Contains("変更箇所", shadow.FindElement(By.CssSelector("p")).Text, StringComparison.Ordinal);
        Assert.True(input.Size.Height > 0 && shadow.FindElement(By.CssSelector("p")).Displayed);
    }

    [Fact]
    public void EmbedPage_DateItemHoldingASpreadsheetDayNumber_ShowsTheDateAfterIt()
    {
        var driver = Open("/embed/?latest=" + Uri.EscapeDataString(SampleLog.DateItemWord), width: 400);

        var shadow = browser.Wait().Until(d => d.FindElement(By.TagName("pia-search")).GetShadowRoot());
        var hit = browser.Wait().Until(_ => shadow.FindElements(By.CssSelector("li[part=hit]")).FirstOrDefault(li => li.Text.Contains(SampleLog.DaySerial, StringComparison.Ordinal)))!;

        Assert.Equal("（令和5年3月15日 / 2023-03-15）", hit.FindElement(By.CssSelector("[part=date]")).Text);
    }

    [Fact]
    public void Widget_Result_ShowsTheItemOnceAndTheMunicipality()
    {
        var driver = browser.RequireBrowser();
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        driver.Navigate().GoToUrl(new Uri(browser.PortalBase, "/portal?api=" + Uri.EscapeDataString(browser.ApiBase.GetLeftPart(UriPartial.Authority))));
        var shadow = browser.Wait().Until(d => d.FindElement(By.Id("widget")).GetShadowRoot());
        shadow.FindElement(By.CssSelector("input")).SendKeys("所属長" + Keys.Enter);

        var hits = browser.Wait().Until(_ => shadow.FindElements(By.CssSelector("li[part=hit]")) is { Count: > 0 } r ? r : null)!;

        foreach (var hit in hits)
        {
            var item = hit.FindElement(By.TagName("a")).Text;
            Assert.DoesNotContain(item, hit.FindElement(By.CssSelector(".snippet")).Text, StringComparison.Ordinal);
            Assert.Matches(@"^(目黒区|見本町|<b>試験町</b>) · ", hit.FindElement(By.CssSelector(".meta")).Text);
        }
    }

    [Fact]
    public void Widget_WithLatest_ShowsTheNewestChangesWithoutTyping()
    {
        var driver = browser.RequireBrowser();
        driver.Navigate().GoToUrl(new Uri(
            browser.PortalBase,
            "/portal?latest=" + Uri.EscapeDataString(SampleLog.Department) + "&api=" + Uri.EscapeDataString(browser.ApiBase.GetLeftPart(UriPartial.Authority))));
        var shadow = browser.Wait().Until(d => d.FindElement(By.Id("widget")).GetShadowRoot());

        var hits = browser.Wait().Until(_ => shadow.FindElements(By.CssSelector("li[part=hit]")) is { Count: > 0 } r ? r : null)!;

        Assert.Equal(string.Empty, shadow.FindElement(By.CssSelector("input")).GetDomProperty("value"));
        Assert.Contains(SampleLog.Department, shadow.FindElement(By.CssSelector("h2")).Text, StringComparison.Ordinal);
        Assert.Contains("sort=newest", hits[0].FindElement(By.TagName("a")).GetDomAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("令和4年5月1日", hits[0].FindElement(By.CssSelector(".meta")).Text, StringComparison.Ordinal);
    }
}
