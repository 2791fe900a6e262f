using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Successions;

/// <summary>
/// Successions of kinds the first detector missed (rows written for the test): an article's caption renamed, a law
/// retitled as the row says, a municipality's 施行条例 read whole, documents replaced by others, a rename or a replacement
/// the row states in words.
/// </summary>
public sealed class NewKindsOfSuccessionTests
{
    private static IReadOnlyList<RowChange> Detect(string explanation, params (string Item, string Before, string After)[] rows) =>
        Build(explanation, rows).RowChanges;

    /// <summary>The model of a log whose rows, all of one day, share an explanation.</summary>
    private static CrossReferenceModel Build(string explanation, params (string Item, string Before, string After)[] rows)
    {
        const string header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明";
        var lines = rows.Select(r => $"令和3年4月1日\t{r.Item}\t{r.Before}\t{r.After}\t事後\t{explanation}").Prepend(header);
        return new CrossReferenceBuilder().Build(new ChangeLogParser().Parse(string.Join('\n', lines), "test-log").Entries);
    }

    [Fact]
    public void Detect_SameArticleUnderANewCaption_IsARenameOfThatProvision()
    {
        var changes = Detect(string.Empty, ("I-5-②法令上の根拠", "番号法第35条（通知カード・個人番号カードの交付等）", "番号法第35条（個人番号通知書・個人番号カードの交付等）"));

        var rename = Assert.Single(changes, c => c.Type == EntityType.Statute);
        Assert.Equal(SuccessionKind.Rename, rename.Kind);
        Assert.Equal("第35条（通知カード・個人番号カードの交付等）", rename.Before!.Provision);
        Assert.Equal("第35条（個人番号通知書・個人番号カードの交付等）", rename.After!.Provision);
    }

    [Fact]
    public void Successions_CaptionRename_IsNamedByItsCitations_NotTheLawTwice()
    {
        var model = Build(string.Empty, ("I-5-②法令上の根拠", "番号法第35条（通知カード・個人番号カードの交付等）", "番号法第35条（個人番号通知書・個人番号カードの交付等）"));

        var rename = Assert.Single(model.Successions, s => s.Type == EntityType.Statute);

        Assert.Equal("番号法第35条（通知カード・個人番号カードの交付等）", rename.Before!.Name);
        Assert.Equal("番号法第35条（個人番号通知書・個人番号カードの交付等）", rename.After!.Name);
        Assert.Equal(rename.Before.EntityId, rename.After.EntityId);
    }

    [Fact]
    public void Detect_SameCaptionWrittenWithOtherPunctuation_IsNoChange()
    {
        var changes = Detect(string.Empty, ("I-5-②法令上の根拠", "番号法第35条（通知カード・個人番号カードの交付等）", "番号法第35条（通知カード、個人番号カードの交付等）"));

        Assert.DoesNotContain(changes, c => c.Type == EntityType.Statute);
    }

    [Fact]
    public void Detect_LawRetitledAsTheRowSays_IsARename_AndWithoutTheWordsAReplacement()
    {
        var row = ("I-5-②法令上の根拠", "老人保健法第20条", "高齢者の医療の確保に関する法律第20条");

        var stated = Assert.Single(Detect("法律の題名改正による変更", row), c => c.Type == EntityType.Statute);
        var unstated = Assert.Single(Detect(string.Empty, row), c => c.Type == EntityType.Statute);

        Assert.Equal(SuccessionKind.Rename, stated.Kind);
        Assert.Equal(SuccessionKind.Replace, unstated.Kind);
    }

    [Fact]
    public void Detect_MunicipalityOrdinanceUnderAnAct_IsReadWhole()
    {
        var changes = Detect(string.Empty, ("I-5-②法令上の根拠", "浜辺町個人情報保護条例第12条", "個人情報の保護に関する法律施行条例第5条"));

        var replace = Assert.Single(changes, c => c.Type == EntityType.Statute);
        Assert.Equal(SuccessionKind.Replace, replace.Kind);
        Assert.Equal("個人情報の保護に関する法律施行条例", replace.After!.Name);
    }

