using PiaSearch.Documents.Html;

namespace PiaSearch.Documents.Tests.Html;

/// <summary>
/// A "&lt;" in a cell is markup only where it opens a well-formed tag; comparisons and brackets written in Japanese
/// text stay text (an HTML5 parser alone reads &lt;b かつ c&gt; as a b element and drops the words).
/// </summary>
public sealed class LessThanInTextTests
{
    private readonly HtmlCellConverter _converter = new();

    [Theory]
    [InlineData("年齢 a<b かつ c>d ふが", "年齢 a<b かつ c>d ふが")]
    [InlineData("条件 x<y の場合", "条件 x<y の場合")]
    [InlineData("<注>本文を参照", "<注>本文を参照")]
    [InlineData("件数<100件>の確認", "件数<100件>の確認")]
    [InlineData("a<b>太字</b>c", "a太字c")]
    [InlineData("前<br>後", "前\n後")]
    [InlineData("<p class=\"x\">段落</p>", "段落")]
    [InlineData("<span title=注意>強調</span>", "強調")]
    [InlineData("<script>alert(1)</script>テスト", "テスト")]
    [InlineData("<!-- メモ -->本文", "本文")]
    [InlineData("記号 &lt; と &amp;", "記号 < と &")]
    public void Convert_LessThanSign_IsMarkupOnlyWhenItOpensATag(string raw, string expected)
    {
        Assert.Equal(expected, _converter.Convert(raw).Cell.Text);
    }
}
