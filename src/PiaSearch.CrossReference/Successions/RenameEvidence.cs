using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Mentions.Statutes;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// The signs that two names are one thing renamed rather than two things: for each type, what the names
/// share. Each sign is reported with a reason a person can check.
/// </summary>
internal static partial class RenameEvidence
{
    /// <summary>
    /// Companies: an acronym of the katakana name (RKKCS), only the legal form changed (有限会社 → 株式会社), or the same
    /// distinctive name with the same regions and a shared trade word (日立情報システムズ → 日立システムズ). Names that share
    /// only trade words (アサヒ関西ビジネスサービス / ツバサ関西ビジネスサービス), that name other regions (カスガ西日本… /
    /// カスガ関西…) or whose trades differ entirely (one brand's system and network companies) are two companies: the
    /// names alone do not show a rename (the row may, in its explanation; see <see cref="StatedRename"/>).
    /// </summary>
    public static string? Contractor(string before, string after)
    {
        var b = NameKeys.CoreCompanyName(before);
        var a = NameKeys.CoreCompanyName(after);
        if (KatakanaAcronyms.Abbreviates(a, b) || KatakanaAcronyms.Abbreviates(b, a))
        {
            return "略称 / acronym of the former name";
        }

        var bk = NameKeys.Of(b);
        var ak = NameKeys.Of(a);
        if (bk == ak)
        {
            return "法人格だけが変わった / only the legal form changed";
        }

        var bp = CompanyNameParts.Of(bk);
        var ap = CompanyNameParts.Of(ak);
        if (!bp.Regions.SetEquals(ap.Regions))
        {
            return null;
        }

        if (bp.Distinctive.Length == 0 && ap.Distinctive.Length == 0)
        {
            // A name of region and trade words only (北日本ソフトウェア開発) is its own distinctive name.
            return Similarity.Overlap(bk, ak) >= 0.8 ? "名称がほぼ同じ / nearly the same name" : null;
        }

        if (bp.Distinctive.Length == 0 || ap.Distinctive.Length == 0)
        {
            return null;
        }

        var sameTrade = bp.Trade.Count == 0 || ap.Trade.Count == 0 || bp.Trade.Overlaps(ap.Trade);
        return sameTrade && SameDistinctiveName(bp.Distinctive, ap.Distinctive) ? "固有の名称が同じ / same distinctive name" : null;
    }

    /// <summary>
    /// One distinctive name: the same, nearly the same, or the same leading or trailing word (a merger keeps a predecessor's
    /// name), a word being one that ends where the script changes in both names (富士ゼロックス / 富士フイルム share 富士;
    /// 富士通 and 富士ゼロックス do not, nor カスガ and カスミ, nor 富士見 and 富士見台).
    /// </summary>
    private static bool SameDistinctiveName(string b, string a)
    {
        if (b == a || (Math.Min(a.Length, b.Length) >= 4 && Similarity.Overlap(b, a) >= 0.8))
        {
            return true;
        }

        var prefix = Similarity.CommonPrefix(b, a);
        if (prefix >= 2 && WordEndsAt(b, prefix) && WordEndsAt(a, prefix))
        {
            return true;
        }

        var suffix = Similarity.CommonSuffix(b, a);
        return suffix >= 2 && WordEndsAt(b, b.Length - suffix) && WordEndsAt(a, a.Length - suffix);
    }

    /// <summary>True when a word boundary falls before position <paramref name="at"/>: an end of the name, or a change of script.</summary>
    private static bool WordEndsAt(string name, int at) =>
        at <= 0 || at >= name.Length || ScriptOf(name[at - 1]) != ScriptOf(name[at]);

    private static int ScriptOf(char c) =>
        CharClass.IsKanji(c) ? 0 : CharClass.IsKatakana(c) ? 1 : CharClass.IsHiragana(c) ? 2 : CharClass.IsLatin(c) || CharClass.IsDigit(c) ? 3 : 4;

    /// <summary>Units: the same rank (課 → 課) and a shared stem (情報課 → 情報政策課).</summary>
    public static string? Department(string before, string after)
    {
        var b = LastUnit(before);
        var a = LastUnit(after);
        var bs = DepartmentUnits.SuffixOf(b);
        var @as = DepartmentUnits.SuffixOf(a);
        if (bs is null || @as is null)
        {
            return null;
        }

        if (DepartmentUnits.Rank(bs) != DepartmentUnits.Rank(@as))
        {
            // 会計課 → 会計室: the same name, another kind of unit.
            return b[..^bs.Length] is { Length: >= 2 } same && same == a[..^@as.Length] ? "同じ名称で単位の種類だけが変わった / same name, another kind of unit" : null;
        }

        var bStem = b[..^bs.Length];
        var aStem = a[..^@as.Length];
        return Similarity.CommonPrefix(bStem, aStem) >= 2 || Similarity.Overlap(bStem, aStem) >= 0.6
            ? "同じ階層で名称が共通 / same rank, shared name"
            : null;
    }

    /// <summary>Systems and documents: the same kind of thing (suffix) and a shared stem.</summary>
    public static string? Named(string before, string after)
    {
        if (Bracketed(before, after) || Bracketed(after, before))
        {
            return "同じ名称に括弧書きが加わった・外れた / the same name with a note in brackets added or dropped";
        }

        if (Extended(before, after) || Extended(after, before))
        {
            return "名称に語が書き足された・削られた / words added to or dropped from the name";
        }

        var suffix = Similarity.CommonSuffix(before, after);
        if (suffix < 2)
        {
            return null;
        }

        var b = before[..^suffix];
        var a = after[..^suffix];
        return Math.Min(a.Length, b.Length) >= 2 && Similarity.Overlap(b, a) >= 0.6 ? "名称が共通 / shared name" : null;
    }