    [Theory]
    [InlineData("介護保険被保険者証", "介護保険資格確認書")]
    [InlineData("障害者手帳", "療育手帳")]
    public void Detect_DocumentGivingWayToAnother_IsAReplacement(string before, string after)
    {
        var changes = Detect(string.Empty, ("II-3-①入手元", $"{before}の提示を受ける", $"{after}の提示を受ける"));

        var replace = Assert.Single(changes, c => c.Type == EntityType.Document);
        Assert.Equal(SuccessionKind.Replace, replace.Kind);
        Assert.Equal(before, replace.Before!.Name);
        Assert.Equal(after, replace.After!.Name);
    }

    [Theory]
    [InlineData("組織改正に伴う名称変更", "Rename")]
    [InlineData("事務の移管", "Replace")]
    public void Detect_DissimilarUnitNames_FollowWhatTheRowStates(string explanation, string kind)
    {
        var changes = Detect(explanation, ("I-7-①評価実施機関における担当部署", "総務課", "行政経営課"));

        var change = Assert.Single(changes, c => c.Type == EntityType.Department);
        Assert.Equal(Enum.Parse<SuccessionKind>(kind), change.Kind);
    }

    [Fact]
    public void Detect_SimilarCompaniesReplacedByTender_IsAReplacement()
    {
        var row = ("II-4-委託事項1-⑥委託先名", "株式会社ヤマブキ情報システムズ", "株式会社ヤマブキシステムズ");

        Assert.Equal(SuccessionKind.Rename, Assert.Single(Detect(string.Empty, row), c => c.Type == EntityType.Contractor).Kind);
        Assert.Equal(SuccessionKind.Replace, Assert.Single(Detect("一般競争入札による委託先の変更", row), c => c.Type == EntityType.Contractor).Kind);
    }

    [Fact]
    public void Detect_LawRetitledToALongTitleEndingInための法律_IsReadWholeAndARename()
    {
        var row = ("I-5-②法令上の根拠", "障害者自立支援法第5条", "障害者の日常生活及び社会生活を総合的に支援するための法律第5条");

        var rename = Assert.Single(Detect("法律の題名改正に伴う修正", row), c => c.Type == EntityType.Statute);

        Assert.Equal(SuccessionKind.Rename, rename.Kind);
        Assert.Equal("障害者の日常生活及び社会生活を総合的に支援するための法律", rename.After!.Name);
    }

    [Fact]
    public void Detect_SystemWithAGenericSystemWordInBrackets_IsThatSystem()
    {
        var model = Build("標準化に伴う名称変更",
            ("Ⅱ-6-①システム名", "若葉町国保総合システム", "若葉町国民健康保険システム（標準準拠システム）"),
            ("Ⅱ-6-②システム名", "健康管理システム", "健康管理システム（標準準拠システム）"));

        var systems = model.RowChanges.Where(c => c.Type == EntityType.System).ToList();
        Assert.All(systems, s => Assert.Equal(SuccessionKind.Rename, s.Kind)); // never an added 標準準拠システム
        Assert.Equal(["若葉町国民健康保険システム(標準準拠システム)", "健康管理システム(標準準拠システム)"], systems.Select(s => s.After!.Name));
        Assert.DoesNotContain(model.Entities, e => e.Type == EntityType.System && e.Name == "標準準拠システム");
    }

    [Fact]
    public void Detect_TwoSystemsInBrackets_AreStillTwoSystems()
    {
        var changes = Detect(string.Empty, ("Ⅱ-6-①システム名", "宛名管理システム", "宛名管理システム（団体内統合宛名システムと連携する税務システム）"));

        Assert.Contains(changes, c => c.Type == EntityType.System && c.Kind == SuccessionKind.Add);
    }

