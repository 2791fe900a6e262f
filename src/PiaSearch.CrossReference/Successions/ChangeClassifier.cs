using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;

namespace PiaSearch.CrossReference.Successions;

/// <summary>Decides what a changed pair of mentions is: rename, replace, assign or renumber, with a confidence and reasons.</summary>
internal sealed class ChangeClassifier(NameClusters clusters, IReadOnlySet<(int, int)> knownRenames, SuccessionScores scores)
{
    /// <param name="before">The name before.</param>
    /// <param name="after">The name after.</param>
    /// <param name="reused">True when the rest of the row changed with the name.</param>
    /// <param name="explanation">The row's 提出時期に係る説明.</param>
    /// <param name="statement">Where the row may say what kind of change it is (<see cref="StatedChanges"/>): its explanation and after text.</param>
    public (SuccessionKind Kind, double Confidence, List<string> Reasons)? Classify(Mention before, Mention after, bool reused, string explanation, string statement)
    {
        var bc = clusters.Of(before)!;
        var ac = clusters.Of(after)!;
        if (before.IsPlaceholder || after.IsPlaceholder)
        {
            if (before.IsPlaceholder && after.IsPlaceholder)
            {
                return null;
            }

            return before.IsPlaceholder
                ? (SuccessionKind.Assign, scores.PlaceholderFilled, ["未定だった欄に名称が入った / a placeholder was filled"])
                : (SuccessionKind.Replace, scores.BecamePlaceholder, ["名称が未定に戻った / the name became a placeholder"]);
        }

        if (before.Type == EntityType.Document && bc.Id != ac.Id && OneNamesTheOther(bc.Name, ac.Name))
        {
            return null; // 認定請求書 → 児童手当認定請求書: the same document, named in full
        }

        var reasons = new List<string>();
        if (reused)
        {
            reasons.Add("行の他の記載も変わった（行の再利用）/ the rest of the row changed too: the row was reused");
        }

        if (bc.Id == ac.Id)
        {
            // Same name, another provision (statutes).
            if (!reused && RenameEvidence.SameArticleOrTable(before.Provision, after.Provision))
            {
                reasons.Add("同じ条・表の番号が変わった / same article or table, new number");
                return (SuccessionKind.Renumber, scores.SameArticleRenumbered, reasons);
            }

            if (!reused && RenameEvidence.SameCaption(before, after) && !RenameEvidence.SameArticle(before.Provision, after.Provision))
            {
                // 条例第4条(普通徴収に係る保険料の納期) → 第5条(同): the article moved, as an amendment that inserts one moves the rest.
                reasons.Add("同じ見出しの条の番号が変わった / same caption, new article number");
                return (SuccessionKind.Renumber, scores.SameArticleRenumbered, reasons);
            }

            reasons.Add("別の条項を引用 / another provision cited");
            return (SuccessionKind.Replace, reused ? scores.ReplacedInReusedRow : scores.AnotherProvision, reasons);
        }

        var (renamed, confidence) = Rename(before, after, bc, ac, reused, explanation, statement, reasons);
        return renamed ? (SuccessionKind.Rename, confidence, reasons) : (SuccessionKind.Replace, reused ? scores.ReplacedInReusedRow : scores.Replaced, reasons);
    }

    /// <summary>The longer name ends with the whole shorter one (a qualifier written before it).</summary>
    private static bool OneNamesTheOther(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 3 && a.Length != b.Length && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));

    private (bool Renamed, double Confidence) Rename(
        Mention before, Mention after, NameCluster bc, NameCluster ac, bool reused, string explanation, string statement, List<string> reasons)
    {
        if (reused)
        {
            return (false, 0);
        }

        var stated = StatedChanges.Of(before.Type, statement);
        if (stated == StatedChange.Replacement)
        {
            reasons.Add("行に交代（移管・委託先の変更など）と書かれている / the row states a replacement");
            return (false, 0);
        }

        var bonus = explanation.Contains("該当しない", StringComparison.Ordinal) ? scores.NotApplicableBonus : 0;
        var own = new List<string>();
        var (renamed, confidence) = Evidence(before, after, bc, ac, own, bonus);
        if (renamed)
        {
            reasons.AddRange(own);
            return (true, confidence);
        }

        if (stated == StatedChange.Rename)
        {
            reasons.Add("行に改称（名称変更・組織改正など）と書かれている / the row states a rename");
            return (true, scores.StatedRename + bonus);
        }

        if (knownRenames.Contains((bc.Id, ac.Id)))
        {
            reasons.Add("他の行で同じ改称が確認できる / other rows show the same rename");
            return (true, scores.RenameSeenElsewhere + bonus);
        }

        reasons.AddRange(own);
        return (false, 0);
    }

    private (bool Renamed, double Confidence) Evidence(Mention before, Mention after, NameCluster bc, NameCluster ac, List<string> reasons, double bonus)
    {
        switch (before.Type)
        {
            case EntityType.Statute:
                var (strong, medium, why) = RenameEvidence.Statute(before, after, bc, ac);
                reasons.AddRange(why);
                return strong > 0 || medium >= 2
                    ? (true, Math.Min(scores.StatuteRenameCeiling, scores.StatuteRenameBase + (scores.StatuteStrongEvidence * strong) + (scores.StatuteMediumEvidence * medium) + bonus))
                    : (false, 0);
            case EntityType.Contractor:
                return Single(RenameEvidence.Contractor(bc.Name, ac.Name), reasons, bonus);
            case EntityType.Department:
                return Single(RenameEvidence.Department(bc.Name, ac.Name), reasons, bonus);
            case EntityType.System:
            case EntityType.Document:
                return Single(RenameEvidence.Named(bc.Name, ac.Name), reasons, bonus);
            default:
                reasons.Add("人や電話番号は改称されない / people and phone numbers are replaced, not renamed");
                return (false, 0);
        }
    }

    private (bool, double) Single(string? reason, List<string> reasons, double bonus)
    {
        if (reason is null)
        {
            reasons.Add("名称に共通点がない / the names have nothing in common");
            return (false, 0);
        }

        reasons.Add(reason);
        return (true, scores.RenameByName + bonus);
    }
}
