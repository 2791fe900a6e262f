using PiaSearch.Documents.Text;

namespace PiaSearch.Documents.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("委託 先名", "委託先名")]
    [InlineData("システム運 用作業", "システム運用作業")]
    [InlineData("委託　先名", "委託先名")]
    [InlineData("ＲＫＫＣＳ", "RKKCS")]
    [InlineData("Ⅱ-4", "II-4")]
    [InlineData("ｻｰﾊﾞｰ", "サーバー")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("令和２年４月１日", "令和2年4月1日")]
    public void Normalize_KnownForms_AreFolded(string source, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(source));

    [Theory]
    [InlineData("2 事務の内容", "2 事務の内容")]
    [InlineData("RKKCS 株式会社", "RKKCS 株式会社")]
    [InlineData("課\n室", "課\n室")]
    [InlineData("hello world", "hello world")]
    public void Normalize_SpaceNotBetweenTwoJapaneseCharacters_IsKept(string source, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(source));

    [Fact]
    public void NormalizeWithOffsets_EveryOutputCharacter_PointsAtItsSource()
    {
        const string source = "ｶﾞｲﾄﾞ 委託 先名 ＡＢＣ";
        var normalized = TextNormalizer.NormalizeWithOffsets(source);

        Assert.Equal("ガイド委託先名 ABC", normalized.Text);
        Assert.Equal(normalized.Text.Length + 1, normalized.SourceOffsets.Count);
        Assert.Equal(source.IndexOf('委', StringComparison.Ordinal), normalized.ToSourceOffset(normalized.Text.IndexOf('委', StringComparison.Ordinal)));
        Assert.Equal(source.IndexOf('先', StringComparison.Ordinal), normalized.ToSourceOffset(normalized.Text.IndexOf('先', StringComparison.Ordinal)));
        Assert.Equal(source.IndexOf('Ｂ', StringComparison.Ordinal), normalized.ToSourceOffset(normalized.Text.IndexOf('B', StringComparison.Ordinal)));
        Assert.Equal(source.Length, normalized.ToSourceOffset(normalized.Text.Length));
        Assert.True(normalized.SourceOffsets.Zip(normalized.SourceOffsets.Skip(1)).All(p => p.First <= p.Second), "offsets must not go backwards");
    }

    [Fact]
    public void NormalizeWithOffsets_KeepEnclosedNumbers_KeepsCircledDigits()
    {
        Assert.Equal("⑥委託先名", TextNormalizer.NormalizeWithOffsets("⑥委託 先名", keepEnclosedNumbers: true).Text);
        Assert.Equal("6委託先名", TextNormalizer.Normalize("⑥委託 先名"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b")]
    [InlineData("😀 絵文字")]
    [InlineData("\u0301\u0301")]
    public void Normalize_OddInput_DoesNotThrow(string source)
    {
        var normalized = TextNormalizer.NormalizeWithOffsets(source);
        Assert.Equal(normalized.Text.Length + 1, normalized.SourceOffsets.Count);
    }
}
