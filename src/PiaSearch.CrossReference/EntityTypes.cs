using System.Collections.Frozen;
namespace PiaSearch.CrossReference;

/// <summary>Names of <see cref="EntityType"/> in English (as used in URLs and JSON) and Japanese.</summary>
public static class EntityTypes
{
    private static readonly FrozenDictionary<string, EntityType> ByName = new Dictionary<string, EntityType>(StringComparer.OrdinalIgnoreCase)
    {
        ["contractor"] = EntityType.Contractor,
        ["委託先"] = EntityType.Contractor,
        ["事業者"] = EntityType.Contractor,
        ["会社"] = EntityType.Contractor,
        ["department"] = EntityType.Department,
        ["部署"] = EntityType.Department,
        ["statute"] = EntityType.Statute,
        ["law"] = EntityType.Statute,
        ["法令"] = EntityType.Statute,
        ["person"] = EntityType.Person,
        ["人"] = EntityType.Person,
        ["人物"] = EntityType.Person,
        ["phone"] = EntityType.Phone,
        ["電話"] = EntityType.Phone,
        ["電話番号"] = EntityType.Phone,
        ["system"] = EntityType.System,
        ["システム"] = EntityType.System,
        ["document"] = EntityType.Document,
        ["書類"] = EntityType.Document,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<EntityType> All { get; } = Enum.GetValues<EntityType>();

    /// <summary>The lower-case English name used in URLs and JSON.</summary>
    public static string Name(this EntityType type) => type.ToString().ToLowerInvariant();

    /// <summary>The Japanese word for the type.</summary>
    public static string JapaneseName(this EntityType type) => type switch
    {
        EntityType.Contractor => "委託先",
        EntityType.Department => "部署",
        EntityType.Statute => "法令",
        EntityType.Person => "人物",
        EntityType.Phone => "電話番号",
        EntityType.System => "システム",
        _ => "書類",
    };

    /// <summary>Reads a type given in English or Japanese.</summary>
    public static bool TryParse(string? text, out EntityType type)
    {
        type = default;
        return !string.IsNullOrWhiteSpace(text) && ByName.TryGetValue(text.Trim(), out type);
    }

    /// <summary>"contractor (委託先), department (部署), …" for error messages.</summary>
    public static string Choices => string.Join(", ", All.Select(t => $"{t.Name()} ({t.JapaneseName()})"));
}
