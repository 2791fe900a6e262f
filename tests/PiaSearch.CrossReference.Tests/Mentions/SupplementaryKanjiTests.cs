using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Tests.Mentions;

/// <summary>
/// Kanji outside the BMP (𠮷, 𩸽) are two UTF-16 units: a name was cut between or before them (𠮷野家データ株式会社 read as
/// 野家データ株式会社). An emoji's two units are not kanji, so a name next to one does not take half of it.
/// </summary>
public sealed class SupplementaryKanjiTests
{
    /// <summary>The mentions found in a row's after text, the before text a placeholder.</summary>
    internal static IReadOnlyList<Mention> After(string item, string text) =>
        new MentionExtractor().Extract(TestLogs.Row(item, "未定", text)).After;

    [Theory]
    [InlineData("𠮷野家データ株式会社")]
    [InlineData("株式会社𩸽システム")]
    public void Contractor_WithKanjiOutsideTheBmp_IsReadWhole(string company)
    {
        var mentions = After("(住民記録ファイル) II-4-委託事項1-⑥委託先名", company);

        Assert.Contains(mentions, m => m.Type == EntityType.Contractor && m.Name == company);
    }

    [Fact]
    public void Department_WithKanjiOutsideTheBmp_IsReadWhole()
    {
        var mentions = After("I 基本情報 7.評価実施機関における担当部署 ①部署", "𠮷野支所総務課");

        Assert.Contains(mentions, m => m.Type == EntityType.Department && m.Name.Contains("𠮷野", StringComparison.Ordinal));
    }

    [Fact]
    public void Contractor_AfterAnEmoji_TakesNoHalfOfIt()
    {
        var mentions = After("(住民記録ファイル) II-4-委託事項1-⑥委託先名", "😀ミライデータ株式会社");

        Assert.All(mentions, m => Assert.False(m.Name.Any(char.IsSurrogate), m.Name));
        Assert.Contains(mentions, m => m.Type == EntityType.Contractor && m.Name == "ミライデータ株式会社");
    }

    [Theory]
    [InlineData("𠮷", 0, true)]
    [InlineData("𠮷", 1, true)]
    [InlineData("😀", 0, false)]
    [InlineData("😀", 1, false)]
    [InlineData("a\udc00", 1, false)]
    [InlineData("\ud842", 0, false)]
    [InlineData("情", 0, true)]
    public void IsKanjiAt_BothHalvesOfASupplementaryKanji(string text, int index, bool kanji) =>
        Assert.Equal(kanji, CharClass.IsKanjiAt(text, index));
}

public sealed class SupplementaryKanjiLimitTests
{
    /// <summary>A company name walked to its length limit stopped between the two halves of 𠮷, and the lone half made NFKC throw and the build fail.</summary>
    [Fact]
    public void Build_NameCutAtItsLengthLimitNextToASupplementaryKanji_EndsBeforeIt()
    {
        var cell = "株式会社" + new string('ア', 39) + "𠮷";
        var rows = TestLogs.Parse("limit-log", ("令和3年4月1日", "(住民記録ファイル) II-4-委託事項1-⑥委託先名", "未定", cell));

        var model = new PiaSearch.CrossReference.Model.CrossReferenceBuilder().Build(rows);

        Assert.All(model.Entities.SelectMany(e => e.Names), n => Assert.False(n.Name.Length > 0 && char.IsHighSurrogate(n.Name[^1]), n.Name));
    }

    [Fact]
    public void NameKey_OfHalfASurrogatePair_IsMadeNotThrown() =>
        Assert.Equal("A\ud842", NameKeys.Of("a\ud842"));
}

public sealed class VariationSelectorTests
{
    private static IReadOnlyList<Mention> After(string item, string text) => SupplementaryKanjiTests.After(item, text);

    /// <summary>葛󠄀飾区 (葛 with an ideographic variation selector, as government data writes it) was cut to 飾区….</summary>
    [Theory]
    [InlineData("葛\U000E0100飾区役所総務課")]
    [InlineData("葛\uFE00飾区役所総務課")]
    public void Department_WithAVariationSelector_IsReadWholeAndKeyedAsWithout(string department)
    {
        var mention = Assert.Single(After("I 基本情報 7.評価実施機関における担当部署 ①部署", department), m => m.Type == EntityType.Department);

        Assert.StartsWith("葛", mention.Name, StringComparison.Ordinal);
        Assert.Equal(NameKeys.Of("葛飾区役所総務課"), NameKeys.Of(mention.Name));
    }

    [Theory]
    [InlineData("株式会社葛\U000E0100飾データ")]
    [InlineData("葛\U000E0100飾データ株式会社")]
    public void Contractor_WithAVariationSelector_IsReadWholeAndNotSuspect(string company)
    {
        var mention = Assert.Single(After("(住民記録ファイル) II-4-委託事項1-⑥委託先名", company), m => m.Type == EntityType.Contractor);

        Assert.Equal(company, mention.Name);
        Assert.False(mention.Suspect);
    }

    [Fact]
    public void IsKanjiAt_AVariationSelectorCountsOnlyAfterAKanji()
    {
        Assert.True(CharClass.IsKanjiAt("葛\U000E0100", 1));
        Assert.True(CharClass.IsKanjiAt("葛\U000E0100", 2));
        Assert.False(CharClass.IsKanjiAt("a\U000E0100", 1));
        Assert.False(CharClass.IsKanjiAt("\uFE00", 0));
    }
}
