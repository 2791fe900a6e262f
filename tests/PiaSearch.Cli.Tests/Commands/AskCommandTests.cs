using System.Text.Json;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.CrossReference.Questions;

namespace PiaSearch.Cli.Tests.Commands;

/// <summary>
/// pia ask over two municipalities, each with its own 情報課 renamed differently: --municipality scopes the question as
/// the API's municipality= does, and usage errors exit 2 while a question with no answer exits 1.
/// </summary>
public sealed class AskCommandTests : IClassFixture<AskCommandTests.TwoCitiesIndex>
{
    private readonly TwoCitiesIndex _cities;

    public AskCommandTests(TwoCitiesIndex cities) => _cities = cities;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static (int Exit, string Output, string Error) Pia(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PiaCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("乙町", "情報システム課", "情報政策課")]
    [InlineData("甲市", "情報政策課", "情報システム課")]
    public void Ask_Municipality_AnswersFromItsDepartmentOnly(string municipality, string expected, string other)
    {
        var (exit, output, error) = Pia("ask", "情報課の現在の名称は?", "--municipality", municipality, "--index", _cities.Index);

        Assert.True(exit == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain(other, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_MunicipalityInJson_IsTheOneUnderstood()
    {
        var (exit, output, _) = Pia("ask", "情報課の現在の名称は?", "--municipality", "乙町", "--json", "--index", _cities.Index);

        Assert.Equal(0, exit);
        var answer = JsonSerializer.Deserialize<AnswerDto>(output, Json)!;
        Assert.Equal("乙町", answer.Understood.Municipality);
        Assert.All(answer.Evidence, e => Assert.Equal("otsu-juki", e.Document));
    }

    [Fact]
    public void Ask_MunicipalityWithSpacesAround_IsFound()
    {
        var (exit, output, _) = Pia("ask", "情報課の現在の名称は?", "--municipality", " 乙町 ", "--index", _cities.Index);

        Assert.Equal(0, exit);
        Assert.Contains("情報システム課", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("甲市", "kou-juki")]
    [InlineData("乙町", "otsu-juki")]
    public void Ask_NoIntentFits_OffersRowsOfTheMunicipalityOnly_AndExits1(string municipality, string document)
    {
        var (exit, output, _) = Pia("ask", "評価実施機関の部署について教えてください", "--municipality", municipality, "--json", "--index", _cities.Index);

        Assert.Equal(1, exit);
        var answer = JsonSerializer.Deserialize<AnswerDto>(output, Json)!;
        Assert.Equal(QuestionIntent.Unknown, answer.Kind);
        var row = Assert.Single(answer.SearchResults);
        Assert.Equal(document, row.Document);
    }

    [Fact]
    public void Ask_UnknownMunicipality_Exits2ListingTheKnownOnes()
    {
        var (exit, output, error) = Pia("ask", "情報課の現在の名称は?", "--municipality", "丙村", "--index", _cities.Index);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("丙村", error, StringComparison.Ordinal);
        Assert.Contains("甲市", error, StringComparison.Ordinal);
        Assert.Contains("乙町", error, StringComparison.Ordinal);
        Assert.True(error.IndexOf("自治体", StringComparison.Ordinal) < error.IndexOf("municipality", StringComparison.Ordinal));
    }

    public static TheoryData<string[]> UnreadableCommandLines => new()
    {
        { ["ask"] },
        { ["ask", "情報課の現在の名称は?", "--no-such-option"] },
        { ["ask", "情報課の現在の名称は?", "--municipality"] },
        { ["ask", "一つ目", "二つ目"] },
    };

    [Theory]
    [MemberData(nameof(UnreadableCommandLines))]
    public void Ask_CommandLineNotReadable_Exits2InJapaneseThenEnglish(string[] args)
    {
        var (exit, _, error) = Pia(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("エラー / error: コマンドの書き方", error, StringComparison.Ordinal);
        Assert.Contains("The command line is not valid", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Ask_EmptyQuestion_Exits2(string question)
    {
        var (exit, _, error) = Pia("ask", question, "--index", _cities.Index);

        Assert.Equal(2, exit);
        Assert.Contains("質問を入力してください", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_QuestionOverTheLimit_Exits2_AsTheApiRefusesIt()
    {
        var (exit, _, error) = Pia("ask", string.Concat(Enumerable.Repeat("委託事項4が追加されたのはいつ", 40)), "--index", _cities.Index);

        Assert.Equal(2, exit);
        Assert.Contains("500", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_UnknownOption_Exits2Too()
    {
        var (exit, _, _) = Pia("search", "情報課", "--no-such-option");

        Assert.Equal(2, exit);
    }

    /// <summary>An index of two municipalities' logs (甲市 and 乙町, with .meta.json sidecars) in a temporary folder.</summary>
    public sealed class TwoCitiesIndex : IDisposable
    {
        private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";
        private const string Department = "I 基本情報 7.評価実施機関における担当部署 ①部署";
        private const string Contractor = "(住民記録ファイル) II-4-委託事項1-⑥委託先名";

        public TwoCitiesIndex()
        {
            Folder = Directory.CreateTempSubdirectory("pia-ask-cli-").FullName;
            var corpus = Directory.CreateDirectory(Path.Combine(Folder, "corpus")).FullName;
            Write(corpus, "kou-juki", "甲市", $"令和3年度\t{Department}\t情報課\t情報政策課\t事後\t\n令和2年4月1日\t{Contractor}\t未定\t株式会社テスト電算\t事後\t\n");
            Write(corpus, "otsu-juki", "乙町", $"令和4年度\t{Department}\t情報課\t情報システム課\t事後\t\n令和5年4月1日\t{Contractor}\t株式会社ほか情報\t株式会社テスト電算\t事後\t\n");
            var (exit, _, error) = Pia("index", corpus, "--index", Index);
            Assert.True(exit == 0, error);
        }

        public string Folder { get; }

        public string Index => Path.Combine(Folder, "index");

        public void Dispose() => Directory.Delete(Folder, recursive: true);

        private static void Write(string corpus, string id, string municipality, string rows)
        {
            File.WriteAllText(Path.Combine(corpus, id + ".tsv"), Header + rows);
            File.WriteAllText(Path.Combine(corpus, id + ".meta.json"), JsonSerializer.Serialize(new { municipality, evaluation = "住民基本台帳に関する事務" }));
        }
    }
}
