using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Tests.Questions;

/// <summary>Questions with characters outside the Basic Multilingual Plane (two UTF-16 units each) or broken text.</summary>
[Collection(CorpusModelCollection.Name)]
public sealed class QuestionSafetyTests(CorpusModelFixture corpus)
{
    [Theory]
    [InlineData("𠮷野家")]
    [InlineData("𠮷野家はいつ情報政策課になった?")]
    [InlineData("😀")]
    [InlineData("情報課😀はいつ情報政策課になった?")]
    [InlineData("👨‍👩‍👧 RKKCS の旧名は?")]
    public void Ask_TextOutsideTheBasicPlane_IsAnsweredWithoutAnException(string question)
    {
        var answer = new QuestionAnswerer(corpus.Model).Ask(question);

        // Answered: a sentence, with no surrogate pair cut in half in it or in what was understood of the question.
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.True(IsWellFormed(answer.Text), answer.Text);
        Assert.True(IsWellFormed(answer.Understood.Text), answer.Understood.Text);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Ask_NameAfterAnEmoji_IsStillSpottedWithItsOwnSpelling()
    {
        var answer = new QuestionAnswerer(corpus.Model).Ask("😀情報課はいつ情報政策課になった?");

        Assert.Equal(QuestionIntent.WhenRenamed, answer.Kind);
        Assert.Contains("令和3年度", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LoneSurrogate_IsAnsweredWithoutAnException()
    {
        // Built at run time: a lone surrogate in [InlineData] would be replaced when the test case is serialised.
        var answerer = new QuestionAnswerer(corpus.Model);
        var high = new string('\ud842', 1);
        var low = "情報課" + new string('\udfb7', 1) + "はいつ情報政策課になった?";

        Assert.False(string.IsNullOrWhiteSpace(answerer.Ask(high).Text));
        Assert.Equal(QuestionIntent.WhenRenamed, answerer.Ask(low).Kind);
    }
}
