using PiaSearch.Documents.Items;

namespace PiaSearch.Documents.Tests.Items;

public sealed class ItemPathParserTests
{
    [Theory]
    [InlineData("(住民基本台帳ファイル) Ⅱ-4-委託事項2-⑥委託先名", "住民基本台帳ファイル", "II", "4-委託事項2-⑥委託先名")]
    [InlineData("Ⅱ-(1)住民基本台帳ファイル -4-委託事項1-⑥委託先名", "住民基本台帳ファイル", "II", "4-委託事項1-⑥委託先名")]
    [InlineData("(1住民基本台帳ファイル) II-4-委託事項4", "住民基本台帳ファイル", "II", "4-委託事項4")]
    [InlineData("II 特定個人情報ファイルの概要 [1.特定個人情報ファイル名(1) 【平成27年12月末まで使用】 住民記録個人データベース] 2.基本情報", "住民記録個人データベース", "II", "特定個人情報ファイルの概要 2.基本情報")]
    [InlineData("I-6-②法令上の根拠", null, "I", "6-②法令上の根拠")]
    [InlineData("(本人確認情報ファイル) Ⅱ-4-委託事項1-⑥委託 先名", "本人確認情報ファイル", "II", "4-委託事項1-⑥委託先名")]
    [InlineData("II 特定個人情報ファイルの概要 1.特定個人情報ファイル名 (3)送付先情報ファイル 3.特定個人情報の入手・使用 ④入手に係る妥当性", "送付先情報ファイル", "II", "特定個人情報ファイルの概要 1.特定個人情報ファイル名 3.特定個人情報の入手・使用 ④入手に係る妥当性")]
    [InlineData("Ⅲ 特定個人情報ファイルの取扱いへの対応におけるリスク対策(住民記録ファイル) 1.特定個人情報ファイル名(住民記録ファイル)", "住民記録ファイル", "III", null)]
    [InlineData("(別添2)特定個人情報ファイル記録項目", null, "別添2", "特定個人情報ファイル記録項目")]
    [InlineData("別添5-46", null, "別添5", "46")]
    [InlineData("Ⅳ-2-従業員に対する教育・啓発-具体的な方法", null, "IV", "2-従業員に対する教育・啓発-具体的な方法")]
    [InlineData("VI 評価実施手続き 1. 基礎項目評価 ① 実施日", null, "VI", null)]
    [InlineData("(住民基本台帳ファイル) II-3-⑦使用の主体—使用部署", "住民基本台帳ファイル", "II", "3-⑦使用の主体-使用部署")]
    public void Parse_WritingStyles_ResolveFileChapterAndPath(string raw, string? file, string? chapter, string? path)
    {
        var item = ItemPathParser.Parse(raw, raw);

        Assert.Equal(file, item.File);
        Assert.Equal(chapter, item.Chapter);
        if (path is not null)
        {
            Assert.Equal(path, item.Path);
        }

        Assert.Equal(raw, item.Raw);
    }

    [Fact]
    public void Key_SameSlotInTwoStyles_IsEqual()
    {
        var a = ItemPathParser.Parse("(住民基本台帳ファイル) Ⅱ-4-委託事項2-⑥委託 先名", "(住民基本台帳ファイル) Ⅱ-4-委託事項2-⑥委託 先名");
        var b = ItemPathParser.Parse("Ⅱ-(1)住民基本台帳ファイル -4-委託事項2-⑥委託先名", "Ⅱ-(1)住民基本台帳ファイル -4-委託事項2-⑥委託先名");

        Assert.Equal(a.Key, b.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("(")]
    [InlineData("()")]
    [InlineData("ICチップ")]
    [InlineData("(((ファイル)))")]
    public void Parse_OddInput_DoesNotThrow(string raw)
    {
        var item = ItemPathParser.Parse(raw, raw);
        Assert.NotNull(item.Path);
    }

    [Fact]
    public void Parse_LatinWordStartingWithRomanLetters_IsNotAChapter() =>
        Assert.Null(ItemPathParser.Parse("ICチップ", "ICチップ").Chapter);
}
