using PiaSearch.Morphology.Tokens;

namespace PiaSearch.Morphology.Tests.Tokens;

public sealed class NormalModeTests(DictionaryFixture fixture)
{
    private IReadOnlyList<MorphToken> Tokenize(string text) => fixture.Analyzer.Tokenize(text);

    [Fact]
    public void Tokenize_ConjugatedVerb_HasItsDictionaryForm()
    {
        var token = Assert.Single(Tokenize("転入届に基づき記載する"), t => t.Surface == "基づき");

        Assert.Equal("基づく", token.BaseForm);
        Assert.Equal("動詞", token.PartOfSpeech.Pos1);
        Assert.Equal("連用形", token.PartOfSpeech.ConjugationForm);
        Assert.Equal("モトヅキ", token.Reading);
        Assert.Equal("モトズキ", token.Pronunciation);
    }

    [Fact]
    public void Tokenize_LatinCompanyName_IsOneUnknownNoun()
    {
        var tokens = Tokenize("株式会社RKKCSに委託");

        Assert.Equal(["株式会社", "RKKCS", "に", "委託"], tokens.Select(t => t.Surface));
        var rkkcs = tokens[1];
        Assert.Equal(TokenOrigin.Unknown, rkkcs.Origin);
        Assert.Equal("名詞", rkkcs.PartOfSpeech.Pos1);
        Assert.Null(rkkcs.Reading);
    }

    [Fact]
    public void Tokenize_PhoneNumber_SplitsIntoNumbersAndHyphens()
    {
        var tokens = Tokenize("電話03-5722-9350");

        Assert.Equal(["電話", "03", "-", "5722", "-", "9350"], tokens.Select(t => t.Surface));
        Assert.All(new[] { tokens[1], tokens[3], tokens[5] }, t => Assert.Equal("数", t.PartOfSpeech.Pos2));
    }

    [Fact]
    public void Tokenize_KatakanaWithDevanagariInside_CoversEveryCharacterOnce()
    {
        const string text = "ワンビシアークाइブズ株式会社";

        var tokens = Tokenize(text);

        Assert.Equal(text, string.Concat(tokens.Select(t => t.Surface)));
        Assert.Contains(tokens, t => t.Surface == "ワンビシアーク" && t.Origin == TokenOrigin.Unknown);
    }

    [Fact]
    public void Tokenize_Whitespace_SeparatesWordsButIsNeverAToken()
    {
        var tokens = Tokenize("  委託 先名\t\n変更  ");

        Assert.Equal(["委託", "先", "名", "変更"], tokens.Select(t => t.Surface));
        Assert.DoesNotContain(tokens, t => string.IsNullOrWhiteSpace(t.Surface));
    }

    [Fact]
    public void Tokenize_ManyThreadsAtOnce_GiveWhatOneThreadGives()
    {
        var lines = File.ReadLines(DictionaryFixture.GoldenPath).Select(l => l.Split('\t')[0]).ToList();
        var expected = lines.Select(l => string.Join(' ', Tokenize(l).Select(t => t.Surface))).ToList();
        var actual = new string[lines.Count];

        Parallel.For(0, lines.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var line = i % lines.Count;
            actual[line] = string.Join(' ', fixture.Analyzer.Tokenize(lines[line], (TokenizeMode)(i / lines.Count % 3))
                .Where(t => t.PositionIncrement == 1 && t.Origin != TokenOrigin.Compound)
                .Select(t => t.Surface));
            if (i / lines.Count % 3 == 0)
            {
                Assert.Equal(expected[line], actual[line]);
            }
        });
    }

    [Fact]
    public void Tokenize_Empty_GivesNoTokens()
    {
        Assert.Empty(Tokenize(string.Empty));
        Assert.Empty(Tokenize("   "));
    }
}