    /// <summary>
    /// The longer name opens with the whole of the shorter one but its last character (the kind of thing: 届, 書, 証) and
    /// continues with more words joined by a middle dot: 住所地特例適用届 → 住所地特例適用・変更・終了届.
    /// </summary>
    private static bool Extended(string shorter, string longer) =>
        shorter.Length >= 4 && longer.Length > shorter.Length && longer.StartsWith(shorter[..^1], StringComparison.Ordinal)
        && longer[shorter.Length - 1] == CharClass.MiddleDot && longer[^1] == shorter[^1];

    /// <summary>The longer name is the shorter one followed by a note in brackets: 医療システム → 医療システム（標準準拠システム）.</summary>
    private static bool Bracketed(string shorter, string longer) =>
        longer.Length > shorter.Length + 2 && longer.StartsWith(shorter, StringComparison.Ordinal)
        && longer[shorter.Length] is '(' or '（' && longer[^1] is ')' or '）';

    /// <summary>Statutes named differently: the same provision and caption, one promulgation number, or an issuer named by the other.</summary>
    public static (int Strong, int Medium, List<string> Reasons) Statute(Mention before, Mention after, NameCluster bc, NameCluster ac)
    {
        var reasons = new List<string>();
        int strong = 0, medium = 0;
        if (before.Provision is { } provision && provision == after.Provision)
        {
            if (before.Caption is { } caption && after.Caption is { } other && Canonical(caption) == Canonical(other))
            {
                strong++;
                reasons.Add("同じ条項・同じ見出し / same provision and caption");
            }
            else
            {
                medium++;
                reasons.Add("同じ条項 / same provision");
            }
        }

        if (bc.OfficialNumbers.Intersect(ac.OfficialNumbers).Any())
        {
            strong++;
            reasons.Add("同じ法令番号 / same promulgation number");
        }

        if (IssuedAs(bc.Name, ac.OfficialNumbers) || IssuedAs(ac.Name, bc.OfficialNumbers))
        {
            medium++;
            reasons.Add("制定機関の名で呼ばれていた / cited by its issuer's name");
        }

        var bs = Stem(bc.Name);
        var @as = Stem(ac.Name);
        if (Math.Min(bs.Length, @as.Length) >= 2 && Similarity.Overlap(bs, @as) >= 0.6)
        {
            medium++;
            reasons.Add("名称が共通 / shared name");
        }

        if (Similarity.CommonPrefix(bs, @as) >= LongTitleStart && !bc.Name.StartsWith(ac.Name, StringComparison.Ordinal) && !ac.Name.StartsWith(bc.Name, StringComparison.Ordinal))
        {
            // 中国残留邦人等の円滑な帰国の促進及び… → …促進並びに…: an amended title keeps its opening words; two laws rarely share
            // so many, unless one is named after the other (…に関する条例 and …に関する条例施行規則).
            strong++;
            reasons.Add("題名の始めの語句が同じ / the titles open with the same words");
        }

        return (strong, medium, reasons);
    }

    /// <summary>This many opening characters shared by two titles (beyond a municipality's name) make them one law retitled.</summary>
    private const int LongTitleStart = 10;

    /// <summary>Both cite the same article (第9条第1項 and 第9条第2項 are one article): another paragraph of it is not a renumbering of the article.</summary>
    public static bool SameArticle(string? before, string? after) =>
        before is not null && after is not null && Article().Match(before) is { Success: true } b && Article().Match(after) is { Success: true } a && b.Value == a.Value;

    [System.Text.RegularExpressions.GeneratedRegex(@"第\d+条(?:の\d+)*")]
    private static partial System.Text.RegularExpressions.Regex Article();

    /// <summary>True when both provisions cite one article and differ only in paragraph or item, or are entries of one table.</summary>
    public static bool SameArticleOrTable(string? before, string? after)
    {
        if (before is null || after is null)
        {
            return false;
        }

        var b = ArticleOrTable().Match(before);
        var a = ArticleOrTable().Match(after);
        return b.Success && a.Success && b.Value == a.Value;
    }

    /// <summary>The unit the name ends with (碑文谷保健センター in 健康福祉部碑文谷保健センター).</summary>
    private static string LastUnit(string name)
    {
        for (var i = name.Length - 2; i > 2; i--)
        {
            if (DepartmentUnits.SuffixOf(name[..i]) is not null && i <= name.Length - 3)
            {
                return name[i..];
            }
        }

        return name;
    }

    private static bool IssuedAs(string name, IReadOnlyList<string> numbers) =>
        numbers.Any(n => Issuer().Match(n) is { Success: true } m && m.Groups["issuer"].Value == name);

    private static string Stem(string name) => LawWords.SuffixOf(name) is { } suffix ? name[..^suffix.Length] : name;

    /// <summary>Both cite a provision with a caption, and the captions are the same (width, spaces and commas aside).</summary>
    public static bool SameCaption(Mention before, Mention after) =>
        before.Caption is { Length: > 0 } caption && after.Caption is { Length: > 0 } other && Canonical(caption) == Canonical(other);

    private static string Canonical(string caption) => NameKeys.Of(caption).Replace("、", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:附則)?(?:第\d+条(?:の\d+)*|別表第?\d+)")]
    private static partial Regex ArticleOrTable();

    [GeneratedRegex(@"(?:年|月|日)(?<issuer>[^年月日\d]+?(?:省令|府令|政令|告示|規則|条例))第\d+号$")]
    private static partial Regex Issuer();
}
