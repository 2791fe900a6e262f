using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Tests.Successions;

/// <summary>The successions the issue names, found in the default corpus.</summary>
[Collection(CorpusModelCollection.Name)]
public sealed class CorpusSuccessionTests(CorpusModelFixture corpus)
{
    [Fact]
    public void Successions_InformationDivision_RenamedToInformationPolicyDivisionInFiscal2021()
    {
        var rename = Assert.Single(corpus.Find(EntityType.Department, "情報課", "情報政策課"));

        Assert.Equal(SuccessionKind.Rename, rename.Kind);
        Assert.Equal("令和3年度", rename.Date!.Raw);
        Assert.Equal(new DateOnly(2021, 4, 1), rename.Date.From);
        Assert.Equal([320, 329, 330], rename.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Successions_TyposOfTheNewName_AreTheSameDepartment()
    {
        var department = EntityFinder.Resolve(corpus.Model, "情報政策課", EntityType.Department)!;

        Assert.Contains(department.Aliases, a => a.Surface == "情報課政策課" && a.Suspect);
        Assert.Equal(["情報課", "情報政策課"], department.Names.Select(n => n.Name));
        Assert.Same(department, EntityFinder.Resolve(corpus.Model, "情報課", EntityType.Department));
    }

    [Theory]
    [InlineData("富士ゼロックスシステムサービス株式会社", "富士フイルムシステムサービス株式会社", 323)]
    [InlineData("株式会社アール・ケー・ケー・コンピューター・サービス", "株式会社RKKCS", 324)]
    public void Successions_ContractorRenames_AreRenamesInFiscal2021(string before, string after, int line)
    {
        var rename = Assert.Single(corpus.Find(EntityType.Contractor, before, after));

        Assert.Equal(SuccessionKind.Rename, rename.Kind);
        Assert.Equal("令和3年度", rename.Date!.Raw);
        Assert.Equal(line, Assert.Single(rename.Evidence).Line);
        Assert.Equal(rename.Before!.EntityId, rename.After!.EntityId);
    }

    [Fact]
    public void Successions_PlaceholderFilled_IsAnAssignmentInFiscal2020()
    {
        var assign = Assert.Single(corpus.Find(EntityType.Contractor, "未定", "株式会社オーイーシー"));

        Assert.Equal(SuccessionKind.Assign, assign.Kind);
        Assert.Equal("令和2年度", assign.Date!.Raw);
        Assert.Equal([292, 305], assign.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Successions_HeadsOfTheDepartment_FormOneChain()
    {
        var chain = Assert.Single(corpus.Chains, c => c.All(s => s.Type == EntityType.Person));

        Assert.Equal(["志村 将憲", "小野塚 知子", "大野 容一"], chain.Select(s => s.Before!.Name).Append(chain[^1].After!.Name));
        Assert.All(chain, s => Assert.Equal(SuccessionKind.Replace, s.Kind));
        Assert.Equal([8, 37], chain.Select(s => s.Evidence[0].Line));
    }

    [Fact]
    public void Successions_PhoneNumber_ChangedInBothContactRows()
    {
        var change = Assert.Single(corpus.Find(EntityType.Phone, "03-5722-9257", "03-5722-9350"));

        Assert.Equal(SuccessionKind.Replace, change.Kind);
        Assert.Equal("平成28年7月21日", change.Date!.Raw);
        Assert.Equal([55, 56], change.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Successions_ItemOfArticle19_IsRenumberedFrom7To8()
    {
        var renumber = corpus.Model.Successions.Single(s => s.Kind == SuccessionKind.Renumber
            && s.Before?.Citation == "番号法第19条第7号" && s.After?.Citation == "番号法第19条第8号");

        Assert.Equal("令和3年度", renumber.Date!.Raw);
        Assert.Contains(renumber.Evidence, e => e.Line == 319);
    }

    [Fact]
    public void Successions_MinistryOrdinance_IsFollowedThroughTwoRenames()
    {
        var chain = Assert.Single(corpus.Chains, c => c[0].Type == EntityType.Statute && c[0].Before!.Name == "総務省令");

        Assert.Equal(["総務省令", "通知カード及び個人番号カード省令", "個人番号カード省令"], chain.Select(s => s.Before!.Name).Append(chain[^1].After!.Name));
        Assert.All(chain, s => Assert.Equal(SuccessionKind.Rename, s.Kind));
        Assert.Equal(["令和1年10月1日", "令和2年度"], chain.Select(s => s.Date!.Raw));
        var ordinance = corpus.Model.Entity(chain[0].Before!.EntityId!)!;
        Assert.Equal(["総務省令", "通知カード及び個人番号カード省令", "個人番号カード省令"], ordinance.Names.Select(n => n.Name));
    }

    [Fact]
    public void Successions_ReusedAppendixRow_IsNotARename()
    {
        var change = corpus.Model.Successions.Single(s => s.Type == EntityType.Department && s.Evidence.Any(e => e.Line == 351));

        Assert.Equal(SuccessionKind.Replace, change.Kind);
        Assert.Equal("健康福祉部碑文谷保健センター", change.Before!.Name);
        Assert.Equal("健康推進課", change.After!.Name);
        Assert.NotEqual(change.Before.EntityId, change.After.EntityId);
        Assert.Contains(change.Reasons, r => r.Contains("再利用", StringComparison.Ordinal));
    }

    [Fact]
    public void Successions_SystemListRenumbering_IsStatedRowByRow()
    {
        var renumbers = corpus.Model.Successions.Where(s => s.Kind == SuccessionKind.Renumber && s.Type == EntityType.System).ToList();

        Assert.Equal(5, renumbers.Count);
        Assert.Contains(renumbers, s => s.Before!.Name == "システム2" && s.After!.Name == "システム1");
        Assert.All(renumbers, s => Assert.Equal(15, s.Evidence[0].Line));
    }

    [Fact]
    public void Entities_OcrVariantsOfOneCompany_AreOneEntity()
    {
        var company = EntityFinder.Resolve(corpus.Model, "株式会社ワンビシアーカイズ", EntityType.Contractor)!;

        Assert.Contains(company.Aliases, a => a.Surface == "株式会社ワンビシアークाइブズ");
        Assert.Equal([137, 186], company.Aliases.SelectMany(a => a.Occurrences).Select(o => o.Line).Order());
    }
}
