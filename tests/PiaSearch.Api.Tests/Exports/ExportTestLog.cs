using Bogus;

namespace PiaSearch.Api.Tests.Exports;

/// <summary>
/// A fictional change log for export and feed tests: dated rows over several years that share a marker word, and
/// rows whose cells a spreadsheet would read as formulas.
/// </summary>
internal static class ExportTestLog
{
    public const string DocumentId = "export-test-town";
    public const string Municipality = "試験書出町";

    public static readonly string[] Formulas = ["=SUM(1,2)*CMD", "+81-3-0000-0000", "-1+2", "@SUM(A1)"];

    /// <summary>Writes the log (and its metadata) to <paramref name="folder"/>; returns how many rows carry <paramref name="marker"/>.</summary>
    public static int Write(string folder, string marker, int rows, int seed)
    {
        var faker = new Faker("ja") { Random = new Randomizer(seed) };
        var lines = new List<string> { "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明" };
        for (var i = 0; i < rows; i++)
        {
            var year = faker.Random.Int(1, 6);
            var month = faker.Random.Int(1, 12);
            var day = faker.Random.Int(1, 28);
            var company = faker.Company.CompanyName().Replace(" ", string.Empty, StringComparison.Ordinal);
            lines.Add($"令和{year}年{month}月{day}日\t(試験ファイル) Ⅱ-4-委託事項{i + 1}-⑥委託先名\t{marker}旧{company}\t{marker}新{company}、説明は「引用」と,読点\t事後\t");
        }

        for (var i = 0; i < Formulas.Length; i++)
        {
            lines.Add($"令和7年4月{i + 1}日\t(試験ファイル) Ⅱ-5-提供先{i + 1}-②電話番号\t{marker}旧\t{Formulas[i]}\t事後\t{marker}");
        }

        File.WriteAllLines(Path.Combine(folder, DocumentId + ".tsv"), lines);
        File.WriteAllText(Path.Combine(folder, DocumentId + ".meta.json"), $"{{\"municipality\":\"{Municipality}\"}}");
        return rows + Formulas.Length;
    }
}
