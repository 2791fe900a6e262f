namespace PiaSearch.Api.Tests.Browser;

/// <summary>Whether headless Chromium and its driver are installed, and what to do when they are not.</summary>
internal static class ChromiumAvailability
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    /// <summary>Null when both are present; otherwise a message saying what is missing and how to install it.</summary>
    public static string? MissingReason =>
        File.Exists(Browser) && File.Exists(Driver)
            ? null
            : $"Browser tests need Chromium and ChromeDriver ({Browser}, {Driver}), which are not installed. " +
              "Install them with: apt-get install chromium chromium-driver (.ci/run does this).";
}
