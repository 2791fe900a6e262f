using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Tests.Model;

public sealed class OrganisationScopeTests
{
    private static readonly IReadOnlyList<PiaSearch.Documents.ChangeLogs.ChangeEntry> TwoLogs =
    [
        .. TestLogs.Parse("juki", ("令和3年度", "(住民記録ファイル) II-3-⑦使用の主体-使用部署", "市民課", "市民課、情報政策課")),
        .. TestLogs.Parse("zeimu", ("令和3年度", "(課税台帳ファイル) II-3-⑦使用の主体-使用部署", "税務課", "税務課、情報政策課")),
    ];

    [Fact]
    public void Build_LogsOfOneMunicipality_ShareTheirDepartments()
    {
        var model = new CrossReferenceBuilder().Build(TwoLogs, _ => "緑川市");

        var division = Assert.Single(model.Entities, e => e.Type == EntityType.Department && e.Name == "情報政策課");
        Assert.Equal(["juki", "zeimu"], division.Aliases.SelectMany(a => a.Occurrences).Select(o => o.DocumentId).Distinct().Order());
    }

    [Fact]
    public void Build_LogsOfUnknownOrganisations_KeepTheirDepartmentsApart()
    {
        var model = new CrossReferenceBuilder().Build(TwoLogs);

        Assert.Equal(2, model.Entities.Count(e => e.Type == EntityType.Department && e.Name == "情報政策課"));
    }
}
