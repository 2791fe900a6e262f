using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Tests.Questions;

/// <summary>Reading 「XがAからBに変わったのはいつか」: what changed, from what, to what.</summary>
public sealed class ContentChangeParseTests
{
    [Theory]
    [InlineData("保管場所がサーバ室からデータセンターに変わったのはいつか", "保管場所", "サーバ室", "データセンター")]
    [InlineData("消去の方法が上書きから物理的破壊に変更されたのはいつですか。", "消去の方法", "上書き", "物理的破壊")]
    [InlineData("連絡先の記載は「FAX」から「電子メール」へ切り替わったのはいつ?", "連絡先の記載", "FAX", "電子メール")]
    [InlineData("いつ紙の台帳から電子ファイルに移行した？", null, "紙の台帳", "電子ファイル")]
    [InlineData("根拠が番号法第19条第8号に変わったのはいつか", "根拠", null, "番号法第19条第8号")]
    [InlineData("When did the storage change from the server room to the data centre?", "the storage", "the server room", "the data centre")]
    public void Parse_ContentChangeQuestion_GivesItsParts(string question, string? about, string? from, string to)
    {
        var change = ContentChangeAnswers.Parse(question);

        Assert.NotNull(change);
        Assert.Equal(about, change.About);
        Assert.Equal(from, change.From);
        Assert.Equal(to, change.To);
    }

    [Theory]
    [InlineData("株式会社RKKCSはいつから委託先?")]           // since when, not a change
    [InlineData("保管場所をサーバ室からデータセンターに変えた理由は?")] // not asking when
    [InlineData("所属長の変遷")]
    [InlineData("いつ")]
    public void Parse_OtherQuestions_AreNotContentChanges(string question) =>
        Assert.Null(ContentChangeAnswers.Parse(question));
}
