using System.ComponentModel.DataAnnotations;

namespace PiaSearch.Api.Hosting;

/// <summary>Which other sites may embed PiaSearch (configuration section "Embed").</summary>
public sealed class EmbedOptions : IValidatableObject
{
    public const string SectionName = "Embed";

    /// <summary>Origins (scheme://host[:port]) allowed to call the API from a browser (CORS) and to frame /embed.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https")
                || uri.GetLeftPart(UriPartial.Authority) != origin.TrimEnd('/'))
            {
                yield return new ValidationResult(
                    $"Embed:AllowedOrigins entry '{origin}' is not an origin such as https://portal.example.lg.jp (scheme, host and optional port, no path).",
                    [nameof(AllowedOrigins)]);
            }
        }
    }
}
