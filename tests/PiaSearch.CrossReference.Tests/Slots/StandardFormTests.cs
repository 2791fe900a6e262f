using PiaSearch.CrossReference.Slots;

namespace PiaSearch.CrossReference.Tests.Slots;

/// <summary>The national form's headings for items a log writes only by their numbers.</summary>
public sealed class StandardFormTests
{
    [Theory]
    [InlineData("VI", "3-①実施日", "第三者点検")]
    [InlineData(null, "Ⅵ-2-②実施日・期間", "国民・住民等からの意見の聴取")]
    [InlineData(null, "Ⅳ-1-②監査", "監査")]
    [InlineData("I", "7-①部署", "評価実施機関における担当部署")]
    [InlineData(null, "III-4-リスク1", "特定個人情報ファイルの取扱いの委託")]
    public void HeadingOf_NumbersOnly_IsTheFormsHeading(string? chapter, string path, string heading) =>
        Assert.Equal(heading, StandardForm.HeadingOf(chapter, path));

    [Theory]
    [InlineData(null, "Ⅵ-9-①実施日")] // the form has no 9
    [InlineData(null, "Ⅵ-12-①実施日")] // two digits: not the form's number
    [InlineData(null, "委託事項3-①委託内容")]
    [InlineData("VII", "1-①備考")]
    public void HeadingOf_NoSuchHeading_IsNull(string? chapter, string path) =>
        Assert.Null(StandardForm.HeadingOf(chapter, path));
}
