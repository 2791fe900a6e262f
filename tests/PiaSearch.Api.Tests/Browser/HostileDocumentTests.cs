using OpenQA.Selenium;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>A change log whose cells carry script: nothing it contains may ever run.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileDocumentTests(BrowserFixture browser)
{
    private static object? Pwned(IWebDriver driver) => ((IJavaScriptExecutor)driver).ExecuteScript("return window.__pwned ?? null;");

    [Fact]
    public void SearchPage_HostileRows_ShowAsTextAndRunNothing()
    {
        var driver = browser.RequireBrowser();
        driver.Navigate().GoToUrl(browser.Api("/?size=50&q=" + Uri.EscapeDataString(BrowserFixture.HostileMarker)));
        var hits = browser.Wait().Until(d => d.FindElements(By.CssSelector("#results .hit")) is { Count: > 0 } h ? h : null)!;

        foreach (var summary in driver.FindElements(By.CssSelector("#results summary")))
        {
            summary.Click();
        }

        Assert.Equal(HostileCorpus.Payloads.Count, hits.Count);
        Assert.Null(Pwned(driver));
        Assert.Empty(driver.FindElements(By.CssSelector("#results script, #results img, #results svg, #results iframe, #results a[href^='javascript']")));
        var text = driver.FindElement(By.Id("results")).Text;
        Assert.Contains("<img src=x onerror=\"window.__pwned='escaped'\">", text, StringComparison.Ordinal);
        Assert.Throws<NoAlertPresentException>(() => driver.SwitchTo().Alert());
    }

    [Fact]
    public void Widget_HostileRows_ShowAsTextAndRunNothing()
    {
        var driver = browser.RequireBrowser();
        driver.Navigate().GoToUrl(new Uri(browser.PortalBase, "/portal?api=" + Uri.EscapeDataString(browser.ApiBase.GetLeftPart(UriPartial.Authority))));
        var shadow = browser.Wait().Until(d => d.FindElement(By.Id("widget")).GetShadowRoot());
        shadow.FindElement(By.CssSelector("input")).SendKeys(BrowserFixture.HostileMarker + Keys.Enter);

        browser.Wait().Until(_ => shadow.FindElements(By.CssSelector("li")).Count > 0);

        Assert.Null(Pwned(driver));
        Assert.Empty(shadow.FindElements(By.CssSelector("script, img, svg, iframe")));
    }
}
