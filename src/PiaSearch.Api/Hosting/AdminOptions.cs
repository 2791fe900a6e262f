namespace PiaSearch.Api.Hosting;

/// <summary>Administration (configuration section "Admin"). Admin endpoints are disabled while no key is set.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The key callers send in the X-Api-Key header. Empty disables the admin endpoints.</summary>
    public string? ApiKey { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ApiKey);
}
