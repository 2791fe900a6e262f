using System.Text.Json;
using Bogus;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Cli.Tests.Commands;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pia-cli-").FullName;

    private string IndexFolder => Path.Combine(_root, "index");

    private static (int Exit, string Output, string Error) Pia(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PiaCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string WriteLog(string name, string company, int rows, Faker faker)
    {
        var path = Path.Combine(_root, name);
        var lines = new List<string> { "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明" };
        for (var i = 0; i < rows; i++)
        {
            lines.Add($"令和{faker.Random.Int(2, 5)}年度\t(住民基本台帳ファイル) Ⅱ-4-委託事項{i + 1}-⑥委託先名\t未定\t{company}\t事前\t");
        }

        lines.Add("この行はタブがない");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Index_FileWithABadLine_ReportsEntriesAndTheRejectedLine()
    {
        var faker = new Faker("ja") { Random = new Randomizer(5) };
        var log = WriteLog("city.tsv", "株式会社" + faker.Company.CompanyName().Replace(" ", string.Empty, StringComparison.Ordinal), 4, faker);

        var (exit, output, _) = Pia("index", log, "--index", IndexFolder);

        Assert.Equal(0, exit);
        Assert.Contains("4 entries, 1 rejected", output, StringComparison.Ordinal);
        Assert.Contains("rejected line 6:", output, StringComparison.Ordinal);
        Assert.Contains("4 行を取り込み、1 行を除外", output, StringComparison.Ordinal);
        Assert.Contains("除外した行 / rejected line 6:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Summary_IsJapaneseFirstWithEnglishBeside()
    {
        var (exit, output, _) = Pia("generate", "--municipalities", "2", "--rows", "5", "--seed", "3", "--out", Path.Combine(_root, "synthetic"));

        Assert.Equal(0, exit);
        Assert.Contains("変更箇所一覧 2 件・10 行", output, StringComparison.Ordinal);
        Assert.Contains(" / 2 change logs, 10 rows", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("変更箇所一覧", StringComparison.Ordinal) < output.IndexOf("change logs", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_Summary_IsJapaneseFirstWithEnglishBeside()
    {
        var faker = new Faker("ja") { Random = new Randomizer(6) };
        var log = WriteLog("town.tsv", "株式会社" + faker.Company.CompanyName().Replace(" ", string.Empty, StringComparison.Ordinal), 3, faker);

        var (exit, output, _) = Pia("export", log, "--out", Path.Combine(_root, "entries.jsonl"));

        Assert.Equal(0, exit);
        Assert.Contains("変更箇所一覧 1 件の 3 行を", output, StringComparison.Ordinal);
        Assert.Contains("/ 3 entries from 1 change logs", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Json_HasTheApiShapeAndFindsTheRows()
    {
        var faker = new Faker("ja") { Random = new Randomizer(6) };
        var company = "株式会社" + faker.Random.String2(6, "アイウエオカキクケコサシスセソ");
        Pia("index", WriteLog("city.tsv", company, 3, faker), "--index", IndexFolder);

        var (exit, output, _) = Pia("search", company, "--json", "--index", IndexFolder);

        Assert.Equal(0, exit);
        var response = JsonSerializer.Deserialize<SearchResponse>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(3, response.Total);
        Assert.All(response.Hits, h => Assert.Equal(company, h.After));
    }

    [Fact]
    public void Search_Text_BracketsTheMatch()
    {
        var faker = new Faker("ja") { Random = new Randomizer(7) };
        Pia("index", WriteLog("city.tsv", "株式会社テスト電算", 2, faker), "--index", IndexFolder);

        var (exit, output, _) = Pia("search", "テスト電算", "--index", IndexFolder);

        Assert.Equal(0, exit);
        Assert.Contains("【テスト電算】", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_BadSize_FailsWithTheReason()
    {
        var faker = new Faker("ja") { Random = new Randomizer(8) };
        Pia("index", WriteLog("city.tsv", "株式会社テスト", 1, faker), "--index", IndexFolder);

        var (exit, _, error) = Pia("search", "テスト", "--size", "500", "--index", IndexFolder);

        Assert.Equal(2, exit);
        Assert.Contains("size", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NoIndex_SaysToIndexFirst()
    {
        var (exit, _, error) = Pia("search", "x", "--index", Path.Combine(_root, "missing"));

        Assert.Equal(2, exit);
        Assert.Contains("pia index", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_MissingPath_FailsClearly()
    {
        var (exit, _, error) = Pia("index", Path.Combine(_root, "nothing.tsv"), "--index", IndexFolder);

        Assert.Equal(2, exit);
        Assert.Contains("nothing.tsv", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
