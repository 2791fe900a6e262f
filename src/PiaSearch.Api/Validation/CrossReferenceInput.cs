using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Validation;

/// <summary>
/// The cross-reference parameters' own checks (entity type, succession kind, municipality) on top of the shared
/// ones in <see cref="InputErrors"/>, with the messages of <see cref="InputMessages"/>.
/// </summary>
public sealed class CrossReferenceInput
{
    public const int MaxNameLength = 200;
    public const int MaxQuestionLength = CrossReference.Questions.QuestionAnswerer.MaxQuestionLength;
    public const int MaxPage = 10_000;
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public InputErrors Checks { get; } = new();

    public bool IsValid => Checks.IsValid;

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

        Checks.Add("type", InputMessages.OneOf("type", text, EntityTypes.All.Select(t => $"{t.Name()} ({t.JapaneseName()})")));
        return null;
    }

    public SuccessionKind? Kind(string? text) => Checks.Choice<SuccessionKind>(text, "kind");

    public string? Text(string? text, string name, int max, bool required = false) => Checks.Text(text, name, max, required);

    /// <summary>page= checked against 1 … <see cref="MaxPage"/>; 1 when absent.</summary>
    public int Page(int? page) => Checks.Range(page, "page", 1, 1, MaxPage) ?? 1;

    /// <summary>size= checked against 1 … <see cref="MaxPageSize"/>; <see cref="DefaultPageSize"/> when absent.</summary>
    public int Size(int? size) => Checks.Range(size, "size", DefaultPageSize, 1, MaxPageSize) ?? DefaultPageSize;

    /// <summary>A municipality the model knows (compared without width or spaces), or null after noting the mistake.</summary>
    public string? Municipality(string? text, CrossReferenceModel model)
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

        Checks.Add("municipality", InputMessages.UnknownMunicipality(value, model.Lookups.Organisations));
        return null;
    }
}
