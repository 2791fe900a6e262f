namespace PiaSearch.Synthetic;

/// <summary>
/// The other sections of a fictional whole evaluation, written before the 変更箇所 sheet when the workbook has a cover:
/// chapters (Ⅰ 基本情報 …), their numbered parts and labelled fields whose text wraps over several lines.
/// </summary>
public static class SyntheticSections
{
    /// <summary>A chapter: its sheet's title and its parts, each a heading and its labelled fields.</summary>
    public sealed record Chapter(string SheetName, string Title, IReadOnlyList<(string Heading, IReadOnlyList<(string Label, string Text)> Fields)> Parts);

    /// <summary>The chapters of an evaluation by <paramref name="municipality"/> of <paramref name="evaluation"/>.</summary>
    public static IReadOnlyList<Chapter> For(string municipality, string evaluation)
    {
        var who = municipality.Length > 0 ? municipality : "当団体";
        var what = evaluation.Length > 0 ? evaluation : "住民に関する事務";
        return
        [
            new("Ⅰ基本情報", "Ⅰ 基本情報",
            [
                ("1. 特定個人情報ファイルを取り扱う事務",
                [
                    ("①事務の名称", what),
                    ("②事務の内容", $"{who}は、{what}において、申請の受付、資格の審査、決定の通知及び台帳の管理を行う。申請書に記載された個人番号により本人を確認し、関係機関への照会に用いる。"),
                    ("③対象人数", "1万人以上10万人未満"),
                ]),
                ("2. 特定個人情報ファイルを取り扱う事務において使用するシステム",
                [
                    ("①システムの名称", "総合行政情報システム"),
                    ("②システムの機能", "住民情報の照会、異動の登録、証明書の発行及び統計資料の作成。庁内の他のシステムへは、中間サーバーを介して必要な項目だけを連携する。"),
                ]),
            ]),
            new("Ⅱファイルの概要", "Ⅱ 特定個人情報ファイルの概要",
            [
                ("3. 特定個人情報の入手・使用",
                [
                    ("①入手元", $"本人又は本人の代理人、{who}内の他部署"),
                    ("②入手方法", "紙の申請書による。電子申請の場合は、本人確認の措置を講じた上で、専用の端末で受け付ける。"),
                    ("③使用目的", $"{what}の対象者を正確に把握し、給付と負担の公平を確保するため。"),
                ]),
                ("4. 特定個人情報ファイルの取扱いの委託",
                [
                    ("①委託の有無", "委託する"),
                    ("②委託事項", "システムの運用及び保守、帳票の印刷及び封入封緘。委託先には秘密の保持と再委託の制限を契約で義務付ける。"),
                ]),
            ]),
            new("Ⅴ開示請求", "Ⅴ 開示請求、問合せ",
            [
                ("1. 特定個人情報の開示・訂正・利用停止請求",
                [
                    ("①請求先", $"{who}総務課 情報公開係"),
                    ("②請求方法", "指定の様式による書面の提出。郵送による請求も受け付ける。"),
                ]),
            ]),
        ];
    }

    /// <summary>The path and text of every field, as a reader should find them: chapter > heading > label.</summary>
    public static IReadOnlyList<(string Path, string Text)> Expected(string municipality, string evaluation) =>
        [.. For(municipality, evaluation).SelectMany(c => c.Parts.SelectMany(p => p.Fields.Select(f => ($"{c.Title} > {p.Heading} > {f.Label}", f.Text))))];
}
