using OpenQA.Selenium;

namespace PiaSearch.Api.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture browser)
{
    private IWebDriver Open(string relative)
    {
        var driver = browser.RequireBrowser();
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        driver.Navigate().GoToUrl(browser.Api(relative));
        return driver;
    }

    private IReadOnlyList<IWebElement> WaitForHits(IWebDriver driver) =>
        browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit")) is { Count: > 0 } hits ? hits : null)!;

    [Fact]
    public void Search_TypeAndSubmit_ShowsCountHighlightsAndAPermalink()
    {
        var driver = Open("/");
        var box = driver.FindElement(By.Id("q"));
        box.SendKeys("委託先" + Keys.Enter);

        var hits = WaitForHits(driver);

        Assert.Equal(20, hits.Count);
        Assert.Matches(@"^\d+ 件中 1–20 件", driver.FindElement(By.Id("count")).Text);
        Assert.Contains(driver.FindElements(By.CssSelector("#results mark")), m => m.Text == "委託先");
        Assert.Contains("q=%E5%A7%94%E8%A8%97%E5%85%88", driver.Url, StringComparison.Ordinal);
        browser.Screenshot("search-results");
    }

    [Fact]
    public void Search_RenamedDepartment_SaysWhichOtherNamesItSearched_AndLinksToTheLiteralSearch()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString("情報政策課"));
        var hits = WaitForHits(driver);

        var notice = browser.Wait().Until(d => d.FindElement(By.Id("expansions")) is { Displayed: true } shown ? shown : null)!;
        Assert.Contains("『情報政策課』の", notice.Text, StringComparison.Ordinal);
        Assert.Contains("旧名『情報課』", notice.Text, StringComparison.Ordinal);
        Assert.Contains(driver.FindElements(By.CssSelector("#results .hit .reason")), c => c.Text == "旧名『情報課』");
        var expandedCount = hits.Count;

        notice.FindElement(By.TagName("a")).Click();

        browser.Wait().Until(d => d.Url.Contains("expand=false", StringComparison.Ordinal)
            && d.FindElement(By.Id("expansions")).Text.Contains("字句どおり", StringComparison.Ordinal));
        var literal = WaitForHits(driver);
        Assert.True(literal.Count < expandedCount);
        Assert.Empty(driver.FindElements(By.CssSelector("#results .hit .reason")));
    }

    [Fact]
    public void Filter_ChoosingAFile_KeepsOnlyThatFileAndPutsItInTheUrl()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString("委託"));
        WaitForHits(driver);

        driver.FindElement(By.CssSelector("#file option[value='本人確認情報ファイル']")).Click();

        browser.Wait().Until(d => d.Url.Contains("file=", StringComparison.Ordinal) && d.FindElements(By.CssSelector("#results .hit")).Count > 0);
        browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit .chip")).Where(c => c.Text.EndsWith("ファイル", StringComparison.Ordinal)).All(c => c.Text == "本人確認情報ファイル"));
        Assert.All(driver.FindElements(By.CssSelector("#results .hit")), hit =>
            Assert.Contains(hit.FindElements(By.CssSelector(".chip")), c => c.Text == "本人確認情報ファイル"));
    }

    [Fact]
    public void Filter_ChoosingAMunicipality_KeepsOnlyItsRowsAndShowsItOnEachHit()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString("委託"));
        WaitForHits(driver);

        browser.Wait().Until(d => d.FindElements(By.CssSelector("#municipality option[value='<b>試験町</b>']")).Count > 0);
        driver.FindElement(By.CssSelector("#municipality option[value='<b>試験町</b>']")).Click();

        browser.Wait().Until(d => d.Url.Contains("municipality=", StringComparison.Ordinal)
            && d.FindElements(By.CssSelector("#results .hit .municipality")) is { Count: > 0 } chips && chips.All(c => c.Text == "<b>試験町</b>"));
        Assert.All(driver.FindElements(By.CssSelector("#results .hit")), hit =>
            Assert.Equal("<b>試験町</b>", hit.FindElement(By.CssSelector(".municipality")).Text));
        Assert.Empty(driver.FindElements(By.CssSelector("#results .hit .municipality b")));
    }

    [Fact]
    public void Filter_DateRange_KeepsOnlyThatFiscalYear()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString("委託") + "&from=2021-04-01&to=2022-03-31");

        var hits = WaitForHits(driver);

        Assert.All(hits, hit => Assert.Equal("令和3年度", hit.FindElement(By.CssSelector(".hit-date")).Text));
        Assert.Equal("2021-04-01", driver.FindElement(By.Id("from")).GetDomProperty("value"));
    }

    [Fact]
    public void Paging_NextPage_ShowsOtherHitsAndThePermalinkRestoresThem()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString("委託") + "&size=20");
        var firstPage = WaitForHits(driver).Select(h => h.GetDomAttribute("data-id")).ToList();

        driver.FindElements(By.CssSelector("#pager button")).Last().Click();
        browser.Wait().Until(d => d.Url.Contains("page=2", StringComparison.Ordinal));
        var secondPage = browser.Wait().Until(d =>
            d.FindElements(By.CssSelector("#results .hit")).Select(h => h.GetDomAttribute("data-id")).ToList() is { Count: > 0 } ids && ids[0] != firstPage[0] ? ids : null)!;

        Assert.Empty(firstPage.Intersect(secondPage));
        var permalink = driver.Url;
        driver.Navigate().GoToUrl(permalink);
        Assert.Equal(secondPage, WaitForHits(driver).Select(h => h.GetDomAttribute("data-id")));
    }

    [Fact]
    public void Result_OpeningTheComparison_MarksWhatChanged()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString("情報政策課"));
        var hit = WaitForHits(driver)[0];

        hit.FindElement(By.TagName("summary")).Click();

        var deleted = hit.FindElements(By.CssSelector(".diff del")).Select(e => e.Text);
        var inserted = hit.FindElements(By.CssSelector(".diff ins")).Select(e => e.Text);
        Assert.Contains(inserted, t => t.Contains("政策", StringComparison.Ordinal));
        Assert.DoesNotContain(deleted, t => t.Contains("情報課", StringComparison.Ordinal));
    }

    [Fact]
    public void KeyboardOnly_SearchMoveThroughResultsAndOpenOne()
    {
        var driver = Open("/");
        var body = driver.FindElement(By.TagName("body"));
        body.SendKeys(Keys.Tab); // skip link
        body = driver.SwitchTo().ActiveElement();
        for (var i = 0; i < 10 && driver.SwitchTo().ActiveElement().GetDomAttribute("id") != "q"; i++)
        {
            driver.SwitchTo().ActiveElement().SendKeys(Keys.Tab);
        }

        Assert.Equal("q", driver.SwitchTo().ActiveElement().GetDomAttribute("id"));
        driver.SwitchTo().ActiveElement().SendKeys("委託先" + Keys.Enter);
        WaitForHits(driver);
        browser.Wait().Until(d => d.SwitchTo().ActiveElement().GetDomAttribute("id") == "results");

        driver.SwitchTo().ActiveElement().SendKeys(Keys.ArrowDown);
        driver.SwitchTo().ActiveElement().SendKeys(Keys.ArrowDown);
        var focused = driver.SwitchTo().ActiveElement();
        Assert.Equal("summary", focused.TagName);
        focused.SendKeys(Keys.Enter);

        var open = driver.FindElements(By.CssSelector("#results details[open]"));
        Assert.Single(open);
        Assert.Equal("1", open[0].FindElement(By.XPath("./ancestor::li")).GetDomAttribute("data-index"));
    }

    [Fact]
    public void EveryInput_HasALabel()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString("委託"));
        WaitForHits(driver);

        var unlabelled = ((IJavaScriptExecutor)driver).ExecuteScript(
            "return [...document.querySelectorAll('input, select, textarea, button')]" +
            ".filter(e => !e.labels?.length && !e.getAttribute('aria-label') && !e.textContent.trim()).map(e => e.id || e.outerHTML);");

        Assert.Empty((IReadOnlyCollection<object>)unlabelled!);
    }

    [Fact]
    public void LanguageToggle_SwitchesTheLabelsToEnglishAndBack()
    {
        var driver = Open("/?q=" + Uri.EscapeDataString("委託"));
        WaitForHits(driver);

        driver.FindElement(By.Id("lang")).Click();
        browser.Wait().Until(d => d.FindElement(By.CssSelector("label[for=q]")).Text == "Search");
        Assert.Equal("en", driver.FindElement(By.TagName("html")).GetDomAttribute("lang"));
        Assert.Matches(@"^1–20 of \d+", driver.FindElement(By.Id("count")).Text);

        driver.FindElement(By.Id("lang")).Click();
        browser.Wait().Until(d => d.FindElement(By.CssSelector("label[for=q]")).Text == "検索語");
    }

    [Fact]
    public void NarrowScreen_360Pixels_HasNoHorizontalScroll()
    {
        var driver = browser.RequireBrowser();
        driver.Manage().Window.Size = new System.Drawing.Size(360, 800);
        driver.Navigate().GoToUrl(browser.Api("/?q=" + Uri.EscapeDataString("委託先")));
        WaitForHits(driver);

        var overflow = (long)((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")!;

        browser.Screenshot("search-360px");
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 360px screen");
    }
}
