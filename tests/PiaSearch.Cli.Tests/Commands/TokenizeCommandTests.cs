namespace PiaSearch.Cli.Tests.Commands;

public sealed class TokenizeCommandTests
{
    private static (int Exit, string Output, string Error) Tokenize(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PiaCommandLine.Run(["tokenize", .. args], new StringReader(input), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Tokenize_Wakati_PrintsWhatMecabOwakatiPrints()
    {
        var (exit, output, _) = Tokenize("住民基本台帳ネットワークシステムに基づき\n\n  株式会社RKKCS  \n");

        Assert.Equal(0, exit);
        // mecab -Owakati follows every word with a space and prints an empty line for an empty one.
        Assert.Equal("住民 基本 台帳 ネットワーク システム に 基づき \n\n株式会社 RKKCS \n", output);
    }

    [Fact]
    public void Tokenize_Tsv_PrintsOneWordPerLineAndABlankLineAfterEachInputLine()
    {
        var (exit, output, _) = Tokenize("基づき\nRKKCS\n", "--format", "tsv");

        Assert.Equal(0, exit);
        Assert.Equal("基づき\t動詞,自立,*,*\t基づく\tモトヅキ\n\nRKKCS\t名詞,固有名詞,組織,*\t*\t*\n\n", output);
    }

    [Fact]
    public void Tokenize_SearchMode_AddsTheWholeCompoundAfterItsFirstPart()
    {
        var (_, output, _) = Tokenize("関西国際空港\n", "--mode", "search");

        Assert.Equal("関西 関西国際空港 国際 空港 \n", output);
    }

    [Fact]
    public void Tokenize_UserDictionary_KeepsItsWordsWhole()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "住基ネット,住基ネット,ジュウキネット,名詞-固有名詞\n");

            var (_, plain, _) = Tokenize("住基ネットを使う\n");
            var (_, withUser, _) = Tokenize("住基ネットを使う\n", "--user-dictionary", file);

            Assert.StartsWith("住 基 ネット ", plain, StringComparison.Ordinal);
            Assert.StartsWith("住基ネット を ", withUser, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--mode", "fast")]
    [InlineData("--format", "json")]
    public void Tokenize_UnknownChoice_FailsAndSaysWhy(string option, string value)
    {
        var (exit, _, error) = Tokenize("x\n", option, value);

        Assert.NotEqual(0, exit);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokenize_MissingUserDictionary_FailsClearly()
    {
        var (exit, _, error) = Tokenize("x\n", "--user-dictionary", "/nonexistent/user.csv");

        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/user.csv", error, StringComparison.Ordinal);
    }
}
