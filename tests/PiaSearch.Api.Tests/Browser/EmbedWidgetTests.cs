using OpenQA.Selenium;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>The &lt;pia-search&gt; widget on a page of another origin, as the intranet portal embeds it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedWidgetTests(BrowserFixture browser)
{
    private ISearchContext OpenPortal(IWebDriver driver, string lang = "ja")
    {
        var api = browser.ApiBase.GetLeftPart(UriPartial.Authority);
        driver.Navigate().GoToUrl(new Uri(browser.PortalBase, $"/portal?lang={lang}&api=" + Uri.EscapeDataString(api)));
        return browser.Wait().Until(d => d.FindElement(By.Id("widget")).GetShadowRoot());
    }

    [Fact]
    public void Widget_OnAForeignOrigin_SearchesThePiaSearchApi()
    {
        var driver = browser.RequireBrowser();
        Assert.NotEqual(browser.PortalBase.GetLeftPart(UriPartial.Authority), browser.ApiBase.GetLeftPart(UriPartial.Authority));
        var shadow = OpenPortal(driver);

        shadow.FindElement(By.CssSelector("input")).SendKeys("情報政策課" + Keys.Enter);
        var results = browser.Wait().Until(_ => shadow.FindElements(By.CssSelector("li")) is { Count: > 0 } r ? r : null)!;

        Assert.Contains(shadow.FindElements(By.CssSelector("mark")), m => m.Text == "情報政策課");
        Assert.StartsWith(browser.ApiBase.GetLeftPart(UriPartial.Authority), results[0].FindElement(By.TagName("a")).GetDomAttribute("href"), StringComparison.Ordinal);
        browser.Screenshot("widget-in-portal");
    }

    [Fact]
    public void Widget_Styles_DoNotLeakInOrOut()
    {
        var driver = browser.RequireBrowser();
        var shadow = OpenPortal(driver);
        shadow.FindElement(By.CssSelector("input")).SendKeys("委託先" + Keys.Enter);
        var item = browser.Wait().Until(_ => shadow.FindElements(By.CssSelector("li")) is { Count: > 0 } r ? r[0] : null)!;

        var js = (IJavaScriptExecutor)driver;
        var insideColor = (string)js.ExecuteScript("return getComputedStyle(arguments[0]).color;", item)!;
        var portalItem = driver.FindElement(By.Id("portal-item"));
        var outsideColor = (string)js.ExecuteScript("return getComputedStyle(arguments[0]).color;", portalItem)!;

        Assert.NotEqual("rgb(255, 0, 0)", insideColor);
        Assert.Equal("rgb(255, 0, 0)", outsideColor);
    }

    [Fact]
    public void Widget_LangAttribute_ShowsEnglish()
    {
        var driver = browser.RequireBrowser();
        var shadow = OpenPortal(driver, lang: "en");

        Assert.Equal("Search", shadow.FindElement(By.CssSelector("button")).Text);
    }

    [Fact]
    public void EmbedPage_MayBeFramedOnlyByAllowedOrigins()
    {
        var driver = browser.RequireBrowser();
        driver.Navigate().GoToUrl(browser.Api("/embed?lang=en"));

        var shadow = browser.Wait().Until(d => d.FindElement(By.TagName("pia-search")).GetShadowRoot());
        shadow.FindElement(By.CssSelector("input")).SendKeys("RKKCS" + Keys.Enter);
        browser.Wait().Until(_ => shadow.FindElements(By.CssSelector("li")).Count > 0);
        Assert.Equal("Search", shadow.FindElement(By.CssSelector("button")).Text);
    }
}
