namespace PiaSearch.Synthetic;

/// <summary>The words synthetic change logs are made of: the evaluation form's own vocabulary and common office names.</summary>
internal static class SyntheticVocabulary
{
    public static readonly string[] Evaluations =
    [
        "住民基本台帳に関する事務", "個人住民税の賦課に関する事務", "国民健康保険に関する事務", "児童手当の支給に関する事務",
        "介護保険に関する事務", "生活保護に関する事務", "予防接種に関する事務", "障害者福祉に関する事務",
    ];

    public static readonly string[] Files =
    [
        "住民基本台帳ファイル", "本人確認情報ファイル", "送付先情報ファイル", "課税台帳ファイル", "被保険者資格ファイル",
        "受給者情報ファイル", "宛名情報ファイル", "予防接種履歴ファイル",
    ];

    public static readonly string[] DepartmentStems =
    [
        "戸籍住民", "市民", "区民", "税務", "課税", "収納", "国保年金", "介護保険", "子育て支援", "福祉総務", "障害福祉",
        "健康推進", "保健予防", "情報政策", "情報システム", "総務", "企画", "窓口サービス", "地域振興",
    ];

    public static readonly string[] DepartmentKinds = ["課", "課", "課", "室", "センター", "事務所", "係"];

    public static readonly string[] BureauStems = ["総務", "区民", "市民", "健康福祉", "子ども家庭", "財政", "企画経営"];

    public static readonly string[] CompanyStems =
    [
        "システム", "コンピュータ", "情報サービス", "データ", "ネットワーク", "ソリューションズ", "電算", "テクノロジー",
        "ビジネスサービス", "アウトソーシング", "データセンター", "ソフトウェア",
    ];

    public static readonly string[] CompanyPrefixes =
    [
        "アオバ", "ミナト", "サクラ", "ヒカリ", "トウカイ", "キタノ", "ニシキ", "カスガ", "ホクト", "ヤマト", "アサヒ", "ミドリ",
        "ツバサ", "イズミ", "コスモ", "リンク", "ユニオン", "ネクスト",
    ];

    public static readonly string[] Statutes =
    [
        "番号法第9条第1項別表第一", "番号法第19条第{0}号", "住基法第30条の{0}", "住民基本台帳法第7条第{0}号",
        "地方税法第{0}条", "国民健康保険法第{0}条", "行政手続における特定の個人を識別するための番号の利用等に関する法律第19条第{0}号",
    ];

    public static readonly string[] Systems =
    [
        "既存住民記録システム", "団体内統合宛名システム", "住基ネット連携システム", "中間サーバー", "税務総合システム",
        "福祉総合システム", "コンビニ交付システム", "市町村CS",
    ];

    public static readonly string[] MeasureSentences =
    [
        "システムの利用者は、ID とパスワードによる認証を行い、権限のない者の利用を防止する。",
        "特定個人情報を含む電子記録媒体は、施錠できる保管庫に保管する。",
        "委託先に対し、年に1回、特定個人情報の取扱状況について報告を求める。",
        "アクセスログを{0}年間保存し、不正な利用がないか定期的に確認する。",
        "サーバーは、入退室管理を行っている専用の機械室に設置する。",
        "職員に対し、年に{0}回、個人情報保護に関する研修を実施する。",
        "不要となった特定個人情報は、{0}年経過後に消去し、消去の記録を残す。",
        "情報提供ネットワークシステムとの接続は、中間サーバーを介して行う。",
    ];

    public static readonly string[] Explanations =
    [
        "重要な変更に該当する変更", "重要な変更には該当しない変更", "重要な変更の対象項目ではあるが、重要な変更には該当しない変更", "",
    ];

    public static readonly string[] CheckboxOptions = ["庁内連携システム", "専用線", "電子記録媒体", "紙", "情報提供ネットワークシステム", "その他"];
}
