using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Understanding;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Expansion;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Expansion;

/// <summary>
/// Search with expansions over a fictional town's log (北浜町, written for these tests): a department renamed, a
/// contractor written with an OCR misreading, an abbreviation the log defines, a provision renumbered, a synonym.
/// </summary>
public sealed class QueryExpansionTests(MorphologyFixture morphology) : IDisposable
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";

    private static readonly string[] Kitahama =
    [
        "平成30年4月1日\tI-7-①評価実施機関における担当部署\t総務課\t総務課\t事後\t軽微な変更",
        "平成30年4月1日\tII-3-⑦使用の主体-使用部署\t総務課、税務課\t総務課、税務課、子育て支援課\t事後\t部署の追加",
        "令和2年4月1日\tI-7-①評価実施機関における担当部署\t総務課\t総務企画課\t事後\t組織改正による名称変更",
        "令和2年4月1日\tII-3-⑦使用の主体-使用部署\t総務課、税務課、子育て支援課\t総務企画課、税務課、子育て支援課\t事後\t組織改正による名称変更",
        "令和3年4月1日\tII-6-①保管場所\t総務企画課が管理するサーバ室に保管する。\t総務企画課が管理するサーバ室及びデータセンターに保管する。\t事後\t保管場所の追加",
        "令和3年4月1日\tII-4-委託事項1-⑥委託先名\t株式会社ホクトデータサービス\t株式会社ホクトデ一タサービス\t事後\t表記の修正",
        "令和4年4月1日\tII-4-委託事項1-⑥委託先名\t株式会社ホクトデ一タサービス\t株式会社ホクトデータサービス\t事後\t表記の修正",
        "令和2年4月1日\tI-2-システム2-②システムの機能\t—\t地域情報連携基盤システム（以下「連携基盤」という。）により庁内の各システムと連携する。\t事前\tシステムの追加",
        "令和3年4月1日\tI-2-システム2-③他のシステムとの接続\t—\t連携基盤を経由して税務システムと接続する。\t事後\t接続先の追加",
        "令和4年4月1日\tI-2-システム2-③他のシステムとの接続\t連携基盤を経由して税務システムと接続する。\t連携基盤を経由して税務システム及び福祉システムと接続する。\t事後\t接続先の追加",
        "平成30年4月1日\tI-5-②法令上の根拠\t番号法第9条第1項、別表第1の30の項\t番号法第9条第1項、別表第1の30の項\t事後\t軽微な変更",
        "令和3年9月1日\tI-5-②法令上の根拠\t番号法第9条第1項\t番号法第9条第2項\t事後\t法改正による項ずれ",
        "令和4年4月1日\tI-6-①情報提供の根拠\t番号法第9条第2項\t番号法第9条第2項、第19条第8号\t事後\t根拠の追加",
        "令和4年4月1日\tIII-7-⑤問い合わせ先\t北浜町役場 総務企画課 電話:0123-45-6789\t北浜町役場 総務企画課 電話:0123-45-6790\t事後\t番号の変更",
        "令和4年4月1日\tIII-7-①保管・消去の方法\t保存期間を過ぎた特定個人情報を速やかに消去する。\t保存期間を過ぎた特定個人情報は、システム上で速やかに消去する。\t事後\t表現の修正",
        "令和4年4月1日\tII-6-②消去方法\t—\t媒体は物理的に破壊する。\t事後\t追加",
    ];

    private readonly string _synonyms = Path.Combine(Path.GetTempPath(), $"pia-synonyms-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(_synonyms);

    private (IndexStore Store, CrossReferenceIndex CrossReference, ChangeLogSearchService Search) Open(params (string Id, string Municipality, string[] Rows)[] logs)
    {
        var store = IndexStore.InMemory(morphology.Analyzer);
        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            foreach (var (id, municipality, rows) in logs)
            {
                var entries = new ChangeLogParser().Parse(Header + string.Join('\n', rows), id).Entries;
                batch.ReplaceDocument(new DocumentRecord(id, municipality, "テスト事務", "test", DateTimeOffset.UtcNow, 0, 0), entries);
            }

            batch.Commit();
        }

        var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        var search = new ChangeLogSearchService(store, cacheCapacity: 0)
        {
            Expander = new ModelQueryExpander(crossReference.UnderstandingNow, new SynonymFile(_synonyms) { RecheckAfter = TimeSpan.Zero }),
        };
        return (store, crossReference, search);
    }

    private (IndexStore Store, CrossReferenceIndex CrossReference, ChangeLogSearchService Search) OpenKitahama() => Open(("kitahama", "北浜町", Kitahama));

    private static SearchResults Find(ChangeLogSearchService search, string query, bool expand = true, string? exclude = null, SearchSort sort = SearchSort.Relevance) =>
        search.Search(new SearchRequest { Query = query, Size = 50, Expand = expand, Exclude = exclude, Sort = sort });

    private static ExpansionKind? Reason(SearchHit hit) => hit.MatchedBy.Count == 0 ? null : hit.MatchedBy[0].Kind;

    [Fact]
    public void Search_RenamedDepartment_FindsItsFormerNameBelowTheLiteralRows()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "総務企画課");

        var literal = results.Hits.TakeWhile(h => Reason(h) == ExpansionKind.Literal).Select(h => h.Entry.Line).ToList();
        var former = results.Hits.Skip(literal.Count).ToList();
        Assert.Equal(results.LiteralTotal, literal.Count);
        Assert.All(literal, line => Assert.Contains("総務企画課", Kitahama[line - 2], StringComparison.Ordinal));
        Assert.Equal([2, 3], former.Select(h => h.Entry.Line).Order());
        Assert.All(former, h => Assert.Equal(ExpansionKind.FormerName, Reason(h)));
        var expansion = Assert.Single(results.Expansions, e => e.Kind == ExpansionKind.FormerName);
        Assert.Equal("総務課", expansion.Term);
        Assert.Equal(new DateOnly(2020, 4, 1), expansion.Date);
    }

    /// <summary>A zero-width space pasted into a name (from a web page or a PDF) leaves the name the model knows.</summary>
    [Fact]
    public void Search_NameWithAZeroWidthSpace_IsStillUnderstood()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "総務\u200B企画課");

        Assert.Contains(results.Expansions, e => e.Kind == ExpansionKind.FormerName && e.Term == "総務課");
        Assert.Contains(results.Hits, h => h.Entry.Line == 2);
    }

    /// <summary>
    /// The relevance order searches the literal rows and then only the rows an expansion adds; the date order searches
    /// every tier's rows at once. Both must find the same rows, count them alike and facet them alike.
    /// </summary>
    [Theory]
    [InlineData("総務企画課")]
    [InlineData("総務課")]
    [InlineData("ホクトデータサービス")]
    [InlineData("連携基盤")]
    [InlineData("番号法第9条第2項")]
    [InlineData("特定個人情報の消去")]
    [InlineData("総務企画課 サーバ室")]
    public void Search_ByRelevance_FindsCountsAndFacetsTheRowsOfEveryTier(string query)
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var byRelevance = Find(search, query);
        var byDate = Find(search, query, sort: SearchSort.Newest);

        Assert.NotEmpty(byRelevance.Hits);
        Assert.Equal(byDate.Total, byRelevance.Total);
        Assert.Equal(byDate.Hits.Select(h => h.Entry.Id).Order(StringComparer.Ordinal), byRelevance.Hits.Select(h => h.Entry.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            byDate.Facets.ToDictionary(f => f.Key, f => string.Join(",", f.Value.Select(c => $"{c.Value}={c.Count}"))),
            byRelevance.Facets.ToDictionary(f => f.Key, f => string.Join(",", f.Value.Select(c => $"{c.Value}={c.Count}"))));
        Assert.Equal(byRelevance.LiteralTotal, byRelevance.Hits.Count(h => Reason(h) == ExpansionKind.Literal));
    }

    /// <summary>Two words that, read as one, match nothing are read with their space, and the rows holding both rank first as literal.</summary>
    [Fact]
    public void Search_TwoWordsNotWrittenTogether_AreLiteralRowsAboveTheExpansions()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var literal = Find(search, "総務企画課 サーバ室", expand: false);
        var expanded = Find(search, "総務企画課 サーバ室");

        Assert.NotEmpty(literal.Hits);
        Assert.Equal(literal.Total, expanded.LiteralTotal);
        Assert.Equal(literal.Hits.Select(h => h.Entry.Id), expanded.Hits.Take(literal.Hits.Count).Select(h => h.Entry.Id));
        Assert.All(expanded.Hits.Take(literal.Hits.Count), h => Assert.Equal(ExpansionKind.Literal, Reason(h)));
    }

    [Fact]
    public void Search_FormerName_FindsTheLaterName()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "総務課");

        Assert.Contains(results.Hits, h => h.Entry.Line == 6 && Reason(h) == ExpansionKind.LaterName);
        Assert.Contains(results.Expansions, e => e.Kind == ExpansionKind.LaterName && e.Term == "総務企画課");
    }

    [Fact]
    public void Search_ExpandFalse_IsTheLiteralSearchUnchanged()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;
        var literal = new ChangeLogSearchService(store, cacheCapacity: 0).Search(new SearchRequest { Query = "総務企画課", Size = 50 });

        var results = Find(search, "総務企画課", expand: false);

        Assert.Equal(literal.Hits.Select(h => h.Entry.Id), results.Hits.Select(h => h.Entry.Id));
        Assert.Equal(literal.Total, results.Total);
        Assert.Empty(results.Expansions);
        Assert.Null(results.LiteralTotal);
        Assert.All(results.Hits, h => Assert.Empty(h.MatchedBy));
    }

    [Fact]
    public void Search_ExcludedExpansion_IsNotSearched()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "総務企画課", exclude: "総務課");

        Assert.DoesNotContain(results.Expansions, e => e.Term == "総務課");
        Assert.DoesNotContain(results.Hits, h => h.Entry.Line is 2 or 3);
    }

    [Fact]
    public void Search_CompanyMisspelt_FindsItFuzzily_AndItsOcrSpellingAsASpelling()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var fuzzy = Find(search, "ホクトデタサービス");
        var exact = Find(search, "株式会社ホクトデータサービス");

        Assert.Equal(0, fuzzy.LiteralTotal);
        Assert.Equal([7, 8], fuzzy.Hits.Select(h => h.Entry.Line).Order());
        Assert.All(fuzzy.Hits, h => Assert.Equal(ExpansionKind.Fuzzy, Reason(h)));
        Assert.Contains(exact.Expansions, e => e.Kind == ExpansionKind.Spelling && e.Term.Contains("デ一タ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Another town writes the company's name correctly; this town's misspelling must still be found from the correct name,
    /// while a department one kanji away (健康増進課 for 健康推進課) is another department and an acronym one letter away (SYDS for
    /// SXDS) another company, not misspellings.
    /// </summary>
    [Fact]
    public void Search_NameWrittenCorrectlyElsewhere_StillFindsAMisspellingFuzzily_ButNotADepartmentOneKanjiAway()
    {
        var south =
            new[]
            {
                "令和3年4月1日\tII-4-委託事項1-⑥委託先名\t未定\t株式会社ホクトデタサービス\t事後\t委託先の決定",
                "令和3年4月1日\tI-7-①評価実施機関における担当部署\t健康推進課\t健康推進課\t事後\t軽微な変更",
                "令和3年4月1日\tII-4-委託事項2-⑥委託先名\t未定\t株式会社SYDS\t事後\t委託先の決定",
            };
        var east =
            new[]
            {
                "令和3年4月1日\tII-4-委託事項1-⑥委託先名\t未定\t株式会社ホクトデータサービス\t事後\t委託先の決定",
                "令和3年4月1日\tI-7-①評価実施機関における担当部署\t健康増進課\t健康増進課\t事後\t軽微な変更",
                "令和3年4月1日\tII-4-委託事項2-⑥委託先名\t未定\t株式会社SXDS\t事後\t委託先の決定",
            };
        var (store, crossReference, search) = Open(("minami", "南町", south), ("higashi", "東町", east));
        using var _ = store;
        using var __ = crossReference;

        var company = Find(search, "株式会社ホクトデータサービス");
        var department = Find(search, "健康推進課");
        var acronym = Find(search, "株式会社SXDS");

        Assert.Contains(company.Hits, h => h.Entry.DocumentId == "minami" && h.Entry.Line == 2 && Reason(h) == ExpansionKind.Fuzzy);
        Assert.DoesNotContain(department.Hits, h => h.Entry.DocumentId == "higashi");
        Assert.DoesNotContain(acronym.Hits, h => h.Entry.DocumentId == "minami");
    }

    /// <summary>
    /// A company name no log writes is looked up among close names; one two edits away that names another region, or that
    /// differs in a short distinctive name before the same trade words, is another company, not a misspelling.
    /// </summary>
    [Fact]
    public void Search_UnknownCompanyName_DoesNotExpandToACompanyOfAnotherRegionOrShortName()
    {
        var west =
            new[]
            {
                "令和3年4月1日\tII-4-委託事項1-⑥委託先名\t未定\t株式会社ハヤテ西日本ソフトウェア\t事後\t委託先の決定",
                "令和3年4月1日\tII-4-委託事項2-⑥委託先名\t未定\t株式会社ミヤマ電算センター\t事後\t委託先の決定",
                "令和3年4月1日\tII-4-委託事項3-⑥委託先名\t未定\t株式会社ツルギデータサービス\t事後\t委託先の決定",
            };
        var (store, crossReference, search) = Open(("nishi", "西町", west));
        using var _ = store;
        using var __ = crossReference;

        var otherRegion = Find(search, "株式会社ハヤテ東日本ソフトウェア");
        var otherName = Find(search, "株式会社ミヤビ電算センター");
        var misspelt = Find(search, "ツルギデタサービス");

        Assert.Empty(otherRegion.Hits);
        Assert.Empty(otherName.Hits);
        Assert.Equal([4], misspelt.Hits.Select(h => h.Entry.Line));
        Assert.Equal(ExpansionKind.Fuzzy, Reason(misspelt.Hits[0]));
    }

    /// <summary>A unit written with its parent is searched with its spellings without a parent, not with those under another parent.</summary>
    [Fact]
    public void Search_UnitUnderItsParent_DoesNotExpandToTheSameNameUnderAnotherParent()
    {
        var town =
            new[]
            {
                "令和3年4月1日\tI-7-①評価実施機関における担当部署\t未定\t財政部総務課\t事後\t軽微な変更",
                "令和4年4月1日\tI-7-①評価実施機関における担当部署\t財政部総務課\t総務課\t事後\t軽微な変更",
                "令和5年4月1日\tII-3-⑦使用部署\t未定\t市民部総務課\t事後\t軽微な変更",
            };
        var (store, crossReference, search) = Open(("kita", "北町", town));
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "財政部総務課");

        Assert.Contains(results.Hits, h => h.Entry.Line == 3 && Reason(h) == ExpansionKind.Literal);
        Assert.Contains(results.Expansions, e => e.Kind == ExpansionKind.Spelling && e.Term == "総務課");
        Assert.DoesNotContain(results.Expansions, e => e.Term == "市民部総務課");
    }

    [Fact]
    public void Search_AbbreviationTheLogDefines_WorksInBothDirections()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var full = Find(search, "地域情報連携基盤システム");
        var abbreviation = Find(search, "連携基盤");

        Assert.Equal([9, 10, 11], full.Hits.Select(h => h.Entry.Line).Order());
        Assert.Equal(ExpansionKind.Literal, Reason(full.Hits[0]));
        Assert.All(full.Hits.Skip(1), h => Assert.Equal(ExpansionKind.Abbreviation, Reason(h)));
        Assert.Contains(abbreviation.Expansions, e => e.Kind == ExpansionKind.Abbreviation && e.Term == "地域情報連携基盤システム");
    }

    [Theory]
    [InlineData("総務企画課")]
    [InlineData("地域情報連携基盤システム")]
    [InlineData("番号法第9条第2項")]
    public void Search_PagesOfOneHit_WalkTheSameOrderAsOnePage_AcrossTiers(string query)
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var all = Find(search, query);
        var paged = Enumerable.Range(1, all.Total)
            .Select(page => search.Search(new SearchRequest { Query = query, Size = 1, Page = page }))
            .ToList();

        Assert.True(all.Hits.Select(Reason).Distinct().Count() > 1, "the query should reach more than one tier");
        Assert.Equal(all.Hits.Select(h => h.Entry.Line), paged.Select(p => Assert.Single(p.Hits).Entry.Line));
        Assert.All(paged, p => Assert.Equal(all.Total, p.Total));
        Assert.All(paged, p => Assert.Equal(all.LiteralTotal, p.LiteralTotal));
    }

    [Fact]
    public void Search_AbbreviationDefinedOnANameWithAQualifier_AlsoFindsTheNameWithoutIt()
    {
        var (store, crossReference, search) = Open(("minamioka", "南丘村",
        [
            "令和2年4月1日\tI-2-システム3-②システムの機能\t—\t全国住民基本台帳ネットワークシステム（以下「住基ネット」という。）により本人確認情報を送信する。\t事前\t追加",
            "令和3年4月1日\tI-2-システム3-③他のシステムとの接続\t—\t住基ネットを経由して県のサーバと接続する。\t事後\t接続先の追加",
            "令和4年4月1日\tII-3-⑧使用方法\t—\t住民基本台帳ネットワークシステムから本人確認情報を取得する。\t事後\t追加",
            "令和4年4月1日\tII-3-⑨使用部署\t住民課\t住民課、税務課\t事後\t追加",
        ]));
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "住基ネット");

        Assert.Equal([2, 3, 4], results.Hits.Select(h => h.Entry.Line).Order());
        Assert.Equal(ExpansionKind.Abbreviation, Reason(results.Hits.Single(h => h.Entry.Line == 4)));
        Assert.Contains(results.Expansions, e => e.Kind == ExpansionKind.Abbreviation && e.Term == "住民基本台帳ネットワークシステム");
    }

    [Theory]
    [InlineData("全国住民基本台帳ネットワークシステム", "住基ネット", "住民基本台帳ネットワークシステム")]
    [InlineData("地域情報連携基盤システム", "連携基盤", "連携基盤システム")]
    [InlineData("住民基本台帳ネットワークシステム", "住基ネット", null)]  // nothing before the first 住 to trim
    [InlineData("個人番号利用事務", "利用事務", null)]                    // what is left is the abbreviation itself
    [InlineData("情報提供ネットワークシステム", "NWS", null)]             // the letters are not in the name
    public void CoreOfLongForm_TrimsOnlyWordsTheAbbreviationDoesNotCover(string longForm, string abbreviation, string? expected) =>
        Assert.Equal(expected, QueryUnderstanding.CoreOfLongForm(longForm, abbreviation));

    [Fact]
    public void Search_RenumberedProvision_FindsTheEarlierNumberOnlyBeforeTheRenumbering()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "番号法第9条第2項");

        var renumbered = Assert.Single(results.Expansions, e => e.Kind == ExpansionKind.Renumbered);
        Assert.Equal("番号法第9条第1項", renumbered.Term);
        Assert.Equal(new DateOnly(2021, 9, 1), renumbered.Until);
        // Line 12 (平成30年) cites 第9条第1項 before the renumbering; line 13 is the renumbering itself and holds both.
        Assert.Contains(results.Hits, h => h.Entry.Line == 12 && Reason(h) == ExpansionKind.Renumbered);
        Assert.All(results.Hits.Where(h => Reason(h) == ExpansionKind.Renumbered), h => Assert.True(h.Entry.Date!.From < renumbered.Until));
        Assert.DoesNotContain(results.Expansions, e => e.Kind == ExpansionKind.Fuzzy);
    }

    [Fact]
    public void Search_Synonyms_AreReadFromTheFileAtQueryTime_WithoutReindexing()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        Assert.Equal(0, Find(search, "電話番号").Total);

        File.WriteAllText(_synonyms, "# 様式の語 / the form's words\n電話番号, 電話, TEL\n");
        var results = Find(search, "電話番号");

        var hit = Assert.Single(results.Hits);
        Assert.Equal(15, hit.Entry.Line);
        Assert.Equal(ExpansionKind.Synonym, Reason(hit));
        Assert.Equal("電話", hit.MatchedBy[0].Term);
    }

    [Fact]
    public void Search_WordsJoinedByAParticle_MatchTheirContentWordsInAnotherOrder()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "特定個人情報の消去");

        Assert.Equal(0, results.LiteralTotal);
        var hit = Assert.Single(results.Hits);
        Assert.Equal(16, hit.Entry.Line);
        Assert.Equal(ExpansionKind.Words, Reason(hit));
    }

    [Fact]
    public void Search_NameWithoutParticles_IsNotSplitIntoWords()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        Assert.DoesNotContain(Find(search, "データセンター").Expansions, e => e.Kind == ExpansionKind.Words);
    }

    [Fact]
    public void Search_SortedByDate_KeepsTheExpansionsAndSaysWhyEachRowMatched()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "総務企画課", sort: SearchSort.Oldest);

        Assert.Equal([2, 3], results.Hits.Take(2).Select(h => h.Entry.Line).Order());
        Assert.All(results.Hits.Take(2), h => Assert.Equal(ExpansionKind.FormerName, Reason(h)));
        Assert.Contains(results.Hits, h => Reason(h) == ExpansionKind.Literal);
    }

    [Fact]
    public void Search_SameDepartmentNameInAnotherTown_IsNotTakenForAFormerName()
    {
        string[] minamino =
        [
            "令和元年4月1日\tI-7-①評価実施機関における担当部署\t総務課\t総務課\t事後\t軽微な変更",
            "令和3年4月1日\tII-3-⑦使用の主体-使用部署\t総務課\t総務課、税務課\t事後\t部署の追加",
        ];
        var (store, crossReference, search) = Open(("kitahama", "北浜町", Kitahama), ("minamino", "南野村", minamino));
        using var _ = store;
        using var __ = crossReference;

        var results = Find(search, "総務企画課");

        Assert.Contains(results.Hits, h => Reason(h) == ExpansionKind.FormerName);
        Assert.DoesNotContain(results.Hits, h => h.Entry.DocumentId == "minamino");
    }

    [Fact]
    public void Search_QueryWithSyntax_IsNotExpanded()
    {
        var (store, crossReference, search) = OpenKitahama();
        using var _ = store;
        using var __ = crossReference;

        Assert.Empty(Find(search, "\"総務企画課\"").Expansions);
        Assert.Empty(Find(search, "総務企画課 OR 税務課").Expansions);
    }
}
