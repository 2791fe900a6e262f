using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Model;

/// <summary>
/// A change log of a fictional city (Data/midorikawa-juki-changes.tsv), written for these tests with other
/// names and other writing styles (西暦 and full-width dates, kanji numerals, ㈱, full-width spaces, PDF spaces,
/// an OCR 一 for ー, HTML cells, a short row, repeated headers): the rules that read the default corpus read it too.
/// </summary>
public sealed class SecondLogTests
{
    private const string DocumentId = "midorikawa-juki-changes";
    private static readonly Lazy<CrossReferenceModel> Built = new(() => new CrossReferenceBuilder().Build(Parse().Entries));

    private static CrossReferenceModel Model => Built.Value;

    private static ChangeLogParseResult Parse()
    {
        using var reader = ChangeLogReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "Data", DocumentId + ".tsv"));
        return new ChangeLogParser().Parse(reader, DocumentId);
    }

    private static Succession Find(EntityType type, string before, string after) =>
        Assert.Single(Model.Successions, s => s.Type == type && Names(s.Before, before) && Names(s.After, after));

    /// <summary>The end names <paramref name="name"/>: its usual name or a spelling of its entity.</summary>
    private static bool Names(SuccessionEnd? end, string name) =>
        end is not null && (end.Name == name || (end.EntityId is { } id && Model.Entity(id)!.Aliases.Any(a => a.Surface == name)));

    [Fact]
    public void Parse_ShortRow_IsRejectedAndTheRestKept()
    {
        var result = Parse();

        Assert.Single(result.Rejected);
        Assert.Equal(25, result.Entries.Count);
    }

    [Fact]
    public void Successions_HeadsOfTheCitizensDivision_FormAChainDespiteFullWidthSpaces()
    {
        var chain = Assert.Single(SuccessionChains.Build(Model.Successions), c => c[0].Type == EntityType.Person);

        Assert.Equal(["山本 一郎", "佐藤 花子", "高橋 健"], chain.Select(s => s.Before!.Name).Append(chain[^1].After!.Name));
    }

    [Fact]
    public void Successions_PlaceholderFilledWithAbbreviatedLegalForm_IsAnAssignment()
    {
        var assign = Find(EntityType.Contractor, "調整中", "株式会社緑川データセンター");

        Assert.Equal(SuccessionKind.Assign, assign.Kind);
        Assert.Equal("令和２年度", assign.Date!.Raw);
        Assert.Equal(new DateOnly(2020, 4, 1), assign.Date.From);
    }

    [Theory]
    [InlineData("グリーン・リバー・システムズ株式会社", "GRS株式会社")]
    [InlineData("北日本ソフトウェア開発株式会社", "北日本ソフトウェアサービス株式会社")]
    public void Successions_ContractorRenames_AreRenames(string before, string after)
    {
        var rename = Find(EntityType.Contractor, before, after);

        Assert.Equal(SuccessionKind.Rename, rename.Kind);
        Assert.Equal(rename.Before!.EntityId, rename.After!.EntityId);
    }

    [Fact]
    public void Successions_OtherCompany_IsAReplacement()
    {
        var replace = Find(EntityType.Contractor, "ミドリ情報株式会社", "株式会社緑川データセンター");

        Assert.Equal(SuccessionKind.Replace, replace.Kind);
        Assert.NotEqual(replace.Before!.EntityId, replace.After!.EntityId);
    }

    [Fact]
    public void Entities_LegalFormBeforeOrAfterOrAbbreviated_IsOneCompany()
    {
        var company = EntityFinder.Resolve(Model, "ミドリ情報", EntityType.Contractor)!;

        Assert.Contains(company.Aliases, a => a.Surface == "ミドリ情報株式会社");
        Assert.Contains(company.Aliases, a => a.Surface == "(株)ミドリ情報");
        Assert.Contains(company.Aliases, a => a.Surface == "株式会社ミドリ情報");
    }

    [Fact]
    public void Entities_CompanyNameInHiragana_IsRecognised()
    {
        Assert.NotNull(EntityFinder.Resolve(Model, "株式会社さくら情報", EntityType.Contractor));
    }

    [Fact]
    public void Successions_DivisionRenamed_AndItsTypoIsTheSameDivision()
    {
        var rename = Find(EntityType.Department, "市民課", "市民窓口課");

        Assert.Equal(SuccessionKind.Rename, rename.Kind);
        var division = Model.Entity(rename.After!.EntityId!)!;
        Assert.Contains(division.Aliases, a => a.Surface == "市民課窓口課");
    }

    [Fact]
    public void Successions_DivisionAddedToAList_IsAnAddition()
    {
        var add = Assert.Single(Model.Successions, s => s.Kind == SuccessionKind.Add && s.Type == EntityType.Department);

        Assert.Equal("情報システム課", add.After!.Name);
    }

    [Fact]
    public void Successions_ReusedAppendixRowWithSimilarName_IsNotARename()
    {
        var change = Find(EntityType.Department, "福祉部高齢福祉課", "福祉部高齢介護課");

        Assert.Equal(SuccessionKind.Replace, change.Kind);
    }

    [Fact]
    public void Successions_KanjiNumeralItem_IsRenumbered()
    {
        Assert.Single(Model.Successions, s => s.Kind == SuccessionKind.Renumber
            && s.Before?.Citation == "番号法第19条第7号" && s.After?.Citation == "番号法第19条第8号");
    }

    [Fact]
    public void Successions_TableEntryAdded_IsAnAddition()
    {
        Assert.Single(Model.Successions, s => s.Kind == SuccessionKind.Add && s.After?.Citation == "番号法別表第2の7の項");
    }

    [Fact]
    public void Entities_DefinedAbbreviation_IsAnAliasOfTheLaw()
    {
        var law = EntityFinder.Resolve(Model, "住基法", EntityType.Statute)!;

        Assert.Contains(law.Aliases, a => a.Surface.StartsWith("住民基本台帳法", StringComparison.Ordinal));
        var cited = Assert.Single(Model.Successions, s => s.Before?.EntityId == law.Id && s.Before.Provision == "第30条の6");
        Assert.Equal(SuccessionKind.Replace, cited.Kind); // another article cited, not a renumbering
        Assert.Equal("第30条の15", cited.After!.Provision);
    }

    [Fact]
    public void Successions_PhoneNumberWithParentheses_IsReplaced()
    {
        var change = Find(EntityType.Phone, "0467(12)3456", "0467-12-9999");

        Assert.Equal(SuccessionKind.Replace, change.Kind);
    }

    [Fact]
    public void Successions_SystemRenamed_AndOcrLongVowelIsTheSameSystem()
    {
        Assert.Equal(SuccessionKind.Rename, Find(EntityType.System, "統合宛名システム", "統合宛名管理システム").Kind);
        var server = EntityFinder.Resolve(Model, "コンビニ交付サーバー", EntityType.System)!;
        Assert.Contains(server.Aliases, a => a.Surface == "コンビニ交付サーバ一");
    }

    [Fact]
    public void Successions_NoticeCardReplacedByNotice_IsAReplacement()
    {
        Assert.Equal(SuccessionKind.Replace, Find(EntityType.Document, "通知カード", "個人番号通知書").Kind);
    }

    [Fact]
    public void Slots_BeforeTextThatDoesNotContinueTheSlot_IsFlagged()
    {
        var slot = Assert.Single(SlotLookup.Find(Model, "住民記録ファイル", "委託事項1-⑥委託先名"));

        var last = slot.Changes[^1];
        Assert.NotNull(last.Inconsistency);
        Assert.All(slot.Changes.SkipLast(1), c => Assert.Null(c.Inconsistency));
    }

    [Fact]
    public void Slots_SameCompanyWrittenAnotherWay_ContinuesTheSlot()
    {
        var slot = Assert.Single(SlotLookup.Find(Model, "本人確認情報ファイル", "委託事項1-⑥委託先名"));

        Assert.All(slot.Changes, c => Assert.Null(c.Inconsistency));
    }

    [Fact]
    public void Entities_TwoCitiesBuiltTogether_KeepTheirDepartmentsApartAndShareLaws()
    {
        var both = new CrossReferenceBuilder().Build(Parse().Entries.Concat(DefaultCorpus.Entries()));

        var number = EntityFinder.Resolve(both, "番号法", EntityType.Statute)!;
        Assert.Equal(2, number.Aliases.SelectMany(a => a.Occurrences).Select(o => o.DocumentId).Distinct().Count());
        Assert.All(both.Entities.Where(e => e.Type == EntityType.Department), d => Assert.Single(d.Aliases.SelectMany(a => a.Occurrences).Select(o => o.DocumentId).Distinct()));
    }
}
