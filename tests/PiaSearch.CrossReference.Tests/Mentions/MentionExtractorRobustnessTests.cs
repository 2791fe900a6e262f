using System.Diagnostics;
using Bogus;
using PiaSearch.CrossReference.Mentions;

namespace PiaSearch.CrossReference.Tests.Mentions;

public sealed class MentionExtractorRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "株式会社", "(株)", "有限会社", "課", "部", "センター", "事務所", "システム", "サーバー", "・", "法", "省令", "条例", "第", "条", "項", "号",
        "別表第二の", "、", "及び", "並びに", "(以下「", "」という。)", "(平成26年11月20日総務省令第85号)", "同法", "の項", "(", ")", "【", "】",
        "所属長", "未定", "03-1234-5678", "一", "ー", "क", "<br>", " ", "\u3000", "カード", "通知書", "届", "施行令", "(前略)", "—", "削除",
    ];

    [Fact]
    public void Extract_RandomCells_NeverThrowsAndKeepsSpansInsideTheText()
    {
        var faker = new Faker("ja") { Random = new Randomizer(7) };
        var extractor = new MentionExtractor();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 300; i++)
        {
            var cell = string.Concat(Enumerable.Range(0, faker.Random.Int(1, 40)).Select(_ => faker.Random.Bool(0.7f)
                ? faker.PickRandom(Fragments)
                : faker.Random.String2(faker.Random.Int(1, 4), "情報政策総務市民戸籍住民基本台帳番号カードアイウエオ0123456789")));
            var row = TestLogs.Row(faker.PickRandom("II-4-委託事項1-⑥委託先名", "I-7-②所属長", "別添5-1", "I-6-②法令上の根拠"), cell, cell + faker.PickRandom(Fragments));

            var mentions = extractor.Extract(row);

            Assert.All(mentions.Before, m => Assert.True(m.Start >= 0 && m.End <= mentions.BeforeText.Length, cell));
            Assert.All(mentions.After, m => Assert.True(m.Start >= 0 && m.End <= mentions.AfterText.Length, cell));
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    /// <summary>
    /// A cell of thousands of space-separated words (a crafted upload): each unit suffix looked back for a known name at every
    /// space to the start of the run, cubic in the cell (800 words took 31 s to build the model). Bounded by a name's length now.
    /// </summary>
    [Theory]
    [InlineData("情報システム課")]
    [InlineData("ミライ首都圏データセンター")]
    public void Extract_ThousandsOfSpacedWords_StaysFast(string word)
    {
        var cell = "株式会社" + string.Join(" ", Enumerable.Range(0, 2_500).Select(i => word + (i % 7 == 0 ? "室" : string.Empty)));
        var row = TestLogs.Row("I-7-①評価実施機関における担当部署", cell[..Math.Min(cell.Length, 19_900)], "情報政策課");
        var watch = Stopwatch.StartNew();

        var model = new PiaSearch.CrossReference.Model.CrossReferenceBuilder().Build([row]);

        Assert.NotEmpty(model.Entities);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
    /// <summary>
    /// Two cells of 1,500 citations each (a crafted upload), one caption changed: keeping one reading per span compared every
    /// mention with every one kept, and telling whether the slot's names stayed the same filled a 36,000² edit-distance
    /// table (three such rows took 6 s). Both are linear now.
    /// </summary>
    [Fact]
    public void Build_CellsOfThousandsOfCitations_StaysFast()
    {
        string Cell(string changed) => "番号法" + string.Join("、", Enumerable.Range(1, 1_500).Select(i => $"第{i}条(見出し{(i == 700 ? changed : i.ToString())})"));
        var rows = TestLogs.Parse(
            "crafted-log",
            ("令和2年4月1日", "I-5-②法令上の根拠", Cell("七百"), Cell("七百改")),
            ("令和3年4月1日", "I-5-②法令上の根拠", Cell("七百改"), Cell("七百再改")));
        var watch = Stopwatch.StartNew();

        var model = new PiaSearch.CrossReference.Model.CrossReferenceBuilder().Build(rows);

        watch.Stop();
        Assert.NotEmpty(model.Entities);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
    }
}
