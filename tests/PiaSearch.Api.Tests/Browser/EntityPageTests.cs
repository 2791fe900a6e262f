using OpenQA.Selenium;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>An entity's page: its names over time and the timeline picture, reached from a search result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EntityPageTests(BrowserFixture browser)
{
    [Fact]
    public void EntityPage_FromASearchResult_ShowsNamesAndATimeline()
    {
        var driver = browser.RequireBrowser();
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        driver.Navigate().GoToUrl(browser.Api("/?q=RKKCS"));
        var chip = browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .entities a")).FirstOrDefault(a => a.Text.Contains("RKKCS", StringComparison.Ordinal)))!;

        chip.Click();

        browser.Wait().Until(d => d.FindElements(By.CssSelector("#timeline svg rect")).Count > 1);
        var names = driver.FindElements(By.CssSelector("#names li")).Select(li => li.Text).ToList();
        Assert.Contains(names, n => n.Contains("アール・ケー・ケー", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("RKKCS", StringComparison.Ordinal));
        Assert.NotEmpty(driver.FindElements(By.CssSelector("#timeline svg circle")));
        Assert.NotEmpty(driver.FindElements(By.CssSelector("#slots tr")));
        Assert.True(driver.FindElement(By.Id("municipalities-section")).Displayed);
        Assert.Equal("目黒区", driver.FindElement(By.CssSelector("#municipalities tr td")).Text);
        browser.Screenshot("entity-timeline");
    }

    [Theory]
    [InlineData("entity.html")]
    [InlineData("report.html")]
    public void EntityPages_LanguageButton_SwitchesToEnglishAndBack(string page)
    {
        var driver = browser.RequireBrowser();
        driver.Navigate().GoToUrl(browser.Api("/?q=RKKCS"));
        var chip = browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .entities a")).FirstOrDefault(a => a.Text.Contains("RKKCS", StringComparison.Ordinal)))!;
        var id = new Uri(chip.GetDomProperty("href")!).Query;
        driver.Navigate().GoToUrl(browser.Api("/" + page + id));
        browser.Wait().Until(d => d.FindElement(By.Id("names-heading")).Text == "名称の変遷");

        driver.FindElement(By.Id("lang")).Click();
        browser.Wait().Until(d => d.FindElement(By.Id("names-heading")).Text == "Names over time");
        Assert.Equal("日本語", driver.FindElement(By.Id("lang")).Text);
        Assert.Equal("en", driver.FindElement(By.TagName("html")).GetDomAttribute("lang"));

        driver.FindElement(By.Id("lang")).Click();
        browser.Wait().Until(d => d.FindElement(By.Id("names-heading")).Text == "名称の変遷");
        Assert.Equal("English", driver.FindElement(By.Id("lang")).Text);
    }

    [Fact]
    public void EntityPage_AllRowsLink_ListsTheRowsThatMentionIt()
    {
        var driver = browser.RequireBrowser();
        driver.Navigate().GoToUrl(browser.Api("/?q=RKKCS"));
        var chip = browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .entities a")).FirstOrDefault(a => a.Text.Contains("RKKCS", StringComparison.Ordinal)))!;
        chip.Click();
        var rows = browser.Wait().Until(d => d.FindElement(By.Id("rows")) is { Displayed: true } link && link.GetDomAttribute("href")!.Contains("entity=", StringComparison.Ordinal) ? link : null)!;

        rows.Click();

        browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit")).Count >= 2);
        Assert.Contains("RKKCS", driver.FindElement(By.CssSelector(".entity-filter")).Text, StringComparison.Ordinal);
    }
}
