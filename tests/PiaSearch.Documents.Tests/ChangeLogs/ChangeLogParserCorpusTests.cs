using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Tests.ChangeLogs;

/// <summary>The parser against the real change log of 目黒区 (the default corpus).</summary>
public sealed class ChangeLogParserCorpusTests
{
    private static readonly Lazy<ChangeLogParseResult> Parsed = new(() =>
    {
        using var reader = ChangeLogReader.OpenFile(DefaultCorpus.Path);
        return new ChangeLogParser().Parse(reader, "meguro-juki-changes");
    });

    private static ChangeLogParseResult Result => Parsed.Value;

    [Fact]
    public void Parse_DefaultCorpus_YieldsOneEntryPerContentLine()
    {
        Assert.Equal(269, Result.Entries.Count);
        Assert.Empty(Result.Rejected);
        Assert.Equal(269, Result.Lines.Content);
        Assert.Equal(51, Result.Lines.Headers);
        Assert.Equal(1, Result.Lines.Titles);
        Assert.Equal(Result.Lines.Total, Result.Lines.Blank + Result.Lines.Headers + Result.Lines.Titles + Result.Lines.Content);
    }

    [Fact]
    public void Parse_DefaultCorpus_EntriesCarryDocumentIdAndSourceLine()
    {
        var lines = File.ReadAllLines(DefaultCorpus.Path);

        Assert.All(Result.Entries, e =>
        {
            Assert.Equal("meguro-juki-changes", e.DocumentId);
            Assert.StartsWith(e.DateText + "\t", lines[e.Line - 1], StringComparison.Ordinal);
        });
        Assert.Equal(Result.Entries.Count, Result.Entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Parse_DefaultCorpus_EveryChangeDateParses() =>
        Assert.All(Result.Entries, e => Assert.NotNull(e.Date));

    [Theory]
    [InlineData("令和1年10月1日", "2019-10-01", "2019-10-01")]
    [InlineData("令和2年度", "2020-04-01", "2021-03-31")]
    [InlineData("令和3年度", "2021-04-01", "2022-03-31")]
    [InlineData("平成28年7月21日", "2016-07-21", "2016-07-21")]
    [InlineData("令和4年12月16日", "2022-12-16", "2022-12-16")]
    public void Parse_DefaultCorpus_ChangeDatesBecomeIntervals(string raw, string from, string to)
    {
        var matching = Result.Entries.Where(e => e.DateText == raw).ToList();

        Assert.NotEmpty(matching);
        Assert.All(matching, e =>
        {
            Assert.Equal(DateOnly.ParseExact(from, "yyyy-MM-dd"), e.Date!.From);
            Assert.Equal(DateOnly.ParseExact(to, "yyyy-MM-dd"), e.Date.To);
        });
    }

    [Theory]
    [InlineData("(住民基本台帳ファイル) Ⅱ-4-委託事項2-⑥委託 先名", "住民基本台帳ファイル", "II")]
    [InlineData("Ⅱ-(1)住民基本台帳ファイル -4-委託事項1-⑥委託先名", "住民基本台帳ファイル", "II")]
    [InlineData("(1住民基本台帳ファイル) II-4-委託事項4", "住民基本台帳ファイル", "II")]
    [InlineData("(2本人確認情報ファイル) II-4-委託事項2", "本人確認情報ファイル", "II")]
    [InlineData("II 特定個人情報ファイルの概要 [1.特定個人情報ファイル名(1) 【平成27年12月末まで使用】 住民記録個人データベース] 2.基本情報", "住民記録個人データベース", "II")]
    [InlineData("I-6-②法令上の根拠", null, "I")]
    public void Parse_DefaultCorpus_ItemStylesResolveToTheirFile(string rawItem, string? file, string chapter)
    {
        var matching = Result.Entries.Where(e => e.Item.Raw == rawItem).ToList();

        Assert.NotEmpty(matching);
        Assert.All(matching, e =>
        {
            Assert.Equal(file, e.Item.File);
            Assert.Equal(chapter, e.Item.Chapter);
        });
    }

    [Fact]
    public void Parse_DefaultCorpus_ExcelSerialsInImplementationDateCellsAreDates()
    {
        var entry = Result.Entries.Single(e => e.Before.Text == "41957");

        Assert.Equal(new DateOnly(2014, 11, 14), entry.BeforeDate!.From);
        Assert.Contains(Result.Entries, e => e.After.Text == "43010" && e.AfterDate!.From == new DateOnly(2017, 10, 2));
    }

    [Fact]
    public void Parse_DefaultCorpus_CellDatesAreTheImplementationDatesAndPeriodOnly()
    {
        var dated = Result.Entries.Where(e => e.BeforeDate is not null || e.AfterDate is not null).ToList();
        Assert.Equal([75, 76, 81], dated.Select(e => e.Line));
        var period = dated.Single(e => e.Line == 76);
        Assert.Null(period.BeforeDate);
        Assert.Equal((new DateOnly(2017, 8, 15), new DateOnly(2017, 9, 15)), (period.AfterDate!.From, period.AfterDate.To));
    }

    [Fact]
    public void Parse_DefaultCorpus_TimingBecomesAFacetValue()
    {
        Assert.Contains(Result.Entries, e => e.Timing == SubmissionTiming.Prior);
        Assert.Contains(Result.Entries, e => e.Timing == SubmissionTiming.Posterior);
        Assert.Contains(Result.Entries, e => e.Timing == SubmissionTiming.Unspecified);
        Assert.All(Result.Entries.Where(e => e.TimingText == "事前"), e => Assert.Equal(SubmissionTiming.Prior, e.Timing));
    }

    [Fact]
    public void Parse_DefaultCorpus_HtmlCellsBecomePlainTextAndKeepTheRawCell()
    {
        var withHtml = Result.Entries.Where(e => e.After.Raw.Contains("<li>", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(withHtml);
        Assert.All(withHtml, e =>
        {
            Assert.DoesNotContain("<li>", e.After.Text, StringComparison.Ordinal);
            Assert.Contains('\n', e.After.Text);
        });
    }
}
