using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>
/// The API on real Kestrel (the default corpus plus a hostile change log), a second "portal" site on another
/// origin that embeds the widget, and one headless Chromium shared by the browser tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string HostileMarker = "攻撃試験";

    private ApiHost? _api;
    private WebApplication? _portal;
    private string? _profile;

    public ChromeDriver? Driver { get; private set; }

    public Uri ApiBase { get; private set; } = null!;

    /// <summary>The administrator key of the API the browser tests run against (for the upload page).</summary>
    public const string AdminKey = "browser-admin-key-0123456789";

    public Uri PortalBase { get; private set; } = null!;

    /// <summary>Where screenshots go when PIA_SCREENSHOTS names a folder; null otherwise.</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("PIA_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    public async ValueTask InitializeAsync()
    {
        if (ChromiumAvailability.MissingReason is not null)
        {
            return;
        }

        _portal = await StartPortalAsync();
        PortalBase = new Uri(_portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        _api = new ApiHost(PortalBase.GetLeftPart(UriPartial.Authority)) { AdminKey = AdminKey };
        HostileCorpus.Write(_api.CorpusFolder, HostileMarker, seed: 99);
        File.WriteAllText(Path.Combine(_api.CorpusFolder, HostileCorpus.DocumentId + ".meta.json"), "{\"municipality\":\"<b>試験町</b>\"}");
        File.WriteAllText(Path.Combine(_api.CorpusFolder, "meguro-juki-changes.meta.json"), "{\"municipality\":\"目黒区\",\"evaluation\":\"住民基本台帳に関する事務\"}");
        SampleLog.Write(_api.CorpusFolder);
        _api.UseKestrel(0);
        _api.StartServer();
        ApiBase = _api.ClientOptions.BaseAddress;
        using (await _api.CreateReadyClientAsync())
        {
        }

        _profile = Directory.CreateTempSubdirectory("pia-chromium-").FullName;
        Environment.SetEnvironmentVariable("SE_AVOID_STATS", "true");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromiumAvailability.Driver)!, Path.GetFileName(ChromiumAvailability.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumAvailability.Browser };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
            $"--user-data-dir={_profile}");
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
    }

    /// <summary>The driver, or a skipped test that says plainly why there is none.</summary>
    public ChromeDriver RequireBrowser()
    {
        if (ChromiumAvailability.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return Driver!;
    }

    public Uri Api(string relative) => new(ApiBase, relative);

    public WebDriverWait Wait(TimeSpan? timeout = null) => new(Driver!, timeout ?? TimeSpan.FromSeconds(15));

    public void Screenshot(string name)
    {
        if (ScreenshotFolder is not { } folder || Driver is null)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
    }

    /// <summary>A screenshot of the whole page, however long (the window is made as tall as the page, up to a limit, then put back).</summary>
    public void FullPageScreenshot(string name, int width)
    {
        if (ScreenshotFolder is null || Driver is null)
        {
            return;
        }

        var height = Convert.ToInt32(((IJavaScriptExecutor)Driver).ExecuteScript("return Math.ceil(document.documentElement.scrollHeight);"), System.Globalization.CultureInfo.InvariantCulture);
        var window = Driver.Manage().Window;
        var before = window.Size;
        window.Size = new System.Drawing.Size(width, Math.Clamp(height, 400, 2400));
        try
        {
            Screenshot(name);
        }
        finally
        {
            window.Size = before;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        _api?.Dispose();
        if (_profile is not null)
        {
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be writing its profile as it exits.
            }
        }
    }

    /// <summary>A page on another origin, as the intranet portal would be, with hostile CSS of its own.</summary>
    private async Task<WebApplication> StartPortalAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var portal = builder.Build();
        portal.MapGet("/portal", (HttpRequest request) =>
        {
            var api = request.Query["api"].ToString();
            var lang = request.Query["lang"].ToString() is { Length: > 0 } l ? l : "ja";
            var latest = request.Query["latest"].ToString() is { Length: > 0 } w ? $" latest=\"{System.Net.WebUtility.HtmlEncode(w)}\"" : string.Empty;
            var html = $$"""
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="utf-8"><title>庁内ポータル</title>
                <style>
                  body { font-family: serif; background: #eee; }
                  li, a, input, button { color: rgb(255, 0, 0) !important; background: rgb(0, 0, 0) !important; font-size: 30px !important; }
                </style>
                <script src="{{api}}/embed/pia-search.js" defer></script>
                </head><body>
                <h1>庁内ポータル</h1>
                <pia-search id="widget" endpoint="{{api}}" results="3" lang="{{lang}}"{{latest}}></pia-search>
                <ul id="portal-list"><li id="portal-item">お知らせ</li></ul>
                </body></html>
                """;
            return Results.Content(html, "text/html; charset=utf-8");
        });
        await portal.StartAsync();
        return portal;
    }

    private sealed class ApiHost(string allowedOrigin) : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Embed:AllowedOrigins:0", allowedOrigin);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
