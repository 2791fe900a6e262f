using PiaSearch.Search.Catalog;

namespace PiaSearch.Search.Tests.Catalog;

public sealed class DocumentMetadataTests
{
    [Theory]
    [InlineData("北市", "北市")]
    [InlineData("北　市", "北市")]
    [InlineData(" 北 市 ", "北市")]
    [InlineData("ＭＥＧＵＲＯ　Ｃｉｔｙ", "MEGURO City")]
    [InlineData("Kita  City", "Kita City")]
    [InlineData("住民基本台帳に関する 事務", "住民基本台帳に関する事務")]
    public void CleanName_SpacingAndWidth_OneSpellingPerName(string typed, string kept)
    {
        Assert.Equal(kept, DocumentMetadata.CleanName(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void CleanName_Nothing_IsNull(string? typed)
    {
        Assert.Null(DocumentMetadata.CleanName(typed));
    }
}
