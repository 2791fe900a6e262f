using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Tests.Questions;

[Collection(CorpusModelCollection.Name)]
public sealed class QuestionAnswererTests(CorpusModelFixture corpus, ITestOutputHelper output)
{
    private Answer Ask(string question)
    {
        var answer = new QuestionAnswerer(corpus.Model).Ask(question);
        output.WriteLine($"{question} → [{answer.Kind}] {answer.Text} ({string.Join(", ", answer.Evidence.Select(e => e.Line))})");
        return answer;
    }

    [Theory]
    [InlineData("情報課はいつ情報政策課になった?")]
    [InlineData("情報課はいつ情報政策課になった")]
    [InlineData("情報課が情報政策課に変わったのはいつ？")]
    [InlineData("When did 情報課 become 情報政策課?")]
    public void Ask_WhenRenamed_AnswersFiscal2021WithTheRows(string question)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionIntent.WhenRenamed, answer.Kind);
        Assert.Contains("令和3年度", answer.Text, StringComparison.Ordinal);
        Assert.Equal([320, 329, 330], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_ChainOfRenames_FollowsIt()
    {
        var answer = Ask("総務省令はいつ個人番号カード省令になった?");

        Assert.Equal(QuestionIntent.WhenRenamed, answer.Kind);
        Assert.Contains("令和2年度", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, answer.Data.Successions.Count);
    }

    [Theory]
    [InlineData("番号法第19条第7号はいつ第8号になった?", new[] { 319, 325, 337 })]
    [InlineData("番号法第十九条第六号はいつ変わった?", new[] { 326, 327, 328 })]
    public void Ask_WhenProvisionRenumbered_AnswersWithTheRows(string question, int[] lines)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionIntent.WhenRenamed, answer.Kind);
        Assert.Contains("令和3年度", answer.Text, StringComparison.Ordinal);
        Assert.Equal(lines, answer.Evidence.Select(e => e.Line));
    }

    [Theory]
    [InlineData("株式会社RKKCSの旧名は?")]
    [InlineData("What was the former name of RKKCS?")]
    public void Ask_FormerName_GivesTheOldName(string question)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionIntent.FormerName, answer.Kind);
        Assert.Contains("株式会社アール・ケー・ケー・コンピューター・サービス", answer.Text, StringComparison.Ordinal);
        Assert.Equal([324], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_ValueOnADayInsideAFiscalYearOfChange_SaysItMayHaveChanged()
    {
        var answer = Ask("2020年6月1日時点の本人確認情報ファイル委託事項1の委託先は?");

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        Assert.Contains("「未定」", answer.Text, StringComparison.Ordinal);
        Assert.Contains("株式会社オーイーシー", answer.Text, StringComparison.Ordinal);
        Assert.Contains(171, answer.Evidence.Select(e => e.Line));
        Assert.Contains(292, answer.Evidence.Select(e => e.Line));
    }

    [Theory]
    [InlineData("RKKCSはいつから委託先?")]
    [InlineData("Since when is RKKCS a contractor?")]
    public void Ask_SinceWhen_GivesTheFirstDayInTheSlot(string question)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionIntent.SinceWhen, answer.Kind);
        Assert.Contains("令和1年10月1日", answer.Text, StringComparison.Ordinal);
        Assert.Contains(107, answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_HistoryOfTheHead_ListsThePeopleInOrder()
    {
        var answer = Ask("所属長の変遷");

        Assert.Equal(QuestionIntent.History, answer.Kind);
        Assert.Equal(["志村 将憲", "小野塚 知子", "大野 容一"], answer.Data.History.Select(h => h.Value));
        Assert.True(answer.Text.IndexOf("志村", StringComparison.Ordinal) < answer.Text.IndexOf("大野", StringComparison.Ordinal));
        Assert.Equal([8, 37], answer.Evidence.Select(e => e.Line));
    }

    [Theory]
    [InlineData("今日の天気は?")]
    [InlineData("")]
    [InlineData("what is the meaning of life")]
    public void Ask_SomethingElse_SaysSoAndSuggests(string question)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionIntent.Unknown, answer.Kind);
        Assert.NotEmpty(answer.Suggestions);
        Assert.Empty(answer.Evidence);
    }

    [Fact]
    public void Ask_SuggestedQuestions_AreAnswered()
    {
        var suggestions = Ask("?").Suggestions;

        Assert.All(suggestions, s => Assert.NotEqual(QuestionIntent.Unknown, Ask(s).Kind));
    }

    [Fact]
    public void Ask_AnyMixOfNamesDatesAndWords_NeverThrowsAndAlwaysSaysSomething()
    {
        var faker = new Bogus.Faker("ja") { Random = new Bogus.Randomizer(42) };
        var names = corpus.Model.Entities.Select(e => e.Name).ToArray();
        string[] fragments = ["はいつ", "になった", "の旧名は", "いつから", "委託先", "所属長", "の変遷", "時点の", "委託事項1", "本人確認情報ファイル",
            "2020年13月40日", "令和99年度", "令和元年", "2021-02-30", "第19条第", "号", "?", "when did", "become", "history of", "since", " ", "（", "）"];
        var answerer = new QuestionAnswerer(corpus.Model);
        for (var i = 0; i < 300; i++)
        {
            var parts = Enumerable.Range(0, faker.Random.Int(1, 6)).Select(_ => faker.Random.Bool() ? faker.PickRandom(names) : faker.PickRandom(fragments));
            var question = string.Concat(parts) + (faker.Random.Bool(0.2f) ? faker.Lorem.Sentence() : string.Empty);

            var answer = answerer.Ask(question);

            Assert.False(string.IsNullOrWhiteSpace(answer.Text), question);
        }
    }

    [Fact]
    public void Ask_EmptyModel_SaysItCannotAnswer()
    {
        var answer = new QuestionAnswerer(new PiaSearch.CrossReference.Model.CrossReferenceBuilder().Build([])).Ask("情報課はいつ情報政策課になった?");

        Assert.Equal(QuestionIntent.Unknown, answer.Kind);
    }
}
