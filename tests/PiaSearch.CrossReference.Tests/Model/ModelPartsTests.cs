using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Model;

/// <summary>
/// The model is built one organisation at a time and the parts put side by side: a municipality's part depends on
/// its rows alone, and what several municipalities name (a contractor, a law) is one entity in the whole.
/// </summary>
public sealed class ModelPartsTests
{
    private const string Department = "I 基本情報 7.評価実施機関における担当部署 ①部署";
    private const string Contractor = "(住民記録ファイル) II-4-委託事項1-⑥委託先名";
    private const string Basis = "(住民記録ファイル) II-5-①法令上の根拠";

        private static readonly IReadOnlyList<ChangeEntry> Hei =
        TestLogs.Parse(
            "hei-juki",
            ("令和2年4月1日", Contractor, "株式会社エヌ・ケー・ディー・コンピューター・サービス", "株式会社NKDCS"),
            ("令和3年度", Department, "総務課", "総務企画課"),
            ("令和3年度", Basis, "番号法第19条第7号", "番号法第19条第8号"));

    private static readonly IReadOnlyList<ChangeEntry> Tei =
        TestLogs.Parse(
            "tei-juki",
            ("令和4年4月1日", Contractor, "未定", "株式会社NKDCS"),
            ("令和4年度", Department, "総務課", "総務部総務課"),
            ("令和4年度", Basis, "番号法第9条第1項", "番号法第19条第8号"));

    private static string? Municipality(string id) => id.StartsWith("hei", StringComparison.Ordinal) ? "丙村" : "丁町";

    private static readonly CrossReferenceModel Both = new CrossReferenceBuilder().Build([.. Hei, .. Tei], Municipality);

