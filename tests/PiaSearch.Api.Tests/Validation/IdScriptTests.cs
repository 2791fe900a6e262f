using PiaSearch.Api.Validation;

namespace PiaSearch.Api.Tests.Validation;

public sealed class IdScriptTests
{
    [Theory]
    [InlineData("meguro-juki-changes")]
    [InlineData("kita_city.2024")]
    [InlineData("目黒区")]
    [InlineData("目黒区-住基ネット_2")]
    [InlineData("meguro-目黒区")]
    [InlineData("москва-2024")]
    [InlineData("αθήνα")]
    public void IsValid_OneScriptWithAsciiDigitsAndPunctuation_IsTrue(string id)
    {
        Assert.True(IdScript.IsValid(id));
    }

    [Theory]
    [InlineData("\u0430dmin")]
    [InlineData("adm\u0456n")]
    [InlineData("p\u03b1ypal")]
    [InlineData("\uff4deguro")]
    [InlineData("log\uff11")]
    [InlineData("log\u0661")]
    [InlineData("ｱｲｳ")]
    [InlineData("目黒\u0430")]
    [InlineData("ソウル-서울")]
    [InlineData("caf\u00e9-目黒")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_MixedScriptsLookalikesOrOtherCharacters_IsFalse(string? id)
    {
        Assert.False(IdScript.IsValid(id));
    }
}
