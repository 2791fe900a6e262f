using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Timelines;

namespace PiaSearch.CrossReference.Tests.Timelines;

[Collection(CorpusModelCollection.Name)]
public sealed class TimelineTests(CorpusModelFixture corpus)
{
    [Fact]
    public void Build_RenamedContractor_HasBothNamesAndItsSlotSinceFiscal2019()
    {
        var company = EntityFinder.Resolve(corpus.Model, "RKKCS", EntityType.Contractor)!;

        var timeline = TimelineBuilder.Build(corpus.Model, company);

        Assert.Equal(["株式会社アール・ケー・ケー・コンピューター・サービス", "株式会社RKKCS"], timeline.Names.Select(n => n.Name));
        Assert.Equal(107, timeline.First!.Line);
        Assert.Equal(324, timeline.Last!.Line);
        var slot = Assert.Single(timeline.Slots);
        Assert.Equal("令和1年10月1日", slot.From!.Raw);
        Assert.Null(slot.To);
        Assert.Equal(["Add", "Rename"], timeline.Successions.Select(s => s.Kind.ToString()));
    }

    [Fact]
    public void Build_DepartmentThatLeftAList_ClosesItsInterval()
    {
        var division = EntityFinder.Resolve(corpus.Model, "生活福祉課", EntityType.Department)!;

        var timeline = TimelineBuilder.Build(corpus.Model, division);

        Assert.All(timeline.Slots, s => Assert.Equal("令和3年度", s.To!.Raw));
        Assert.All(timeline.Slots, s => Assert.Null(s.From));
    }
}