    [Theory]
    [InlineData("", "(有)若葉印刷", "株式会社若葉印刷", "有限会社若葉印刷", "株式会社若葉印刷")] // another legal form: a 組織変更, said or not
    [InlineData("商号変更", "株式会社若葉電算", "若葉電算株式会社", "株式会社若葉電算", "若葉電算株式会社")] // moved, as the row says
    public void Detect_CompanyThatChangedOrMovedItsLegalForm_IsARename(string explanation, string before, string after, string from, string to)
    {
        var rename = Assert.Single(Detect(explanation, ("Ⅱ-4-委託事項1-⑥委託先名", before, after)), c => c.Type == EntityType.Contractor);

        Assert.Equal(SuccessionKind.Rename, rename.Kind);
        Assert.Equal((from, to), (rename.Before!.Name, rename.After!.Name));
    }

    [Theory]
    [InlineData("", "株式会社若葉電算", "若葉電算株式会社")] // the same company written either way, nothing said
    [InlineData("", "(株)若葉電算", "株式会社若葉電算")] // the same form written short and long
    [InlineData("一般競争入札による委託先の変更", "有限会社若葉印刷", "株式会社若葉印刷")] // the row says another company took over
    public void Detect_SameCompanyWrittenAnotherWay_OrStatedReplacement_IsNoRename(string explanation, string before, string after)
    {
        Assert.DoesNotContain(Detect(explanation, ("Ⅱ-4-委託事項1-⑥委託先名", before, after)), c => c.Type == EntityType.Contractor && c.Kind == SuccessionKind.Rename);
    }

    [Fact]
    public void Detect_UnitMovedToAnother部_IsARenameWhereARowSaysSo_AndInTheRowsThatDoNotSay()
    {
        const string header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明";
        var log = string.Join('\n', header,
            "令和4年4月1日\tI-7-①部署\t健康福祉部医療保険課\t市民生活部医療保険課\t事後\t機構改革による所管部の変更",
            "令和4年4月1日\tV-2-①連絡先\t健康福祉部医療保険課 電話 0478-32-2240\t市民生活部医療保険課 電話 0478-32-2240\t事後\t",
            "令和4年4月1日\tII-3-使用部署\t健康福祉部介護保険課\t市民生活部介護保険課\t事後\t");
        var changes = new CrossReferenceBuilder().Build(new ChangeLogParser().Parse(log, "test-log").Entries).RowChanges
            .Where(c => c.Type == EntityType.Department).ToList();

        Assert.Equal([2, 3], changes.Where(c => c.Kind == SuccessionKind.Rename).Select(c => c.Line).Order());
        Assert.Equal("市民生活部医療保険課", changes.First(c => c.Line == 3).After!.Name);
        Assert.DoesNotContain(changes, c => c.Line == 4); // another unit moved, with nothing said anywhere
    }

    [Fact]
    public void Detect_ArticleRenumberedUnderTheSameCaption_IsARenumber()
    {
        var changes = Detect("条例改正による条ずれ", ("I-5-法令上の根拠", "若葉町後期高齢者医療に関する条例第4条(普通徴収に係る保険料の納期)", "若葉町後期高齢者医療に関する条例第5条(普通徴収に係る保険料の納期)"));

        Assert.Equal(SuccessionKind.Renumber, Assert.Single(changes, c => c.Type == EntityType.Statute).Kind);
    }

    [Fact]
    public void Detect_LawTitleAfterATopic_DoesNotTakeTheTopicIntoTheTitle()
    {
        var changes = Detect("法律の題名改正",
            ("II-3-使用方法", "電子申請は行政手続等における情報通信の技術の利用に関する法律に基づき受け付ける。", "電子申請は情報通信技術を活用した行政の推進等に関する法律に基づき受け付ける。"));

        var rename = Assert.Single(changes, c => c.Type == EntityType.Statute);
        Assert.Equal("行政手続等における情報通信の技術の利用に関する法律", rename.Before!.Name);
    }

    [Fact]
    public void Detect_LawInANumberedList_IsNamedWithoutTheListsNumber()
    {
        var changes = Detect("条例の題名の改正",
            ("I-5-法令上の根拠", "1.番号法第9条第1項<br>2.若葉町個人番号の利用に関する条例第3条", "1.番号法第9条第1項<br>2.若葉町個人番号の利用及び特定個人情報の提供に関する条例第3条"));

        var rename = Assert.Single(changes, c => c.Type == EntityType.Statute);
        Assert.Equal(("若葉町個人番号の利用に関する条例", "若葉町個人番号の利用及び特定個人情報の提供に関する条例"), (rename.Before!.Name, rename.After!.Name));
    }

