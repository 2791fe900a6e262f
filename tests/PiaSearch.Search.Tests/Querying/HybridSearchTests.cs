using PiaSearch.Search.Highlighting;
using Bogus;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>Word fields for precision, bigram fields for recall, whole-word hits first.</summary>
public sealed class HybridSearchTests(CorpusIndexFixture index, MorphologyFixture morphology) : IClassFixture<CorpusIndexFixture>
{
    private static string AllText(SearchHit h) => h.Entry.Item.Text + h.Entry.Before.Text + h.Entry.After.Text + h.Entry.Explanation.Text;

    [Theory]
    [InlineData("\"情報課\"")]
    [InlineData("情報課")]
    public void Search_InformationSection_NeverReturnsRowsThatOnlyNameThePolicySection(string query)
    {
        var hits = index.Find(query).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("情報課", AllText(h), StringComparison.Ordinal));
    }

    [Fact]
    public void Search_PolicySection_NeverReturnsRowsThatOnlyNameTheInformationSection()
    {
        var hits = index.Find("\"情報政策課\"").Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("情報政策課", AllText(h), StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ServerWithoutLongVowel_FindsRowsSpellingItWithOne()
    {
        var hits = index.Find("サーバ").Hits;

        Assert.Contains(hits, h => AllText(h).Contains("サーバー", StringComparison.Ordinal));
        Assert.Contains(hits, h => AllText(h).Contains("コミュニケーションサーバ", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ServerWithLongVowel_FindsRowsSpellingItWithout()
    {
        var hits = index.Find("サーバー").Hits;

        Assert.Contains(hits, h => AllText(h).Contains("コミュニケーションサーバ", StringComparison.Ordinal) && !AllText(h).Contains("サーバー", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("住基ネット")]
    [InlineData("住民基本台帳ネットワークシステム")]
    public void Search_NetworkByEitherName_FindsTheRowsThatUseThatName(string name)
    {
        var hits = index.Find(name).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(name, AllText(h), StringComparison.Ordinal));
        Assert.All(hits, h => Assert.True(h.WholeWord, $"{h.Entry.Id} matched {name} only as characters"));
    }

    [Fact]
    public void Search_PartOfACompound_FindsTheCompound()
    {
        var hits = index.Find("ネットワーク システム").Hits;

        Assert.Contains(hits, h => AllText(h).Contains("住民基本台帳ネットワークシステム", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_BaseForm_FindsTheConjugatedForm()
    {
        var hits = index.Find("基づく").Hits;

        Assert.Contains(hits, h => AllText(h).Contains("基づき", StringComparison.Ordinal) && !AllText(h).Contains("基づく", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ExplicitField_AlsoSearchesItsBigramTwin()
    {
        var hits = index.Find("after:京都").Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("京都", h.Entry.After.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_WordInSomeRowsSubstringInOthers_RanksEveryWholeWordHitFirst()
    {
        var faker = new Faker("ja") { Random = new Randomizer(11) };
        string Row(int i, string after) => $"令和{faker.Random.Int(2, 5)}年度\tⅡ-{i}-変更内容\t未定\t{after}\t事前\t";
        var rows = new List<string> { "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明" };
        for (var i = 0; i < 6; i++)
        {
            // A substring only: 京都 inside 東京都, many times, in short cells (high bigram scores).
            rows.Add(Row(i, "東京都、東京都、東京都"));
            // The word, once, in long cells.
            rows.Add(Row(i + 10, "京都の住民について" + string.Concat(Enumerable.Repeat("記載事項を変更する。", faker.Random.Int(5, 10)))));
        }

        using var store = IndexStore.InMemory(morphology.Analyzer);
        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            batch.ReplaceDocument("synthetic", new ChangeLogParser().Parse(new StringReader(string.Join('\n', rows)), "synthetic").Entries);
            batch.Commit();
        }

        var hits = new ChangeLogSearchService(store).Search(new SearchRequest { Query = "京都", Size = 100 }).Hits;

        Assert.Equal(12, hits.Count);
        Assert.All(hits.Take(6), h => Assert.StartsWith("京都の住民", h.Entry.After.Text, StringComparison.Ordinal));
        Assert.All(hits.Take(6), h => Assert.True(h.WholeWord));
        Assert.All(hits.Skip(6), h => Assert.False(h.WholeWord));
        Assert.All(hits.Skip(6), h => Assert.StartsWith("東京都", h.Entry.After.Text, StringComparison.Ordinal));
        Assert.All(hits.Take(6), h => Assert.Contains("<mark>京都</mark>の住民", HighlightSegment.Join(h.Highlights["after"][0], "<mark>", "</mark>"), StringComparison.Ordinal));
        Assert.All(hits.Skip(6), h => Assert.Contains("東<mark>京都</mark>", HighlightSegment.Join(h.Highlights["after"][0], "<mark>", "</mark>"), StringComparison.Ordinal));
    }
}
