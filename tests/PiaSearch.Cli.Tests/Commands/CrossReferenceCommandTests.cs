using System.Text.Json;
using PiaSearch.Contracts.CrossReferencing;

namespace PiaSearch.Cli.Tests.Commands;

/// <summary>pia trace, pia ask and pia evaluate over an index of the default corpus built once for the class.</summary>
public sealed class CrossReferenceCommandTests : IClassFixture<CrossReferenceCommandTests.CorpusIndex>
{
    private readonly CorpusIndex _index;

    public CrossReferenceCommandTests(CorpusIndex index) => _index = index;

    private static string Corpus => Path.Combine(AppContext.BaseDirectory, "Corpus", "meguro-juki-changes.tsv");

    private static (int Exit, string Output, string Error) Pia(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PiaCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Trace_RenamedContractor_PrintsBothNamesAndTheRename()
    {
        var (exit, output, _) = Pia("trace", "RKKCS", "--index", Path.Combine(_index.Folder, "index"));

        Assert.Equal(0, exit);
        Assert.Contains("株式会社アール・ケー・ケー・コンピューター・サービス", output, StringComparison.Ordinal);
        Assert.Contains("改称 rename", output, StringComparison.Ordinal);
        Assert.Contains("[324]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_Json_HasTheApiShape()
    {
        var (exit, output, _) = Pia("trace", "情報課", "--type", "department", "--json", "--index", Path.Combine(_index.Folder, "index"));

        Assert.Equal(0, exit);
        var detail = JsonSerializer.Deserialize<EntityDetailDto>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(["情報課", "情報政策課"], detail.Names.Select(n => n.Name));
    }

    [Fact]
    public void Trace_UnknownName_FailsClearly()
    {
        var (exit, _, error) = Pia("trace", "存在しない株式会社", "--index", Path.Combine(_index.Folder, "index"));

        Assert.Equal(2, exit);
        Assert.Contains("存在しない株式会社", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_Question_PrintsTheAnswerAndTheRows()
    {
        var (exit, output, _) = Pia("ask", "情報課はいつ情報政策課になった?", "--index", Path.Combine(_index.Folder, "index"));

        Assert.Equal(0, exit);
        Assert.Contains("令和3年度", output, StringComparison.Ordinal);
        Assert.Contains("meguro-juki-changes:320, meguro-juki-changes:329, meguro-juki-changes:330", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NoIntentFits_PrintsTheBestRowsAsASearchResult_AndExitsNonZero()
    {
        var (exit, output, _) = Pia("ask", "第三者点検について教えてください", "--index", Path.Combine(_index.Folder, "index"));
        var (jsonExit, json, _) = Pia("ask", "第三者点検について教えてください", "--json", "--index", Path.Combine(_index.Folder, "index"));

        Assert.Equal(1, exit);
        Assert.Contains("回答ではありません", output, StringComparison.Ordinal);
        Assert.Contains("meguro-juki-changes:81 ", output, StringComparison.Ordinal);
        Assert.Equal(1, jsonExit);
        Assert.Contains("\"searchResults\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Labels_PrintsPrecisionAndRecall()
    {
        var labels = Path.Combine(_index.Folder, "labels.tsv");
        File.WriteAllLines(labels, ["# two labels", "320\tdepartment\trename\t情報課\t情報政策課", "8\tperson\trename\t志村 将憲\t小野塚 知子"]);

        var (exit, output, _) = Pia("evaluate", labels, Corpus, "--verbose");

        Assert.Equal(0, exit);
        Assert.Contains("一致 / matched: 1", output, StringComparison.Ordinal);
        Assert.Contains("見逃し / missed:   8 person rename", output, StringComparison.Ordinal);
    }

    /// <summary>An index of the default corpus in a temporary folder.</summary>
    public sealed class CorpusIndex : IDisposable
    {
        public CorpusIndex()
        {
            Folder = Directory.CreateTempSubdirectory("pia-xref-cli-").FullName;
            var (exit, _, error) = Pia("index", Corpus, "--index", Path.Combine(Folder, "index"));
            Assert.True(exit == 0, error);
        }

        public string Folder { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
