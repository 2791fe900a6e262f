using PiaSearch.Search.Highlighting;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

public sealed class ChangeLogSearchServiceTests(CorpusIndexFixture index) : IClassFixture<CorpusIndexFixture>
{
    [Fact]
    public void Ingest_DefaultCorpus_IndexesEveryEntry()
    {
        Assert.Equal(269, index.Report.Entries);
        Assert.Equal(0, index.Report.Rejected);
        Assert.Equal(269, index.Store.Count);
    }

    [Fact]
    public void Search_DepartmentName_FindsTheFiscal2021RowsThatMentionIt()
    {
        var results = index.Find("情報政策課");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h =>
        {
            Assert.Contains("情報政策課", h.Entry.Before.Text + h.Entry.After.Text + h.Entry.Item.Text, StringComparison.Ordinal);
            Assert.Equal("令和3年度", h.Entry.DateText);
        });
    }

    [Fact]
    public void Search_SpacedQuery_ReturnsTheSameHitsAsUnspaced()
    {
        var spaced = index.Find("委託 先名").Hits.Select(h => h.Entry.Id).ToList();
        var unspaced = index.Find("委託先名").Hits.Select(h => h.Entry.Id).ToList();

        Assert.NotEmpty(unspaced);
        Assert.Equal(unspaced, spaced);
    }

    [Fact]
    public void Search_SpacedTextInTheDocument_IsFoundByTheUnspacedWord()
    {
        // Line 107 of the corpus writes the item as "⑥委託 先名".
        var results = index.Find("委託先名");

        Assert.Contains(results.Hits, h => h.Entry.Item.Raw.Contains("委託 先名", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_DateRange_KeepsOnlyEntriesOverlappingIt()
    {
        var results = index.Search.Search(new SearchRequest { Query = "委託", From = new DateOnly(2021, 4, 1), To = new DateOnly(2022, 3, 31), Size = 100 });

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal("令和3年度", h.Entry.DateText));
    }

    [Fact]
    public void Search_FileChapterAndTimingFilters_AreApplied()
    {
        var results = index.Search.Search(new SearchRequest
        {
            Query = "委託",
            File = "本人確認情報ファイル",
            Chapter = "II",
            Timing = SubmissionTiming.Prior,
            Size = 100,
        });

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h =>
        {
            Assert.Equal("本人確認情報ファイル", h.Entry.Item.File);
            Assert.Equal("II", h.Entry.Item.Chapter);
            Assert.Equal(SubmissionTiming.Prior, h.Entry.Timing);
        });
    }

    [Fact]
    public void Search_Facets_CountTheWholeResultSet()
    {
        var results = index.Search.Search(new SearchRequest { Query = "委託", Size = 1 });

        Assert.Single(results.Hits);
        foreach (var field in new[] { "year", "file", "chapter", "timing" })
        {
            Assert.True(results.Facets.ContainsKey(field), field);
        }

        Assert.Equal(results.Total, results.Facets["timing"].Sum(c => c.Count));
        Assert.Equal(results.Total, results.Facets["year"].Sum(c => c.Count));
    }

    [Fact]
    public void Search_Paging_ReturnsDisjointPagesInOrder()
    {
        var all = index.Search.Search(new SearchRequest { Query = "委託", Size = 30 }).Hits.Select(h => h.Entry.Id).ToList();
        var first = index.Search.Search(new SearchRequest { Query = "委託", Size = 10, Page = 1 }).Hits.Select(h => h.Entry.Id);
        var second = index.Search.Search(new SearchRequest { Query = "委託", Size = 10, Page = 2 }).Hits.Select(h => h.Entry.Id);

        Assert.Equal(all.Take(20), first.Concat(second));
    }

    [Fact]
    public void Search_Highlights_MarkTheMatchAndKeepTheRestAsPlainText()
    {
        var results = index.Find("内部監査");

        var hit = Assert.Single(results.Hits, h => h.Highlights.ContainsKey("after") && h.Entry.After.Text.Contains("<内部監査>", StringComparison.Ordinal));
        var fragment = hit.Highlights["after"][0];
        var match = Assert.Single(fragment, s => s.Mark);
        Assert.Equal("内部監査", match.Text);
        var at = fragment.ToList().IndexOf(match);
        Assert.EndsWith("<", fragment[at - 1].Text, StringComparison.Ordinal);
        Assert.StartsWith(">", fragment[at + 1].Text, StringComparison.Ordinal);
        Assert.Equal(hit.Entry.After.Text, HighlightSegment.Join(fragment, string.Empty, string.Empty));
    }

    [Theory]
    [InlineData("\"情報課")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("(")]
    [InlineData("情報課 OR")]
    [InlineData("[委託 TO")]
    [InlineData("~~~")]
    public void Search_InvalidSyntax_IsSearchedAsPlainText(string query)
    {
        var results = index.Find(query);

        Assert.True(results.Interpretation.PlainText, $"{query} was not searched as plain text");
    }

    [Fact]
    public void Search_UnbalancedQuote_FindsTheWord()
    {
        var results = index.Find("\"情報政策課");

        Assert.True(results.Interpretation.PlainText);
        Assert.NotEmpty(results.Hits);
    }

    [Theory]
    [InlineData("委託先名:RKKCS")]
    [InlineData("委託先:RKKCS")]
    public void Search_UnknownFieldPrefix_IsReadAsAWord(string query)
    {
        var results = index.Find(query);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Contains("RKKCS", h.Entry.Before.Text + h.Entry.After.Text + h.Entry.Item.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_SortNewest_OrdersByChangeDate()
    {
        var hits = index.Search.Search(new SearchRequest { Query = "委託", Size = 100, Sort = SearchSort.Newest }).Hits;

        Assert.Equal(hits.OrderByDescending(h => h.Entry.Date!.From).Select(h => h.Entry.Date!.From), hits.Select(h => h.Entry.Date!.From));
    }

    [Fact]
    public void Search_CompanyNameMixingKanjiAndLatin_IsFoundAsAPhrase()
    {
        var results = index.Find("株式会社RKKCS");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Contains("株式会社RKKCS", h.Entry.Before.Text + h.Entry.After.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_SingleKanji_FindsItInsideWords()
    {
        var results = index.Find("課");

        Assert.Contains(results.Hits, h => h.Entry.After.Text.Contains("情報政策課", StringComparison.Ordinal));
        Assert.All(results.Hits, h => Assert.Contains("課", h.Entry.Item.Text + h.Entry.Before.Text + h.Entry.After.Text + h.Entry.Explanation.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ColumnQualified_MatchesOnlyInThatColumn()
    {
        var after = index.Find("after:RKKCS");
        var before = index.Find("before:RKKCS");

        Assert.NotEmpty(after.Hits);
        Assert.All(after.Hits, h => Assert.Contains("RKKCS", h.Entry.After.Text, StringComparison.Ordinal));
        Assert.All(before.Hits, h => Assert.Contains("RKKCS", h.Entry.Before.Text, StringComparison.Ordinal));
        Assert.True(after.Hits.Count > before.Hits.Count);
        Assert.All(after.Hits, h => Assert.False(h.Highlights.ContainsKey("before")));
    }

    [Fact]
    public void Search_QualifiedJapanesePhrase_IsHeldToTheColumn()
    {
        var results = index.Find("after:情報政策課");

        Assert.Single(results.Hits);
        Assert.Contains("<mark>情報政策課</mark>", HighlightSegment.Join(results.Hits[0].Highlights["after"][0], "<mark>", "</mark>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TwoWordsThatNeverStandTogether_AreSearchedSeparately()
    {
        var joined = index.Find("委託先再委託");
        var separate = index.Find("委託先 再委託");

        Assert.Equal(0, joined.Total);
        Assert.True(separate.Total > 0);
        Assert.All(separate.Hits, h =>
        {
            var text = h.Entry.Item.Text + h.Entry.Before.Text + h.Entry.After.Text + h.Entry.Explanation.Text;
            Assert.Contains("委託先", text, StringComparison.Ordinal);
            Assert.Contains("再委託", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void KnownValues_File_ListsTheEvaluatedFiles()
    {
        var files = index.Search.KnownValues("file");

        Assert.Contains("住民基本台帳ファイル", files);
        Assert.Contains("本人確認情報ファイル", files);
        Assert.Contains("送付先情報ファイル", files);
    }
}