    [Fact]
    public void BuildParts_OnePerMunicipality_InKeyOrder()
    {
        var parts = new CrossReferenceBuilder().BuildParts([.. Tei, .. Hei], Municipality);

        Assert.Equal(["@丁町", "@丙村"], parts.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(parts.Select(p => p.Key).Order(StringComparer.Ordinal), parts.Select(p => p.Key));
        Assert.All(parts, p => Assert.Single(p.DocumentIds));
    }

    [Fact]
    public void Combine_ContractorRenamedInOneMunicipality_IsOneEntityWithBothNames()
    {
        var company = EntityFinder.Resolve(Both, "株式会社NKDCS", EntityType.Contractor)!;

        Assert.Equal(["株式会社エヌ・ケー・ディー・コンピューター・サービス", "株式会社NKDCS"], company.Names.Select(n => n.Name));
        Assert.Equal(["丁町", "丙村"], Both.Lookups.OrganisationsOf(company.Id).Order(StringComparer.Ordinal));
        Assert.Same(company, EntityFinder.Resolve(Both, "株式会社エヌ・ケー・ディー・コンピューター・サービス", EntityType.Contractor));
        // 丁町's own succession (未定 → the company) points to the joined entity.
        Assert.Contains(Both.Lookups.SuccessionsOf(company.Id), s => s.Evidence[0].DocumentId == "tei-juki");
    }

    [Fact]
    public void Combine_DepartmentsOfTheSameName_StayApart()
    {
        var departments = Both.Entities.Where(e => e.Type == EntityType.Department && e.Names.Any(n => n.Name == "総務課")).ToList();

        Assert.Equal(2, departments.Count);
        Assert.All(departments, d => Assert.Single(Both.Lookups.OrganisationsOf(d.Id)));
    }

    [Fact]
    public void Combine_LawCitedInBoth_IsOneEntity()
    {
        var laws = Both.Entities.Where(e => e.Type == EntityType.Statute && e.Aliases.Any(a => a.Surface.StartsWith("番号法", StringComparison.Ordinal))).ToList();

        var law = Assert.Single(laws);
        Assert.Equal(2, Both.Lookups.OrganisationsOf(law.Id).Count);
    }

    [Fact]
    public void Combine_EveryIdAModelHands_Resolves()
    {
        Assert.Equal(Both.Entities.Count, Both.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Both.Entities.SelectMany(e => e.Names), n => Assert.Equal(n.Name, Both.Clusters.All[n.ClusterId].Name));
        Assert.All(Both.Clusters.All.Select((c, i) => (c, i)), p => Assert.Equal(p.i, p.c.Id));
        Assert.All(Both.Successions.SelectMany(s => new[] { s.Before?.EntityId, s.After?.EntityId }).OfType<string>(), id => Assert.NotNull(Both.Entity(id)));
        Assert.All(Both.Slots.SelectMany(s => s.Changes).SelectMany(c => c.BeforeEntityIds.Concat(c.AfterEntityIds)), id => Assert.NotNull(Both.Entity(id)));
        Assert.All(Both.Rows.SelectMany(r => r.All), m =>
        {
            if (Both.EntityIdOf(m) is { } id)
            {
                Assert.NotNull(Both.Entity(id));
            }
        });
        Assert.All(Both.RowChanges.Where(c => c.After is { ClusterId: >= 0 }), c => Assert.Equal(c.After!.Name, Both.Clusters.All[c.After.ClusterId].Name));
    }

    [Fact]
    public void Build_AMunicipalitysLocalEntitiesAndSuccessions_DoNotDependOnTheOthers()
    {
        var alone = new CrossReferenceBuilder().Build(Hei, Municipality);

        static IEnumerable<string> Local(CrossReferenceModel model) =>
            model.Entities.Where(e => e.Scope is not null && e.Scope.Contains("丙村", StringComparison.Ordinal)).Select(e => e.Id).Order(StringComparer.Ordinal);
        static IEnumerable<string> Successions(CrossReferenceModel model) =>
            model.Successions.Where(s => s.Evidence[0].DocumentId == "hei-juki" && s.Type != EntityType.Contractor && s.Type != EntityType.Statute).Select(s => s.Id).Order(StringComparer.Ordinal);

        Assert.NotEmpty(Local(alone));
        Assert.Equal(Local(alone), Local(Both));
        Assert.NotEmpty(Successions(alone));
        Assert.Equal(Successions(alone), Successions(Both));
    }

    [Fact]
    public void Combine_NoParts_IsAnEmptyModel()
    {
        var model = CrossReferenceModel.Combine([]);

        Assert.Empty(model.Entries);
        Assert.Empty(model.Entities);
        Assert.Empty(model.Lookups.Organisations);
    }

    /// <summary>
    /// Labelled by hand: 株式会社ホシゾラ関東システム and 株式会社ホシゾラ関西システム are two companies (丙村 contracts both at once), but 丁町's
    /// log changes one into the other in a way that reads as a rename. That one reading must not make the two one company in every
    /// municipality: 甲市's and 丙村's 関東 are one entity, 乙町's and 丙村's 関西 another.
    /// </summary>
    [Fact]
    public void Combine_ARenameOneMunicipalityReads_DoesNotJoinCompaniesAnotherHoldsApart()
    {
        const string Second = "(住民記録ファイル) II-4-委託事項2-⑥委託先名";
        var logs = new[]
        {
            TestLogs.Parse("kou", ("令和2年4月1日", Contractor, "未定", "株式会社ホシゾラ関東システム")),
            TestLogs.Parse("otsu", ("令和2年4月1日", Contractor, "株式会社ホシゾラ関西システム", "株式会社ツキミ電算")),
            TestLogs.Parse("hei", ("令和2年4月1日", Contractor, "未定", "株式会社ホシゾラ関東システム"), ("令和2年4月1日", Second, "未定", "株式会社ホシゾラ関西システム")),
            TestLogs.Parse("tei", ("令和3年4月1日", Contractor, "株式会社ホシゾラ関東システム", "株式会社ホシゾラ関西システム")),
        };
        var municipalities = new Dictionary<string, string> { ["kou"] = "甲市", ["otsu"] = "乙町", ["hei"] = "丙村", ["tei"] = "丁町" };
        var model = new CrossReferenceBuilder().Build(logs.SelectMany(l => l), id => municipalities[id]);

        string EntityIn(string documentId, string name) => model.Rows
            .Where(r => r.Entry.DocumentId == documentId)
            .SelectMany(r => r.All)
            .Where(m => m.Type == EntityType.Contractor && m.Surface == name)
            .Select(model.EntityIdOf)
            .OfType<string>()
            .First();

        Assert.NotEqual(EntityIn("hei", "株式会社ホシゾラ関東システム"), EntityIn("hei", "株式会社ホシゾラ関西システム"));
        Assert.Equal(EntityIn("kou", "株式会社ホシゾラ関東システム"), EntityIn("hei", "株式会社ホシゾラ関東システム"));
        Assert.Equal(EntityIn("otsu", "株式会社ホシゾラ関西システム"), EntityIn("hei", "株式会社ホシゾラ関西システム"));
        Assert.NotEqual(EntityIn("kou", "株式会社ホシゾラ関東システム"), EntityIn("otsu", "株式会社ホシゾラ関西システム"));
    }
}
