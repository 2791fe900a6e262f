using System.Text.RegularExpressions;

namespace PiaSearch.CrossReference.Questions;

/// <summary>The kinds of value a question can ask for, in Japanese or English, with the word slots use for them.</summary>
internal static partial class RoleWords
{
    /// <summary>The slot word for the role a question names (委託先, 所属長…), or null.</summary>
    public static string? Find(string question)
    {
        var match = Role().Match(question);
        if (!match.Success)
        {
            return null;
        }

        return match.Value.ToLowerInvariant() switch
        {
            "contractor" or "contractors" or "vendor" or "委託業者" or "受託者" => "委託先",
            "head" or "director" or "manager" or "責任者" or "department head" or "head of department" or "head of the department" or "head of unit"
                or "head of the unit" => "所属長",
            "department" or "departments" or "部署" => "使用部署",
            "legal basis" or "law" or "laws" or "根拠法令" or "根拠" => "法令上の根拠",
            "phone" or "telephone" or "電話" or "電話番号" => "連絡先",
            var other => other,
        };
    }

    /// <summary>The entity type a role's values are, when it has one.</summary>
    public static EntityType? TypeOf(string? role) => role switch
    {
        "委託先" or "再委託先" => EntityType.Contractor,
        "所属長" => EntityType.Person,
        "使用部署" or "担当部署" or "移転先" => EntityType.Department,
        "法令上の根拠" => EntityType.Statute,
        "連絡先" or "請求先" => EntityType.Phone,
        _ => null,
    };

    [GeneratedRegex(
        "department head|head of (?:the )?department|head of (?:the )?unit|" +
        "再委託先|委託先|委託業者|受託者|所属長|責任者|使用部署|担当部署|部署|移転先|提供先|法令上の根拠|根拠法令|根拠|連絡先|請求先|電話番号|電話|" +
        "contractors?|vendor|head|director|manager|departments?|legal basis|laws?|telephone|phone",
        RegexOptions.IgnoreCase)]
    private static partial Regex Role();
}
