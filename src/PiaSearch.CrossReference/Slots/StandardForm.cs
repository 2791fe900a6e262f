using System.Text.RegularExpressions;

namespace PiaSearch.CrossReference.Slots;

/// <summary>
/// The numbered headings of the national form of the full evaluation (全項目評価書), the same for every body that files one: a
/// change log that writes an item only by its numbers (Ⅵ-3-①実施日) means the heading the form gives that number (第三者点検).
/// </summary>
public static partial class StandardForm
{
    private static readonly Dictionary<string, string[]> Sections = new(StringComparer.Ordinal)
    {
        ["I"] =
        [
            "特定個人情報ファイルを取り扱う事務", "特定個人情報ファイルを取り扱う事務において使用するシステム", "特定個人情報ファイル名",
            "特定個人情報ファイルを取り扱う理由", "個人番号の利用", "情報提供ネットワークシステムによる情報連携", "評価実施機関における担当部署", "他の評価実施機関",
        ],
        ["II"] = ["特定個人情報ファイル名", "基本情報", "特定個人情報の入手・使用", "特定個人情報ファイルの取扱いの委託", "特定個人情報の提供・移転", "特定個人情報の保管・消去", "備考"],
        ["III"] =
        [
            "特定個人情報ファイル名", "特定個人情報の入手", "特定個人情報の使用", "特定個人情報ファイルの取扱いの委託", "特定個人情報の提供・移転",
            "情報提供ネットワークシステムとの接続", "特定個人情報の保管・消去",
        ],
        ["IV"] = ["監査", "従業者に対する教育・啓発", "その他のリスク対策"],
        ["V"] = ["特定個人情報の開示・訂正・利用停止請求", "特定個人情報ファイルの取扱いに関する問合せ"],
        ["VI"] = ["基礎項目評価", "国民・住民等からの意見の聴取", "第三者点検", "個人情報保護委員会の承認"],
    };

    /// <summary>
    /// The heading of the form's section and number an item path starts with, when the path gives only the numbers (Ⅵ-3-①実施日,
    /// VI-3-1実施日 as a key): 第三者点検. Null when the path does not start so or the form has no such number.
    /// </summary>
    /// <param name="chapter">The item's chapter when the log's parser split it off (VI of Ⅵ-3-①実施日), else null.</param>
    /// <param name="path">The item's path (3-①実施日, or the whole Ⅵ-3-①実施日).</param>
    public static string? HeadingOf(string? chapter, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folded = (string.IsNullOrEmpty(chapter) ? path : $"{chapter}-{path}").Normalize(System.Text.NormalizationForm.FormKC);
        var match = Numbered().Match(folded);
        if (!match.Success || !Sections.TryGetValue(match.Groups["s"].Value.ToUpperInvariant(), out var headings))
        {
            return null;
        }

        var number = int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return number >= 1 && number <= headings.Length ? headings[number - 1] : null;
    }

    [GeneratedRegex(@"^\s*(?<s>VI|IV|V|III|II|I)\s*[-‐−.．]\s*(?<n>\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
