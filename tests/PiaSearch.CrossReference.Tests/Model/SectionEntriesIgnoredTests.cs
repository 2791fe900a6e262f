using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Html;
using PiaSearch.Documents.Items;

namespace PiaSearch.CrossReference.Tests.Model;

/// <summary>A whole evaluation's section fields (today's wording) are indexed beside the change rows but make no succession.</summary>
public sealed class SectionEntriesIgnoredTests
{
    private static readonly IReadOnlyList<ChangeEntry> Changes = TestLogs.Parse(
        "kita-juki",
        ("令和3年4月1日", "II-4-委託事項1-⑥委託先名", "株式会社北データ", "株式会社南システム"),
        ("令和4年4月1日", "I-7-①部署", "情報課", "情報政策課"));

    /// <summary>Section fields that, read as changes, would make successions: the same item with other contractors and departments.</summary>
    private static readonly ChangeEntry[] Sections =
    [
        Section(10, "II-4-委託事項1-⑥委託先名", "株式会社東データサービス"),
        Section(11, "II-4-委託事項1-⑥委託先名", "株式会社西コンピュータ"),
        Section(12, "I-7-①部署", "総務課"),
    ];

    private static ChangeEntry Section(int line, string path, string text) =>
        new("kita-juki", line, string.Empty, null, ItemPathParser.Parse(path, path), CellText.Empty, new CellText(text, text), SubmissionTiming.Unspecified, string.Empty, CellText.Empty)
        {
            Kind = EntryKind.Section,
        };

    [Fact]
    public void Build_WithSectionEntries_SameModelAsFromTheChangeRowsAlone()
    {
        var alone = new CrossReferenceBuilder().Build(Changes);
        var withSections = new CrossReferenceBuilder().Build([.. Changes, .. Sections]);

        Assert.Equal(alone.Entries.Select(e => e.Id), withSections.Entries.Select(e => e.Id));
        Assert.Equal(alone.Successions.Select(s => s.Id), withSections.Successions.Select(s => s.Id));
        Assert.Equal(alone.Entities.Select(e => e.Id), withSections.Entities.Select(e => e.Id));
        Assert.DoesNotContain(withSections.Entities, e => e.Aliases.Any(a => a.Surface.Contains("東データ", StringComparison.Ordinal) || a.Surface.Contains("西コンピュータ", StringComparison.Ordinal)));
        Assert.NotEmpty(alone.Successions); // the change rows themselves do make successions
    }

    [Fact]
    public void Build_SectionEntriesRead_AsChangesTheyWouldMakeSuccessions()
    {
        // The same texts written as change rows do make more of the model: the test above could fail.
        var asChanges = TestLogs.Parse(
            "kita-juki",
            ("令和3年4月1日", "II-4-委託事項1-⑥委託先名", "株式会社北データ", "株式会社南システム"),
            ("令和4年4月1日", "I-7-①部署", "情報課", "情報政策課"),
            ("令和5年4月1日", "II-4-委託事項1-⑥委託先名", "株式会社東データサービス", "株式会社西コンピュータ"),
            ("令和5年4月1日", "I-7-①部署", "情報政策課", "総務課"));

        var model = new CrossReferenceBuilder().Build(asChanges);

        Assert.True(model.Successions.Count > new CrossReferenceBuilder().Build(Changes).Successions.Count);
    }
}