    [Theory]
    [InlineData("", "中国残留邦人等の円滑な帰国の促進及び永住帰国後の自立の支援に関する法律", "中国残留邦人等の円滑な帰国の促進並びに永住帰国した中国残留邦人等及び特定配偶者の自立の支援に関する法律")]
    [InlineData("旧法名の訂正", "地域における公的介護施設等の計画的な整備等の促進に関する法律", "地域における医療及び介護の総合的な確保の促進に関する法律")]
    public void Detect_LawRetitled_ByItsOpeningWordsOrAsTheRowSays_IsARename(string explanation, string before, string after)
    {
        var changes = Detect(explanation, ("I-1-②事務の内容", before + "による給付を行う。", after + "による給付を行う。"));

        Assert.Equal(SuccessionKind.Rename, Assert.Single(changes, c => c.Type == EntityType.Statute).Kind);
    }

    [Fact]
    public void Detect_AnOrdinanceAndItsRegulation_AreNotOneLawRetitled()
    {
        var changes = Detect(string.Empty, ("I-5-法令上の根拠", "若葉町後期高齢者医療に関する条例", "若葉町後期高齢者医療に関する条例施行規則"));

        Assert.DoesNotContain(changes, c => c.Type == EntityType.Statute && c.Kind == SuccessionKind.Rename);
    }

    [Fact]
    public void Detect_AnotherParagraphOfTheSameArticleUnderItsCaption_IsNotARenumberingOfTheArticle()
    {
        var changes = Detect(string.Empty, ("I-5-法令上の根拠", "番号法第9条第1項(利用範囲)", "番号法第9条第2項(利用範囲)"));

        Assert.DoesNotContain(changes, c => c.Type == EntityType.Statute && c.Reasons.Any(r => r.Contains("同じ見出しの条", StringComparison.Ordinal)));
    }

    [Fact]
    public void Detect_UnitThatBecameAnotherKindOfUnit_IsARename()
    {
        var change = Assert.Single(Detect(string.Empty, ("II-3-⑦使用部署", "健康福祉課、税務課、会計課", "健康福祉課、税務課、会計室")), c => c.Type == EntityType.Department);

        Assert.Equal((SuccessionKind.Rename, "会計課", "会計室"), (change.Kind, change.Before!.Name, change.After!.Name));
    }

    [Theory]
    [InlineData("住所地特例適用届", "住所地特例適用・変更・終了届", "住所地特例適用・変更・終了届")]
    [InlineData("高額介護サービス費支給申請書", "高額介護(予防)サービス費支給申請書", "高額介護(予防)サービス費支給申請書")]
    public void Detect_DocumentWhoseNameGrew_IsReadWholeAndARename(string before, string after, string name)
    {
        var change = Assert.Single(Detect(string.Empty, ("II-3-①入手元", before + "により入手する。", after + "により入手する。")), c => c.Type == EntityType.Document);

        Assert.Equal(name, change.After!.Name);
        if (before == "住所地特例適用届")
        {
            Assert.Equal(SuccessionKind.Rename, change.Kind);
        }
    }

    [Fact]
    public void Detect_DocumentNamedInFull_IsNoChange()
    {
        Assert.DoesNotContain(Detect(string.Empty, ("II-3-①入手元", "認定請求書により入手する。", "児童手当認定請求書により入手する。")), c => c.Type == EntityType.Document);
    }

    [Theory]
    [InlineData("子ども・子育て支援法第2条に基づく", "子ども・子育て支援法")]
    [InlineData("番号法第9条第1項児童手当法施行規則第1条の4に基づく", "児童手当法施行規則")]
    public void Detect_LawNames_ReadWhole_AndWithoutTheProvisionBefore(string after, string law) =>
        Assert.Contains(Detect(string.Empty, ("I-5-法令上の根拠", "—", after)), c => c.Type == EntityType.Statute && c.After?.Name == law);
}
