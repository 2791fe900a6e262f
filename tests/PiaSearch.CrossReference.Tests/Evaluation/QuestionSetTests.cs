using PiaSearch.CrossReference.Evaluation;

namespace PiaSearch.CrossReference.Tests.Evaluation;

public sealed class QuestionSetTests
{
    private static IReadOnlyList<QuestionCase> Parse(string text)
    {
        using var reader = new StringReader(text);
        return QuestionSet.Parse(reader);
    }

    [Fact]
    public void Parse_WellFormed_ReadsFactsAlternativesAndRows()
    {
        var cases = Parse("# comment\nid\tlog\tmunicipality\tquestion\tfacts\tevidence\tnote\n\n" +
            "q1\tlog-a\t潮見市\t委託先はどこか。\tA|B ; C\t12, log-b:7\ta note\n");

        var question = Assert.Single(cases);
        Assert.Equal(4, question.Line);
        Assert.Equal("潮見市", question.Municipality);
        Assert.Equal(2, question.Facts.Count);
        Assert.Equal(["A", "B"], question.Facts[0]);
        Assert.Equal([new ExpectedRow("log-a", 12), new ExpectedRow("log-b", 7)], question.Evidence);
    }

    [Fact]
    public void Parse_EmptyMunicipality_IsNone()
    {
        Assert.Null(Parse("q1\tlog-a\t\t委託先はどこか。\tA\t12\n")[0].Municipality);
    }

    [Theory]
    [InlineData("q2\tlog-a\t\t委託先はどこか。\tA\n", "columns")]
    [InlineData("q2\tlog-a\t\t委託先はどこか。\t ; \t12\n", "no key facts")]
    [InlineData("q2\tlog-a\t\t委託先はどこか。\tA\tline-twelve\n", "evidence row 'line-twelve'")]
    [InlineData("q2\tlog-a\t\t委託先はどこか。\tA\tlog-a:0\n", "evidence row 'log-a:0'")]
    [InlineData("q2\tlog-a\t\t委託先はどこか。\tA\t \n", "no evidence rows")]
    [InlineData("q2\t\t\t委託先はどこか。\tA\t12\n", "must not be empty")]
    [InlineData("q1\tlog-a\t\t委託先はどこか。\tA\t12\n", "repeats line 2")]
    public void Parse_MalformedLine_SaysWhichLineInBothLanguages(string secondLine, string english)
    {
        var error = Assert.Throws<FormatException>(() => Parse("# questions\nq1\tlog-a\t\t委託先はどこか。\tA\t12\n" + secondLine));

        Assert.Contains("3 行目", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains(english, error.Message, StringComparison.Ordinal);
    }
}
