using System.Collections.Frozen;

namespace PiaSearch.CrossReference.Text;

/// <summary>
/// A company name (its key, without the legal form) read as its distinctive part, the regions it names and the
/// words of its trade: カスガ西日本ビジネスサービス is カスガ + {西日本} + {ビジネス, サービス}. Two names that share only
/// trade words (…情報サービス) are not one company; two that name different regions (東日本… / 西日本…) are a group's
/// regional companies, not one company renamed. The word lists are the general vocabulary of Japanese company names
/// (Japan's regions and prefectures, the IT and outsourcing trade words), never a particular log's names.
/// O(n·w) in the name's length n and the longest listed word w.
/// </summary>
internal readonly record struct CompanyNameParts(string Distinctive, FrozenSet<string> Regions, FrozenSet<string> Trade)
{
    private static readonly string[] RegionWords =
    [
        "北海道", "東北", "北東北", "南東北", "関東", "北関東", "南関東", "首都圏", "甲信越", "信越", "北陸", "中部", "東海", "近畿", "関西",
        "中国", "山陰", "山陽", "四国", "九州", "北九州", "南九州", "沖縄", "東日本", "西日本", "中日本", "北日本",
        "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川", "新潟", "富山", "石川",
        "福井", "山梨", "長野", "岐阜", "静岡", "愛知", "三重", "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山",
        "広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島",
    ];

    private static readonly string[] TradeWords =
    [
        "情報", "システム", "システムズ", "サービス", "サービシズ", "ソリューション", "ソリューションズ", "データ", "センター", "センタ",
        "ソフトウェア", "ソフトウエア", "ソフト", "ネットワーク", "ネットワークス", "コンピュータ", "コンピューター", "テクノロジー", "テクノロジーズ",
        "テクノ", "電算", "計算", "ビジネス", "アウトソーシング", "エンジニアリング", "コンサルティング", "サポート", "マネジメント", "インフォメーション",
        "通信", "処理", "開発", "技研", "工業", "商事", "産業", "協会", "研究所", "印刷", "総合", "管理", "事務", "保守", "運用", "記録", "文書",
        "アーカイブ", "アーカイブズ", "クラウド", "セキュリティ", "ホールディングス", "グループ", "ジャパン", "インターナショナル",
        "SYSTEMS", "SYSTEM", "SERVICES", "SERVICE", "SOLUTIONS", "SOLUTION", "DATA", "NETWORKS", "NETWORK", "SOFTWARE", "SOFT", "TECHNOLOGY",
        "TECHNOLOGIES", "COMPUTER", "JAPAN", "GROUP", "HOLDINGS",
    ];

    private static readonly FrozenDictionary<char, (string Word, bool Region)[]> WordsByFirst = RegionWords.Select(w => (Word: NameKeys.Of(w), Region: true))
        .Concat(TradeWords.Select(w => (Word: NameKeys.Of(w), Region: false)))
        .DistinctBy(w => w.Word, StringComparer.Ordinal)
        .GroupBy(w => w.Word[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Word.Length).ToArray());

    /// <summary>The parts of a name key (<see cref="NameKeys.Of"/> of the name without its legal form), longest listed words first.</summary>
    public static CompanyNameParts Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var distinctive = new System.Text.StringBuilder(key.Length);
        var regions = new List<string>();
        var trade = new List<string>();
        for (var i = 0; i < key.Length;)
        {
            var word = WordsByFirst.TryGetValue(key[i], out var words)
                ? Array.Find(words, w => string.CompareOrdinal(key, i, w.Word, 0, w.Word.Length) == 0)
                : default;
            if (word.Word is null)
            {
                distinctive.Append(key[i]);
                i++;
                continue;
            }

            (word.Region ? regions : trade).Add(word.Word);
            i += word.Word.Length;
        }

        return new CompanyNameParts(
            distinctive.ToString().Trim('-', '&', 'ー'),
            regions.ToFrozenSet(StringComparer.Ordinal),
            trade.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// True when two close company names (keys without the legal form) are most likely two companies rather than one
    /// misspelt: they name other regions (カスガ東日本… / カスガ西日本…), or they are the same trade words after short
    /// distinctive names that differ (ミナトソリューションズ / ミドリソリューションズ: a short name is all there is to tell
    /// two companies apart, so a difference in it is not a typo). O(n·w) as <see cref="Of"/>.
    /// </summary>
    public static bool LikelyTwoCompanies(string key, string other)
    {
        var a = Of(key);
        var b = Of(other);
        if (!a.Regions.SetEquals(b.Regions))
        {
            return true;
        }

        return a.Trade.SetEquals(b.Trade) && a.Distinctive.Length > 0 && b.Distinctive.Length > 0 && a.Distinctive != b.Distinctive
            && Math.Min(a.Distinctive.Length, b.Distinctive.Length) < 4;
    }
}
