namespace PiaSearch.Api.Hosting;

/// <summary>
/// The introduction at the top of /docs. The reference viewer's own buttons are in English; the introduction says
/// in Japanese what they do, so a Japanese reader is not left with English controls and no guide.
/// </summary>
internal static class ApiDocumentation
{
    public const string Description = """
        特定個人情報保護評価書の変更箇所を検索し、委託先・部署・法令の移り変わりをたどる API です。各操作の見出しは「日本語 / English」です。
        *Search and cross-reference privacy-impact-assessment change logs. Each operation's heading reads Japanese / English.*

        | 画面の表示 / button | 意味 / meaning |
        | --- | --- |
        | Try it out | この画面から試しに呼び出す / call the operation from this page |
        | Execute | 入力した値で実行する / send the request |
        | Parameters | パラメータ（クエリ文字列など） / query-string and path parameters |
        | Responses | 応答の例と形 / response examples and shapes |
        | Schemas | 応答に使うデータの形 / the data shapes used in responses |

        誤った入力には 400 の ProblemDetails が、日本語と英語の説明付きで返ります。
        *Mistakes get a 400 ProblemDetails explained in Japanese and English.*
        """;
}
