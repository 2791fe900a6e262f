using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Tests.Model;

/// <summary>
/// A law cited with a list of table entries (…別表第二の3、5及び12の項) or a bare 同法第4条: the numbers are provisions
/// of the law, not spellings of its name, so they are neither listed as its spellings nor found when searched for.
/// </summary>
public sealed class CitationSpellingTests
{
    private static readonly CrossReferenceModel Model = new CrossReferenceBuilder().Build(
    [
        .. TestLogs.Parse("kawabe",
            ("令和2年4月1日", "I-6-②法令上の根拠", "番号法第9条第1項並びに別表第一の3、5及び12の項", "番号法第9条第1項並びに別表第一の3、5、7及び12の項"),
            ("令和3年4月1日", "II-3-⑦使用の主体-使用部署", "市民課", "市民課、情報管理課"),
            ("令和3年5月1日", "I-6-③根拠", "番号法第19条第8号(特定個人情報の提供の制限)", "番号法第19条第8号(特定個人情報の提供の制限)及び同法第22条")),
    ]);

    private static Entity Law => Assert.Single(Model.Entities, e => e.Type == EntityType.Statute && e.Name == "番号法");

    [Fact]
    public void Build_ListOfTableEntries_NumbersAreNotSpellingsOfTheLaw()
    {
        var surfaces = Law.Aliases.Select(a => a.Surface).ToList();

        Assert.DoesNotContain(surfaces, s => s.All(char.IsAsciiDigit));
        Assert.DoesNotContain(surfaces, s => s.StartsWith("同法", StringComparison.Ordinal));
        Assert.Contains("番号法", surfaces);
    }

    [Fact]
    public void Build_ListOfTableEntries_KeepsEveryRowThatCitesThem()
    {
        var lines = Law.Aliases.SelectMany(a => a.Occurrences).Select(o => o.Line).Distinct().Order().ToList();

        Assert.Equal(2, lines.Count);
        Assert.True(Law.MentionCount > 6, "each cited entry is still a mention of the law");
    }

    [Fact]
    public void Search_ANumber_DoesNotFindTheLaw()
    {
        Assert.DoesNotContain(EntityFinder.Search(Model, type: null, "12"), e => e.Id == Law.Id);
    }

    [Fact]
    public void Search_PartOfADepartmentsName_RanksItAboveALawWhoseCitationContainsIt()
    {
        var found = EntityFinder.Search(Model, type: null, "情報");

        Assert.Equal("情報管理課", found[0].Name);
        Assert.Contains(found, e => e.Id == Law.Id);
    }
}
