using System.Text;
using Bogus;
using PiaSearch.Morphology.Tokens;

namespace PiaSearch.Morphology.Tests.Tokens;

/// <summary>Offsets always point at the text analysed, whatever the text, in every mode.</summary>
public sealed class OffsetTests(DictionaryFixture fixture)
{
    private const string Alphabet = "住民基本台帳ネットワークシステムの情報政策課にサーバー・ｶﾀｶﾅＡＢＣabc0123４５６、。「」　 \t-ー～①Ⅱ";

    public static TheoryData<string> Awkward() =>
    [
        "😀絵文字😀のテスト👨‍👩‍👧",
        "हिन्दी देवनागरी और 日本語",
        "壊れた\uD800サロゲート\uDC00と\uDBFF",
        "\uD83D",
        "\uDE00末尾",
        "𠮷野家の𠮷",
        "\u0000\u0001制御文字\u007F",
        "ｶﾞｷﾞｸﾞﾊﾟﾋﾟ半角",
        "\uFFFF\uFFFE\uFEFF",
    ];

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Tokenize_AwkwardText_OffsetsPointAtTheText(string text)
    {
        foreach (var mode in Enum.GetValues<TokenizeMode>())
        {
            AssertOffsets(text, fixture.Analyzer.Tokenize(text, mode), mode);
        }
    }

    [Fact]
    public void Tokenize_RandomText_OffsetsPointAtTheTextInEveryMode()
    {
        var faker = new Faker { Random = new Randomizer(20240601) };
        for (var i = 0; i < 300; i++)
        {
            var text = new string(faker.Random.ArrayElements(Alphabet.ToCharArray(), faker.Random.Int(1, 40)).Concat(faker.Random.Chars('\u3040', '\u9FFF', faker.Random.Int(0, 20))).ToArray());
            foreach (var mode in Enum.GetValues<TokenizeMode>())
            {
                AssertOffsets(text, fixture.Analyzer.Tokenize(text, mode), mode);
            }
        }
    }

    [Fact]
    public void Tokenize_OneMegabyteLine_CompletesWithValidOffsets()
    {
        var faker = new Faker { Random = new Randomizer(7) };
        var builder = new StringBuilder();
        var corpus = File.ReadAllText(DictionaryFixture.CorpusPath).Replace('\n', ' ').Replace('\r', ' ');
        while (builder.Length < 1_000_000)
        {
            builder.Append(corpus, faker.Random.Int(0, corpus.Length - 200), 200);
            builder.Append(faker.Random.ArrayElement(["ア", "アイウエオカキクケコ", "漢字漢字漢字", "abc ", "😀"]));
        }

        var text = builder.ToString();
        var tokens = fixture.Analyzer.Tokenize(text, TokenizeMode.Search);

        AssertOffsets(text, tokens, TokenizeMode.Search);
        Assert.True(tokens.Count > 100_000, $"{tokens.Count} tokens");
    }

    [Fact]
    public void Tokenize_OneMegabyteOfOneKatakana_CompletesWithValidOffsets()
    {
        var text = new string('ア', 1_000_000);

        var tokens = fixture.Analyzer.Tokenize(text);

        AssertOffsets(text, tokens, TokenizeMode.Normal);
    }

    private static void AssertOffsets(string text, IReadOnlyList<MorphToken> tokens, TokenizeMode mode)
    {
        var covered = 0;
        foreach (var token in tokens)
        {
            Assert.InRange(token.Start, 0, text.Length);
            Assert.InRange(token.End, token.Start + 1, text.Length);
            Assert.Equal(token.Surface, text[token.Start..token.End]);
            if (token.PositionIncrement == 1)
            {
                // Parts follow one another; only whitespace is skipped between them.
                Assert.True(token.Start >= covered, $"{mode}: token {token.Surface} at {token.Start} overlaps the previous one ending at {covered}");
                Assert.True(IsMecabSpace(text[covered..token.Start]), $"{mode}: text skipped before {token.Surface}: [{text[covered..token.Start]}]");
                covered = token.End;
            }
        }

        Assert.True(IsMecabSpace(text[covered..]), $"{mode}: text left at the end: [{text[covered..]}]");
    }

    /// <summary>What MeCab skips: the SPACE category of IPADIC's char.def (space, tab, LF, VT, and U+00D0).</summary>
    private static bool IsMecabSpace(string s) => s.All(c => c is ' ' or '\t' or '\n' or '\v' or '\u00D0');
}
