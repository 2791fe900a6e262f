using System.Text;
using OpenQA.Selenium;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>admin.html: an administrator adds a change log from the browser and sees what was indexed, rejected and warned about.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminUploadPageTests(BrowserFixture browser)
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";

    private static string WriteLog(string name, string rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pia-admin-page-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, Header + rows, new UTF8Encoding(false));
        return path;
    }

    private IWebElement Upload(string file, string key, string? municipality = null)
    {
        var driver = browser.RequireBrowser();
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 900);
        driver.Navigate().GoToUrl(browser.Api("/admin.html"));
        driver.FindElement(By.Id("file")).SendKeys(file);
        if (municipality is not null)
        {
            driver.FindElement(By.Id("municipality")).SendKeys(municipality);
        }

        driver.FindElement(By.Id("key")).SendKeys(key);
        driver.FindElement(By.Id("send")).Click();
        return browser.Wait().Until(d => d.FindElements(By.CssSelector("#outcome .ok, #outcome .error")).FirstOrDefault())!;
    }

    [Fact]
    public void Upload_ALogWithABadAndAWarnedLine_SaysWhatWasIndexedRejectedAndWarned()
    {
        var file = WriteLog("kanri-test.tsv",
            "令和6年4月1日\tI-1-管理画面試験\t旧\t新\t事後\t\n" +
            "タブのない行\n" +
            "令和6年5月1日\tI-1-管理画面試験\t新\t<b>最新</b>\t来月\t\n");

        var summary = Upload(file, BrowserFixture.AdminKey, "管理試験市");

        Assert.Equal("ok", summary.GetDomAttribute("class"));
        Assert.Contains("kanri-test", summary.Text, StringComparison.Ordinal);
        Assert.Contains("管理試験市", summary.Text, StringComparison.Ordinal);
        Assert.Contains("2 行を索引に追加", summary.Text, StringComparison.Ordinal);
        var outcome = browser.Driver!.FindElement(By.Id("outcome")).Text;
        Assert.Contains("行 3 / line 3", outcome, StringComparison.Ordinal);
        Assert.Contains("行 4 / line 4", outcome, StringComparison.Ordinal);
        Assert.Contains("事前でも事後でもありません", outcome, StringComparison.Ordinal);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("#outcome b"))); // document text stays text
    }

    [Fact]
    public async Task Upload_WrongKey_SaysTheKeyIsWrongAndAddsNothing()
    {
        var file = WriteLog("kanri-wrong-key.tsv", "令和6年4月1日\tI-1-鍵違い試験\t旧\t新\t事後\t\n");

        var summary = Upload(file, "not-the-key");

        Assert.Equal("error", summary.GetDomAttribute("class"));
        Assert.Contains("401", summary.Text, StringComparison.Ordinal);
        Assert.Contains("キーが違います", browser.Driver!.FindElement(By.Id("outcome")).Text, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = browser.ApiBase };
        var json = await client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("鍵違い試験"), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("\"total\":0", json, StringComparison.Ordinal);
    }
}
