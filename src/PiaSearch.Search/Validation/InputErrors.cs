using System.Globalization;
using PiaSearch.Documents.Text;

namespace PiaSearch.Search.Validation;

/// <summary>
/// The mistakes found in one request, by parameter name, with the checks every validator shares: text length,
/// number ranges, dates, and values from a fixed list. Values the framework has already typed (an <c>int?</c> page)
/// are range-checked; text from a command line or a failed binding is parsed with the same rules and messages.
/// </summary>
public sealed class InputErrors
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    /// <summary>All messages, one after another (a ProblemDetails' detail).</summary>
    public string Detail => string.Join(" ", Errors.Values.SelectMany(v => v));

    public void Add(string name, string message) =>
        Errors[name] = Errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];

    /// <summary>
    /// Trimmed text, or null when empty (noted when required) or longer than <paramref name="max"/> characters (noted),
    /// counted as <see cref="TextLength"/> does.
    /// </summary>
    public string? Text(string? text, string name, int max, bool required = false)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            if (required)
            {
                Add(name, InputMessages.Required(name));
            }

            return null;
        }

        if (TextLength.Exceeds(value, max))
        {
            Add(name, InputMessages.TooLong(name, TextLength.Of(value), max));
            return null;
        }

        return value;
    }

    /// <summary>A typed number checked against its range; the fallback when absent; null (noted) when out of range.</summary>
    public int? Range(int? value, string name, int fallback, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        if (value >= min && value <= max)
        {
            return value;
        }

        Add(name, InputMessages.WholeNumber(name, value.Value.ToString(CultureInfo.InvariantCulture), min, max));
        return null;
    }

    /// <summary>A whole number typed as text (full-width digits accepted); the fallback when empty; null (noted) otherwise.</summary>
    public int? Number(string? text, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (TryNumber(text, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Add(name, InputMessages.WholeNumber(name, text, min, max));
        return null;
    }

    /// <summary>A date typed as text, yyyy-mm-dd; null when empty or (noted) unreadable.</summary>
    public DateOnly? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryDate(text, out var date))
        {
            return date;
        }

        Add(name, InputMessages.Date(name, text));
        return null;
    }

    /// <summary>An enum member by its name in any case (sort=newest); null when empty or (noted) not a member.</summary>
    public TEnum? Choice<TEnum>(string? text, string name)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryChoice<TEnum>(text, out var value))
        {
            return value;
        }

        Add(name, InputMessages.OneOf(name, text, ChoicesOf<TEnum>()));
        return null;
    }

    /// <summary>An enum's members as they are written in a request: camel case (relevance, newest, oldest).</summary>
    public static IReadOnlyList<string> ChoicesOf<TEnum>()
        where TEnum : struct, Enum => ChoicesOf(typeof(TEnum));

    /// <summary>An enum's members as they are written in a request: camel case.</summary>
    public static IReadOnlyList<string> ChoicesOf(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Enum.GetNames(enumType).Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToList();
    }

    /// <summary>Digits only (no sign, no separators), full-width accepted.</summary>
    public static bool TryNumber(string text, out int value) =>
        int.TryParse(TextNormalizer.Normalize(text).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A member by name, ignoring case; numbers are refused (sort=1 is not a sort).</summary>
    public static bool TryChoice<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var trimmed = text.Trim();
        value = default;
        return trimmed.Length > 0 && !char.IsAsciiDigit(trimmed[0]) && trimmed[0] is not '-' and not '+'
            && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
