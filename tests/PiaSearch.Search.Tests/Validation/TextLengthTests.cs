using PiaSearch.Search.Validation;

namespace PiaSearch.Search.Tests.Validation;

public sealed class TextLengthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("情報課", 3)]
    [InlineData("😀", 1)]
    [InlineData("𠮷野家", 3)]
    [InlineData("a😀b😀", 4)]
    [InlineData("👨‍👩‍👧", 5)] // three people joined by two zero-width joiners: five scalar values
    public void Of_Text_CountsScalarValues(string text, int expected) => Assert.Equal(expected, TextLength.Of(text));

    [Fact]
    public void Of_LoneSurrogates_CountOneEach()
    {
        // Built at run time: a lone surrogate in [InlineData] would be replaced when the test case is serialised.
        var text = "a" + '\uD83D' + "b" + '\uDE00' + '\uDE00';

        Assert.Equal(5, TextLength.Of(text));
    }

    [Fact]
    public void Exceeds_AThousandEmoji_IsWithinAThousandButNotNineHundredNinetyNine()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 1000));

        Assert.Equal(2000, text.Length);
        Assert.False(TextLength.Exceeds(text, 1000));
        Assert.True(TextLength.Exceeds(text, 999));
    }

    [Fact]
    public void Exceeds_MoreThanTwiceTheLimitInCodeUnits_IsTooLongWhateverTheText()
    {
        Assert.True(TextLength.Exceeds(string.Concat(Enumerable.Repeat("😀", 501)), 500));
        Assert.True(TextLength.Exceeds(new string('a', 1001), 1000));
        Assert.False(TextLength.Exceeds(new string('a', 1000), 1000));
    }

    [Fact]
    public void Text_AThousandEmoji_IsAcceptedAndOneMoreIsNotedWithItsCharacterCount()
    {
        var errors = new InputErrors();

        Assert.NotNull(errors.Text(string.Concat(Enumerable.Repeat("𠮷", 1000)), "q", 1000));
        Assert.True(errors.IsValid);
        Assert.Null(errors.Text(string.Concat(Enumerable.Repeat("𠮷", 1001)), "q", 1000));
        Assert.Contains("1,001 文字", errors.Errors["q"][0], StringComparison.Ordinal);
    }
}
