using System.Globalization;
using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.Text;

namespace PiaSearch.Api.Validation;

/// <summary>Reads the cross-reference parameters as typed, collecting every mistake with a message in Japanese and English.</summary>
public sealed class CrossReferenceInput
{
    public const int MaxNameLength = 200;
    public const int MaxQuestionLength = 500;
    public const int MaxPageSize = 200;

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public EntityType? Type(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (EntityTypes.TryParse(text, out var type))
        {
            return type;
        }

        Add("type", $"種類 '{text}' は使えません。次のいずれかを指定してください: {EntityTypes.Choices}。type must be one of: {EntityTypes.Choices}.");
        return null;
    }

    public SuccessionKind? Kind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<SuccessionKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind))
        {
            return kind;
        }

        Add("kind", $"変更の種類 '{text}' は使えません。rename、replace、assign、renumber、add、remove のいずれかです。kind must be rename, replace, assign, renumber, add or remove.");
        return null;
    }

    public string? Text(string? text, string name, int max, bool required = false)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            if (required)
            {
                Add(name, $"{name} を入力してください。Enter {name}.");
            }

            return null;
        }

        if (value.Length > max)
        {
            Add(name, $"{name} が長すぎます ({value.Length:N0} 文字、上限 {max:N0} 文字)。{name} is {value.Length:N0} characters long; at most {max:N0} are allowed.");
            return null;
        }

        return value;
    }

    /// <summary>A municipality the model knows (compared without width or spaces), or null after noting the mistake.</summary>
    public string? Municipality(string? text, PiaSearch.CrossReference.Model.CrossReferenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var value = Text(text, "municipality", MaxNameLength);
        if (value is null)
        {
            return null;
        }

        if (model.Lookups.FindOrganisation(value) is { } organisation)
        {
            return organisation;
        }

        var known = string.Join("、", model.Lookups.Organisations.Take(10)) + (model.Lookups.Organisations.Count > 10 ? "…" : string.Empty);
        Add("municipality", $"自治体 '{value}' の変更箇所一覧は索引にありません（例: {known}）。No change log of municipality '{value}' is indexed (e.g. {known}).");
        return null;
    }

    public DateOnly? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(name, $"{name} '{text}' は日付として読めません。2020-06-01 のように yyyy-mm-dd で指定してください。{name} must be a date written yyyy-mm-dd, such as 2020-06-01.");
        return null;
    }

    public int Number(string? text, string name, int fallback, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(TextNormalizer.Normalize(text).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
        {
            return value;
        }

        Add(name, $"{name} は 1〜{max:N0} の整数で指定してください。'{text}' is not allowed: {name} must be a whole number from 1 to {max:N0}.");
        return fallback;
    }

    private void Add(string key, string message) =>
        Errors[key] = Errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
}
