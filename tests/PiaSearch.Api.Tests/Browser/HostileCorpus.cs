using Bogus;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>
/// A change log whose cells try to run script in the reader's browser, in raw HTML and in escaped form (which
/// the parser turns into literal text such as "&lt;img src=x onerror=…&gt;"). Every payload sets window.__pwned.
/// </summary>
internal static class HostileCorpus
{
    public const string DocumentId = "hostile-log";

    public static IReadOnlyList<string> Payloads { get; } =
    [
        "<script>window.__pwned='script'</script>",
        "<img src=x onerror=\"window.__pwned='img'\">",
        "<a href=\"javascript:window.__pwned='href'\">リンク</a>",
        "<svg onload=\"window.__pwned='svg'\"><circle r=\"5\"/></svg>",
        "&lt;img src=x onerror=\"window.__pwned='escaped'\"&gt;",
        "&lt;script&gt;window.__pwned='escaped-script'&lt;/script&gt;",
        "<iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
    ];

    /// <summary>Writes the log; every row mentions <paramref name="marker"/> so a search finds them all.</summary>
    public static string Write(string folder, string marker, int seed)
    {
        var faker = new Faker("ja") { Random = new Randomizer(seed) };
        var lines = new List<string> { "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明" };
        foreach (var payload in Payloads)
        {
            lines.Add($"令和5年度\t(住民基本台帳ファイル) Ⅱ-4-委託事項1-⑥委託先名 {payload}\t{marker} {faker.Company.CompanyName()} {payload}\t{marker} 株式会社{faker.Name.LastName()}{payload}\t事後\t{payload}");
        }

        var path = Path.Combine(folder, DocumentId + ".tsv");
        File.WriteAllLines(path, lines);
        return path;
    }
}
