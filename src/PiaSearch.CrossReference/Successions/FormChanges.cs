using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// Renames that keep a name's core: a company that changed its legal form (有限会社朝霧印刷 → 株式会社朝霧印刷, a 組織変更) or
/// moved it (株式会社ミソラ電算 → ミソラ電算株式会社), and a unit moved to another 部 (健康福祉部医療保険課 → 市民生活部医療保険課).
/// Both sides are one name cluster (keys leave the legal form and the parent out), so pairing sees no change; this finds
/// them. A form written another way ((有) and 有限会社) is the same form, and a unit written once with its 部 and once
/// without has not moved. O(m²) in the mentions of one type in one row, which are few.
/// </summary>
internal static class FormChanges
{
    /// <summary>
    /// Pairs (before, after) of one cluster whose forms differ, where neither side's form is found on the other side. Another
    /// legal form (有限会社 → 株式会社) is a rename unless the row states a replacement; a legal form moved to the other side of
    /// the name, or a unit under another parent, only when the row states a rename (組織改正, 商号変更…): written without a
    /// word, the same company is often written either way, and a 係 put under another 課 is often another 係.
    /// </summary>
    /// <param name="known">Form changes other rows state (cluster, form before, form after): a row that does not say why makes the same change.</param>
    public static IEnumerable<(Mention Before, Mention After)> Find(
        EntityType type, List<Mention> before, List<Mention> after, NameClusters clusters, string statement, IReadOnlySet<(int, string, string)>? known = null)
    {
        if (type is not (EntityType.Contractor or EntityType.Department) || before.Count == 0 || after.Count == 0)
        {
            yield break;
        }

        var stated = StatedChanges.Of(type, statement);
        if (stated == StatedChange.Replacement)
        {
            yield break;
        }

        var used = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        foreach (var b in before)
        {
            var cluster = clusters.Of(b)!.Id;
            var form = Form(b);
            if (form is null || after.Any(a => clusters.Of(a)!.Id == cluster && Form(a) == form))
            {
                continue;
            }

            var changed = after.FirstOrDefault(a => !used.Contains(a) && clusters.Of(a)!.Id == cluster && Form(a) is { } other && other != form
                && !before.Any(x => clusters.Of(x)!.Id == cluster && Form(x) == other));
            if (changed is not null && (stated == StatedChange.Rename || (type == EntityType.Contractor && form[..^1] != Form(changed)![..^1])
                || known?.Contains((cluster, form, Form(changed)!)) == true))
            {
                used.Add(changed);
                yield return (b, changed);
            }
        }
    }

    /// <summary>The form changes rows state (or that need no statement), as (cluster, form before, form after).</summary>
    public static IReadOnlySet<(int, string, string)> Stated(IEnumerable<EntryMentions> rows, NameClusters clusters)
    {
        var known = new HashSet<(int, string, string)>();
        foreach (var row in rows)
        {
            var statement = row.Entry.Explanation.Text + "\n" + row.Entry.After.Text;
            foreach (var type in (EntityType[])[EntityType.Contractor, EntityType.Department])
            {
                var before = row.Before.Where(m => m.Type == type && clusters.Of(m) is not null).ToList();
                var after = row.After.Where(m => m.Type == type && clusters.Of(m) is not null).ToList();
                foreach (var (b, a) in Find(type, before, after, clusters, statement))
                {
                    known.Add((clusters.Of(b)!.Id, Form(b)!, Form(a)!));
                }
            }
        }

        return known;
    }

    /// <summary>The name as usually written: a company's legal form spelt out ((有)朝霧印刷 → 有限会社朝霧印刷).</summary>
    public static string DisplayName(Mention mention) =>
        mention.Type == EntityType.Contractor && mention.Qualifier is { } q && Spelt(q) is var full && full != q
            ? mention.Name.Replace(q, full, StringComparison.Ordinal)
            : mention.Name;

    /// <summary>What may change while the name stays: legal form and its place (before or after), or the parent unit; null when not written.</summary>
    private static string? Form(Mention m) => m.Type switch
    {
        EntityType.Contractor when m.Qualifier is { } q => Spelt(NameKeys.Of(q)) + (NameKeys.Of(m.Name).StartsWith(NameKeys.Of(q), StringComparison.Ordinal) ? "<" : ">"),
        EntityType.Department when m.Qualifier is { Length: > 0 } parent => NameKeys.Of(parent),
        _ => null,
    };

    private static string Spelt(string form) => form.Normalize(System.Text.NormalizationForm.FormKC) switch
    {
        "(株)" => "株式会社",
        "(有)" => "有限会社",
        "(同)" => "合同会社",
        "(一財)" => "一般財団法人",
        "(一社)" => "一般社団法人",
        "(公財)" => "公益財団法人",
        "(公社)" => "公益社団法人",
        "(特非)" => "特定非営利活動法人",
        var other => other,
    };
}
