using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Documents.Text;
using PiaSearch.Synthetic;

namespace PiaSearch.Documents.Tests.Readers;

/// <summary>A whole evaluation's other sections read from its workbook as entries of kind section.</summary>
public sealed class SectionEntriesTests
{
    private readonly DocumentReaders _readers = new(new ChangeLogParser());

    [Fact]
    public void Read_WorkbookWithSectionSheets_EachFieldAnEntryWithItsPathAndText()
    {
        var workbook = GeneratedWorkbook.Make(seed: 160, index: 0, rows: 40, new WorkbookLayout(CoverSheet: true, Municipality: "西山村", Evaluation: "介護保険に関する事務"));

        var result = _readers.Read(new MemoryStream(workbook.Xlsx), workbook.Id, "nishi.xlsx", cancellationToken: TestContext.Current.CancellationToken);

        var sections = result.Result.Entries.Where(e => e.Kind == EntryKind.Section).ToList();
        AssertSections(SyntheticSections.Expected("西山村", "介護保険に関する事務"), sections);
        Assert.Equal("Ⅰ基本情報", sections[0].Source!.Sheet);
        Assert.Equal(4, sections[0].Source!.Row); // title, blank, part heading, then the first field
        Assert.All(sections, s => Assert.Null(s.Date));
        Assert.All(sections, s => Assert.Equal(string.Empty, s.Before.Text));
        Assert.Equal(result.Result.Entries.Count, result.Result.Entries.Select(e => e.Id).Distinct().Count());
        var lastChange = result.Result.Entries.Where(e => e.Kind == EntryKind.Change).Max(e => e.Line);
        Assert.All(sections, s => Assert.True(s.Line > lastChange, $"{s.Id} numbered among the change rows"));
        Assert.Equal("西山村", result.Cover?.Organisation);
    }

    [Fact]
    public void Read_SectionHeadings_ChapterOfThePathReadAsTheItemsChapter()
    {
        var workbook = GeneratedWorkbook.Make(seed: 160, index: 1, rows: 10, new WorkbookLayout(CoverSheet: true, Municipality: "西山村", Evaluation: "介護保険に関する事務"));

        var sections = _readers.Read(new MemoryStream(workbook.Xlsx), workbook.Id, "nishi.xlsx", cancellationToken: TestContext.Current.CancellationToken)
            .Result.Entries.Where(e => e.Kind == EntryKind.Section).ToList();

        Assert.Contains(sections, s => s.Item.Text.StartsWith("Ⅱ 特定個人情報ファイルの概要 > 3. 特定個人情報の入手・使用 > ", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.Item.Chapter == "II");
    }

    [Fact]
    public void Read_WorkbookWithoutSections_OnlyChangeRows()
    {
        var workbook = GeneratedWorkbook.Make(seed: 160, index: 2, rows: 30);

        var entries = _readers.Read(new MemoryStream(workbook.Xlsx), workbook.Id, "kita.xlsx", cancellationToken: TestContext.Current.CancellationToken).Result.Entries;

        Assert.All(entries, e => Assert.Equal(EntryKind.Change, e.Kind));
    }

    [Fact]
    public void Read_PdfSectionPageBeforeTheTable_FieldsWithPathsAndWrappedTextJoined()
    {
        if (RuledTablePdf.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }

        string[][][] rows = [[["令和3年4月1日"], ["I-7-①部署"], ["情報課"], ["情報政策課"], ["事後"], []]];
        var pdf = RuledTablePdf.Build(rows, rowsPerPage: 5, section:
        [
            ("Ⅲ 特定個人情報の取扱いプロセスにおけるリスク対策", string.Empty),
            ("2. 特定個人情報の入手", string.Empty),
            ("①リスクの内容", "対象者以外の情報を入手するリスク"),
            ("②リスクへの対策", "窓口で本人確認書類を提示させ、"),
            (string.Empty, "記載内容と照合する。"),
            ("3. 特定個人情報の使用", string.Empty),
            ("①権限の管理", "ID とパスワードで利用者を認証する。"),
        ]);

        var result = _readers.Read(new MemoryStream(pdf), "higashi", "higashi.pdf", cancellationToken: TestContext.Current.CancellationToken);

        var sections = result.Result.Entries.Where(e => e.Kind == EntryKind.Section).ToList();
        Assert.Equal(
            [
                "Ⅲ 特定個人情報の取扱いプロセスにおけるリスク対策 > 2. 特定個人情報の入手 > ①リスクの内容",
                "Ⅲ 特定個人情報の取扱いプロセスにおけるリスク対策 > 2. 特定個人情報の入手 > ②リスクへの対策",
                "Ⅲ 特定個人情報の取扱いプロセスにおけるリスク対策 > 3. 特定個人情報の使用 > ①権限の管理",
            ],
            sections.Select(s => s.Item.Text));
        Assert.Equal("窓口で本人確認書類を提示させ、記載内容と照合する。", sections[1].After.Text);
        Assert.Equal("ID とパスワードで利用者を認証する。", sections[2].After.Text);
        Assert.Equal(new EntrySource(1, 4, null), sections[1].Source);
        Assert.Equal(EntryKind.Change, Assert.Single(result.Result.Entries, e => e.Kind == EntryKind.Change).Kind);
        Assert.DoesNotContain(sections, s => s.After.Text.Contains("- 1 -", StringComparison.Ordinal));
    }

    /// <summary>Every expected field found once, in order, its path equal and its text equal without white space.</summary>
    internal static void AssertSections(IReadOnlyList<(string Path, string Text)> expected, IReadOnlyList<ChangeEntry> sections)
    {
        Assert.Equal(expected.Select(e => e.Path), sections.Select(s => s.Item.Text));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Compact(expected[i].Text), Compact(sections[i].After.Text));
        }
    }

    private static string Compact(string text) => string.Concat(TextNormalizer.Normalize(text).Where(c => !char.IsWhiteSpace(c)));
}
