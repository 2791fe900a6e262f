using OpenQA.Selenium;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>/docs: the reference viewer's chrome is English, so its introduction says in Japanese what its controls do.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DocsPageTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public void Docs_Introduction_IsJapaneseFirstWithAGlossaryOfTheViewersButtons(int width)
    {
        var driver = browser.RequireBrowser();
        driver.Manage().Window.Size = new System.Drawing.Size(width, 900);
        driver.Navigate().GoToUrl(browser.Api("/docs"));

        var info = browser.Wait().Until(d => d.FindElements(By.CssSelector(".information-container")).FirstOrDefault(e => e.Text.Contains("Try it out", StringComparison.Ordinal)))!;

        Assert.Contains("PiaSearch API リファレンス / API reference", driver.FindElement(By.CssSelector(".information-container .title")).Text, StringComparison.Ordinal);
        Assert.Contains("この画面から試しに呼び出す", info.Text, StringComparison.Ordinal);
        Assert.Equal("PiaSearch API リファレンス / API reference", driver.Title);
        browser.Screenshot($"docs-{width}");
    }
}
