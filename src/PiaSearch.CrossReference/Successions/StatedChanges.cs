namespace PiaSearch.CrossReference.Successions;

/// <summary>Reads <see cref="StatedChange"/> from a row's text.</summary>
internal static class StatedChanges
{
    private static readonly string[] AnyRename = ["名称変更", "名称の変更", "改称", "名称を変更"];
    private static readonly string[] CompanyRename = ["商号変更", "商号の変更", "社名変更", "社名の変更", "合併"];
    private static readonly string[] UnitRename = ["組織改正", "組織改編", "組織再編", "機構改革", "機構改正", "組織の改正", "組織名の変更", "課名変更"];
    private static readonly string[] CompanyReplacement = ["委託先の変更", "委託先変更", "委託先を変更", "委託業者の変更", "事業者の変更", "事業者変更", "契約先の変更", "入札", "プロポーザル", "再選定", "事業者選定"];
    private static readonly string[] UnitReplacement = ["移管", "所管替", "所管の変更", "所管変更", "担当部署の変更", "事務分掌の変更", "分割"];
    private static readonly string[] LawRename =
        ["題名改正", "題名の改正", "題名変更", "題名の変更", "題名が改め", "改題", "法律名の変更", "法令名の変更", "条例名の変更", "旧法名", "法律名の訂正", "法令名の訂正", "法律名の修正"];
    private static readonly string[] SystemReplacement = ["更改", "リプレース", "入替", "入れ替え", "切替", "切り替え", "再構築", "新システム"];

    /// <summary>What <paramref name="text"/> says of a change of a name of <paramref name="type"/>; None for types that are never renamed by statement.</summary>
    public static StatedChange Of(EntityType type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (renames, replacements) = type switch
        {
            EntityType.Contractor => (CompanyRename, CompanyReplacement),
            EntityType.Department => (UnitRename, UnitReplacement),
            EntityType.Statute => (LawRename, Array.Empty<string>()), // a law's own evidence (its number) outweighs any wording
            EntityType.System => ([], SystemReplacement),
            EntityType.Document => ([], Array.Empty<string>()),
            _ => (null, null),
        };
        if (renames is null || replacements is null)
        {
            return StatedChange.None;
        }

        // A replacement stated outright wins: "委託先の変更（入札による）" says more than a 名称変更 elsewhere in the row.
        if (replacements.Any(p => text.Contains(p, StringComparison.Ordinal)))
        {
            return StatedChange.Replacement;
        }

        return renames.Concat(AnyRename).Any(p => text.Contains(p, StringComparison.Ordinal)) ? StatedChange.Rename : StatedChange.None;
    }
}
