using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Tests.Questions;

/// <summary>
/// Questions as staff write them, over two fictional towns' logs written for these tests (若葉町 wakaba-kouki, 青葉町 aoba-kouki):
/// a file named two ways, items numbered only by the form, replaced documents, repealed laws, captions, English names.
/// </summary>
public sealed class NaturalQuestionTests
{
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() =>
    {
        var wakaba = TestLogs.Parse(
            "wakaba-kouki",
            ("平成29年4月1日", "(後期高齢者医療被保険者ファイル) Ⅱ-4-委託の有無", "[委託する] (1件)", "[委託する] (2件)"),
            ("令和2年4月1日", "(被保険者ファイル) Ⅱ-4-委託の有無", "[委託する] (2件)", "[委託する] (3件)"),
            ("令和2年4月1日", "(被保険者ファイル) Ⅱ-4-委託事項3-①委託内容", "—", "コールセンター業務"),
            ("令和2年4月1日", "(被保険者ファイル) Ⅱ-4-委託事項3-⑥委託先名", "—", "株式会社ワカバコール"),
            ("令和2年4月1日", "(被保険者ファイル) Ⅱ-5-提供先2-①提供先", "—", "日本年金機構"),
            ("令和3年4月1日", "(被保険者ファイル) Ⅱ-4-委託事項1-⑥委託先名", "調整中", "株式会社ワカバ電算"),
            ("令和3年6月1日", "Ⅵ-3-①実施日", "44000", "44350"),
            ("令和5年4月1日", "I-5-法令上の根拠", "3 若葉町個人情報保護条例", "3 若葉町個人情報の保護に関する法律施行条例"),
            ("令和6年12月2日", "(被保険者ファイル) Ⅱ-3-②入手方法", "被保険者証", "資格確認書"),
            ("令和7年4月1日", "I-5-法令上の根拠", "9 若葉町後期高齢者医療に関する条例第6条(延滞金)", "9 若葉町後期高齢者医療に関する条例第6条(延滞金の額)"),
            ("令和7年4月1日", "別添4-13", "追加", "提供先：後期高齢者医療広域連合 法令上の根拠：番号法第19条第8号"),
            ("令和2年度", "II-5-提供・移転の有無", "[○] 提供を行っている (1)件 [○] 移転を行っている (2)件", "[○] 提供を行っている (2)件 [○] 移転を行っている (2)件"),
            ("令和4年12月16日", "(被保険者ファイル) II-5-提供・移転の有無", "[○] 提供を行っている (2)件 [○] 移転を行っている (2)件", "[○] 提供を行っている (3)件 [○] 移転を行っている (1)件"),
            ("令和5年4月1日", "(被保険者ファイル) Ⅱ-4-委託事項1-⑥委託先名", "株式会社ワカバ電算", "株式会社ミナミ情報"),
            ("令和2年4月1日", "(被保険者ファイル) Ⅱ-4-委託事項4-①委託内容", "—", "封入封緘業務"),
            ("令和2年4月1日", "(被保険者ファイル) Ⅱ-4-委託事項4-⑥委託先名", "—", "未定（令和2年度中に決定）"),
            ("令和3年1月1日", "(被保険者ファイル) Ⅱ-4-委託事項4-⑥委託先名", "未定（令和2年度中に決定）", "株式会社ワカバ封入"));
        var aoba = TestLogs.Parse(
            "aoba-kouki",
            ("令和4年6月1日", "VI 評価実施手続き 3.第三者点検 ①実施日", "44300", "44700"));
        var organisations = new Dictionary<string, string> { ["wakaba-kouki"] = "若葉町", ["aoba-kouki"] = "青葉町" };
        return new QuestionAnswerer(new CrossReferenceBuilder().Build(wakaba.Concat(aoba), id => organisations.GetValueOrDefault(id)));
    });

    private static Answer Ask(string question) => Answerer.Value.Ask(question);

    [Fact]
    public void Ask_CountOfAFileWrittenTwoWays_ReadsTheLaterRowsToo()
    {
        var answer = Ask("令和2年4月1日時点で、若葉町の後期高齢者医療被保険者ファイルの委託は何件でしたか。");

        Assert.Contains("3件", answer.Text, StringComparison.Ordinal);
        Assert.Contains(3, answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_WhenAnItemOfAFileWrittenTwoWaysWasAdded()
    {
        var answer = Ask("若葉町の後期高齢者医療被保険者ファイルで、委託事項3が追加されたのはいつですか。");

        Assert.Equal(QuestionIntent.WhenAdded, answer.Kind);
        Assert.Contains("令和2年4月1日", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ItemsAddedInAYear_FoundByTheirFirstField_WithWhatTheirRowsSay()
    {
        var answer = Ask("令和2年4月1日の変更で、若葉町の被保険者ファイルに追加された委託事項とその委託先を教えてください。");

        Assert.Equal(QuestionIntent.WhatAdded, answer.Kind);
        Assert.Contains("コールセンター業務", answer.Text, StringComparison.Ordinal);
        Assert.Contains("株式会社ワカバコール", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("日本年金機構", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DestinationsAddedByAListRow_AreReadFromItsCell()
    {
        var answer = Ask("令和7年度の変更で若葉町に追加された提供先はどこですか。");

        Assert.Contains("後期高齢者医療広域連合", answer.Text, StringComparison.Ordinal);
        Assert.Equal([12], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_WhenAPlaceholderWasFilled_IsTheChangeFromIt()
    {
        var answer = Ask("若葉町の被保険者ファイルの委託事項1の委託先が、調整中から決まったのはいつですか。");

        Assert.Contains("令和3年4月1日", answer.Text, StringComparison.Ordinal);
        Assert.Contains(7, answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_AnItemTheLogNumbersOnly_IsFoundByTheFormsHeading_ForEachMunicipality()
    {
        var answer = Ask("第三者点検が直近に実施されたのはいつですか。");

        Assert.True(answer.Kind == QuestionIntent.ValueAsOf, answer.Text);
        Assert.Contains("【若葉町】", answer.Text, StringComparison.Ordinal);
        Assert.Contains("令和3年6月3日", answer.Text, StringComparison.Ordinal); // 44350 under Ⅵ-3 (第三者点検) ①実施日
        Assert.Contains("【青葉町】", answer.Text, StringComparison.Ordinal);
        Assert.Contains("令和4年5月19日", answer.Text, StringComparison.Ordinal); // 44700
    }

    [Theory]
    [InlineData("資格確認書の前は何という書類でしたか。", "被保険者証")]
    [InlineData("若葉町の被保険者証は、その後何という書類になりましたか。", "資格確認書")]
    public void Ask_TheOneBeforeOrAfterAReplacedDocument(string question, string expected)
    {
        var answer = Ask(question);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Equal([10], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_WhatARepealedOrdinanceBecame_IsTheOneThatTookItsPlace()
    {
        var answer = Ask("若葉町個人情報保護条例は、その後何という名前の条例になりましたか。");

        Assert.Contains("若葉町個人情報の保護に関する法律施行条例", answer.Text, StringComparison.Ordinal);
        Assert.Equal([9], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_AnArticlesFormerCaption()
    {
        var answer = Ask("若葉町後期高齢者医療に関する条例第6条の見出しは、以前は何でしたか。");

        Assert.Contains("延滞金）", answer.Text, StringComparison.Ordinal);
        Assert.Equal([11], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_InEnglish_NamesTheMunicipalityByItsLogsRomanisedId()
    {
        var answer = Ask("As of 2020-04-01, how many 委託 did Wakaba's 被保険者ファイル have?");

        Assert.True(answer.Understood.Organisation == "若葉町", answer.Text);
        Assert.Contains("3", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("名前の条例")] // 「名前の」 holds 「前の」: not a question about the one before
    public void Parse_NameOf_IsNotFormer(string words)
    {
        var answer = Ask($"若葉町個人情報保護条例は、その後何という{words}になりましたか。");

        Assert.NotEqual(QuestionIntent.FormerName, answer.Understood.Intent);
    }

    [Fact]
    public void Ask_CountOfAnItemWrittenOnceWithoutItsFile_IsOneItem_WithTheLatestValue()
    {
        var answer = Ask("若葉町の提供と移転はそれぞれ何件ですか");

        Assert.Contains("提供の件数は3件", answer.Text, StringComparison.Ordinal);
        Assert.Contains("移転の件数は1件", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("提供・移転の有無", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CountBeforeAYearsChange_IsTheOldestKnownValue_SayingItMayAlreadyHaveChanged()
    {
        var answer = Ask("令和2年4月1日時点の若葉町の提供の件数は?");

        Assert.Contains("1件", answer.Text, StringComparison.Ordinal);
        Assert.Contains("可能性", answer.Text, StringComparison.Ordinal);
        Assert.Contains(13, answer.Evidence.Select(e => e.Line));
    }

    [Theory]
    [InlineData("令和3年2月29日時点で若葉町の委託は何件", "令和3年2月29日")]
    [InlineData("How many entrustments did Wakaba have on April 31, 2021?", "April 31, 2021")]
    public void Ask_ADayThatDoesNotExist_IsSaid_NotAnsweredForToday(string question, string day)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionIntent.Unknown, answer.Kind);
        Assert.Contains(day, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatWasAddedInAYearWithNone_SaysNone()
    {
        var answer = Ask("令和5年度の変更で若葉町に追加された提供先は?");

        Assert.Equal(QuestionIntent.WhatAdded, answer.Kind);
        Assert.Contains("ありません", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhenAnItemNeverRemovedWasRemoved_SaysNoneIsRecorded()
    {
        var answer = Ask("若葉町の委託事項3が削除されたのはいつですか");

        Assert.Equal(QuestionIntent.WhenRemoved, answer.Kind);
        Assert.Contains("記録されていません", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When was entrustment item 3 of Wakaba added?", QuestionIntent.WhenAdded)]
    [InlineData("What is 3 June 2021?", QuestionIntent.WhatDate)]
    public void Ask_InEnglish(string question, QuestionIntent kind) =>
        Assert.Equal(kind, Ask(question).Kind);

    [Fact]
    public void Ask_ADayNumberWithAMinus_IsNoDayNumber()
    {
        Assert.NotEqual(QuestionIntent.WhatDate, Ask("-44350はいつ").Kind);
    }

    [Fact]
    public void Ask_IsItARename_TakesTheTwoNamesOfOneType_WhateverElseTheQuestionNames()
    {
        var answer = Ask("被保険者証の印刷の委託先が株式会社ワカバ電算から株式会社ミナミ情報に変わったのは、会社の名前が変わっただけという理解でよろしいでしょうか。");

        Assert.Equal(QuestionIntent.IsRename, answer.Kind);
        Assert.StartsWith("【若葉町】いいえ", answer.Text, StringComparison.Ordinal);
        Assert.Equal([15], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_WhenAPlaceholderWithANoteGaveWay_IsThatChange()
    {
        var answer = Ask("若葉町の被保険者ファイルの委託事項4の委託先が未定から決まったのはいつですか");

        Assert.Contains("令和3年1月1日", answer.Text, StringComparison.Ordinal);
        Assert.Contains(18, answer.Evidence.Select(e => e.Line));
    }

    [Theory]
    [InlineData("若葉町の被保険者証は何に変わりましたか", "資格確認書")]
    [InlineData("若葉町の被保険者証は、その後どのような書類に変わりましたか", "資格確認書")]
    public void Ask_WhatANameBecame_InOtherWords(string question, string expected)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionIntent.CurrentName, answer.Kind);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AValueOnTheDayItChanged_SaysWhatItWasBefore()
    {
        var answer = Ask("令和5年4月1日の若葉町の被保険者ファイルの委託事項1の委託先は?");

        Assert.Contains("株式会社ミナミ情報", answer.Text, StringComparison.Ordinal);
        Assert.Contains("変更前は「株式会社ワカバ電算」", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowItemsWentUpAndDown_ListsBoth()
    {
        var answer = Ask("令和2年4月1日の変更で、若葉町の被保険者ファイルの委託事項はどう増減しましたか");

        Assert.Equal(QuestionIntent.WhatAdded, answer.Kind);
        Assert.Contains("委託事項3", answer.Text, StringComparison.Ordinal);
        Assert.Contains("削除された委託事項はありません", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowAnItemChangedOverTime_IsItsHistory()
    {
        var answer = Ask("若葉町の被保険者ファイルの委託事項1の委託先は、これまでどう変わってきましたか");

        Assert.Equal(QuestionIntent.History, answer.Kind);
        Assert.Contains("株式会社ミナミ情報", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhenRenamed_SaysWhyAsTheRowExplainsIt()
    {
        const string log = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n" +
            "令和3年4月1日\tⅡ-4-委託事項1-⑥委託先名\t株式会社アオバ入力\t株式会社アオバビジネスサポート\t事後\t委託先の合併による商号変更";
        var model = new CrossReferenceBuilder().Build(new Documents.ChangeLogs.ChangeLogParser().Parse(log, "aoba-test").Entries);

        var answer = new QuestionAnswerer(model).Ask("株式会社アオバ入力はいつ株式会社アオバビジネスサポートになりましたか。");

        Assert.Equal(QuestionIntent.WhenRenamed, answer.Kind);
        Assert.Contains("説明：委託先の合併による商号変更", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AValueOfAnItemSaidToHaveBeenAdded_IsStillAValue()
    {
        var answer = Ask("令和2年6月1日時点で、追加された若葉町の被保険者ファイルの委託事項3の委託先はどこですか");

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        Assert.Contains("株式会社ワカバコール", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhenACountChanged_IsNotACountNow()
    {
        Assert.NotEqual(QuestionIntent.HowMany, Ask("若葉町の提供の件数が2件から3件に変わったのはいつですか").Kind);
    }

    [Fact]
    public void Ask_BeforeAYear_IsTheValueBeforeItsChanges()
    {
        var answer = Ask("令和5年度より前の若葉町の被保険者ファイルの委託事項1の委託先は?");

        Assert.Contains("「株式会社ワカバ電算」", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("「株式会社ミナミ情報」です", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhenAPlaceholderWasNoLongerThere_IsWhenItWasDecided()
    {
        var answer = Ask("若葉町の被保険者ファイルの委託事項4の委託先が未定でなくなったのはいつですか");

        Assert.Contains("令和3年1月1日", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HistoryOfOneItem_IsThatItemsHistory_NotTheBusiestItems()
    {
        var answer = Ask("若葉町の被保険者ファイルの委託事項4の委託先の履歴は?");

        Assert.Equal(QuestionIntent.History, answer.Kind);
        Assert.Contains("株式会社ワカバ封入", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ミナミ情報", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who was the department head on 1 April 2020?", "所属長")]
    [InlineData("Which departments used the file on 1 April 2020?", "使用部署")]
    public void Parse_EnglishRoles(string question, string role) =>
        Assert.Equal(role, Ask(question).Understood.Role);

    [Fact]
    public void Ask_ANameOnlyAnotherMunicipalityWrites_IsSaidNotToBeThere()
    {
        var answer = Answerer.Value.Ask("株式会社ワカバ電算の現在の名称は?", "青葉町");

        Assert.Contains("記載がありません", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_TwoQuestionsOneNotAnswered_SaysSoWithoutGluingTheNotAnsweredText()
    {
        var answer = Ask("若葉町の委託事項3が追加されたのはいつですか。また、その理由は何ですか。");

        Assert.Contains("令和2年4月1日", answer.Text, StringComparison.Ordinal);
        Assert.Contains("もう一つの質問には答えられませんでした", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("次のような質問ができます", answer.Text, StringComparison.Ordinal);
    }
}
