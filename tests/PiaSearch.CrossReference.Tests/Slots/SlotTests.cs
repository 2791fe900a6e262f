using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.Documents.Items;

namespace PiaSearch.CrossReference.Tests.Slots;

[Collection(CorpusModelCollection.Name)]
public sealed class SlotTests(CorpusModelFixture corpus)
{
    [Fact]
    public void Of_TwoWritingStylesOfOneItem_GiveOneKey()
    {
        var long_ = ItemPathParser.Parse(string.Empty, "I 基本情報 6. 情報提供ネットワークシステムによる情報連携 ②法令上の根拠");
        var short_ = ItemPathParser.Parse(string.Empty, "I-6-②法令上の根拠");

        Assert.Equal(SlotKeys.Of(long_, string.Empty, string.Empty), SlotKeys.Of(short_, string.Empty, string.Empty));
    }

    [Fact]
    public void Of_LabelAtTheStartOfBothCells_CompletesTheItem()
    {
        var inCells = ItemPathParser.Parse(string.Empty, "I 基本情報 7.評価実施機関における担当部署");
        var inItem = ItemPathParser.Parse(string.Empty, "I 基本情報 7.評価実施機関における担当部署 ②所属長");

        Assert.Equal(
            SlotKeys.Of(inItem, "戸籍住民課 小野塚 知子", "戸籍住民課 大野 容一"),
            SlotKeys.Of(inCells, "2所属長 戸籍住民課長 志村 将憲", "2所属長 戸籍住民課長 小野塚 知子"));
    }

    [Fact]
    public void AsOf_DayInsideTheFiscalYearOfAChange_GivesTheValueThenAndThePendingChange()
    {
        var slot = Assert.Single(SlotLookup.Find(corpus.Model, "本人確認情報ファイル", "委託事項1-⑥委託先名"));

        var value = SlotLookup.AsOf(slot, new DateOnly(2020, 6, 1));

        Assert.Equal("未定", value.Value);
        Assert.Equal(171, value.Current!.Line);
        Assert.Equal(292, Assert.Single(value.Pending).Line);
        Assert.Equal(186, Assert.Single(value.Conflicts).Line);
    }

    [Fact]
    public void AsOf_AfterTheFiscalYear_GivesTheNewContractor()
    {
        var slot = Assert.Single(SlotLookup.Find(corpus.Model, "本人確認情報ファイル", "委託事項1-⑥委託先名"));

        var value = SlotLookup.AsOf(slot, new DateOnly(2021, 6, 1));

        Assert.Equal("株式会社オーイーシー", value.Value);
        Assert.Empty(value.Pending);
        var company = corpus.Model.Entity(Assert.Single(value.EntityIds))!;
        Assert.Equal(EntityType.Contractor, company.Type);
    }

    [Fact]
    public void AsOf_BeforeTheSlotExisted_HasNoValue()
    {
        var slot = Assert.Single(SlotLookup.Find(corpus.Model, "本人確認情報ファイル", "委託事項1-⑥委託先名"));

        Assert.Null(SlotLookup.AsOf(slot, new DateOnly(2018, 1, 1)).Value);
    }

    [Fact]
    public void Build_RowThatRepeatsAnOldBeforeText_IsFlagged()
    {
        var slot = corpus.Model.Slots.Single(s => s.Changes.Any(c => c.Line == 317));

        var repeated = slot.Changes.Single(c => c.Line == 317);

        Assert.Equal(271, repeated.PreviousLine);
        Assert.NotNull(repeated.Inconsistency);
    }

    [Fact]
    public void Find_HeadOfDepartment_FindsTheSlotInBothWritingStyles()
    {
        var slot = Assert.Single(SlotLookup.Find(corpus.Model, null, "所属長"));

        Assert.Equal([8, 37], slot.Changes.Select(c => c.Line));
        Assert.All(slot.Changes, c => Assert.Null(c.Inconsistency));
    }

    [Fact]
    public void Of_DashedPathsDifferingInAMiddleLevel_AreTwoSlots()
    {
        var a = ItemPathParser.Parse(string.Empty, "(本人確認情報ファイル) Ⅲ-4-特定個人情報ファイルの閲覧者・更新者の制限— 具体的な制限方法");
        var b = ItemPathParser.Parse(string.Empty, "(本人確認情報ファイル) Ⅲ-4-特定個人情報ファイルの取扱いの記録—具体的な制限方法");

        Assert.NotEqual(SlotKeys.Of(a, string.Empty, string.Empty), SlotKeys.Of(b, string.Empty, string.Empty));
    }

    [Fact]
    public void Build_RowsEditingOtherParagraphsOfOneItem_AreNotFlagged()
    {
        var slot = corpus.Model.Slots.Single(s => s.Changes.Any(c => c.Line == 14));

        Assert.Equal([6, 11, 14, 83, 276], slot.Changes.Select(c => c.Line));
        Assert.All(slot.Changes, c => Assert.Null(c.Inconsistency));
    }
}
