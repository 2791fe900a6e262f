using PiaSearch.Documents.Html;

namespace PiaSearch.Documents.Tests.Html;

public sealed class HtmlCellConverterTests
{
    private readonly HtmlCellConverter _converter = new();

    [Fact]
    public void Convert_ParagraphsAndListItems_AreOnTheirOwnLines()
    {
        const string raw = "<p>&lt;内部監査&gt; 年に1回</p> <ul style=\"list-style-type: none\"> <li>・評価書</li> <li>・規定</li> </ul>";
        var result = _converter.Convert(raw);

        Assert.Equal("<内部監査> 年に1回\n・評価書\n・規定", result.Cell.Text);
        Assert.Equal(raw, result.Cell.Raw);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Convert_FormInputs_BecomeTheMarksAReaderSees()
    {
        var result = _converter.Convert("[ <input type=\"checkbox\"/> ] 専用線 [ <input type=\"checkbox\" checked/> ] その他 [ <input type=\"radio\"/> ] 紙 [<input type=\"radio\" checked=\"checked\">]");

        Assert.Equal("[ ☐ ] 専用線 [ ☑ ] その他 [ ○ ] 紙 [●]", result.Cell.Text);
    }

    [Fact]
    public void Convert_SupAndBr_KeepTextInPlaceAndBreakLines()
    {
        var result = _converter.Convert("個人番号カード <sup>※</sup> のICチップ<br>次の行");

        Assert.Equal("個人番号カード ※ のICチップ\n次の行", result.Cell.Text);
    }

    [Fact]
    public void Convert_PlainTextWithoutMarkup_IsKeptAsWritten()
    {
        var result = _converter.Convert("  戸籍住民課長  志村 将憲 ");

        Assert.Equal("戸籍住民課長 志村 将憲", result.Cell.Text);
        Assert.Same("  戸籍住民課長  志村 将憲 ", result.Cell.Raw);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>本文", "本文")]
    [InlineData("<img src=x onerror=alert(1)>画像", "画像")]
    [InlineData("<a href=\"javascript:alert(1)\">リンク</a>", "リンク")]
    [InlineData("<svg onload=alert(1)>図</svg>", "図")]
    public void Convert_HostileMarkup_LeavesOnlyVisibleText(string raw, string expected)
    {
        var result = _converter.Convert(raw);

        Assert.Equal(expected, result.Cell.Text);
        Assert.DoesNotContain("<", result.Cell.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ScriptElement_IsReportedAsAProblem()
    {
        var result = _converter.Convert("<script>alert(1)</script>本文");

        Assert.Contains(result.Problems, p => p.Contains("script", StringComparison.Ordinal));
    }

    [Fact]
    public void Convert_BrokenMarkup_KeepsTheTextAndReportsIt()
    {
        var result = _converter.Convert("<ul><li>一<li>二</b></p></ul><p");

        Assert.Equal("一\n二", result.Cell.Text);
        Assert.NotEmpty(result.Problems);
    }
}
