using PiaSearch.Documents.Dates;

namespace PiaSearch.Documents.Tests.Dates;

public sealed class JapaneseDateParserTests
{
    [Theory]
    [InlineData("平成27年10月30日", "2015-10-30", "2015-10-30")]
    [InlineData("平成28年7月21日", "2016-07-21", "2016-07-21")]
    [InlineData("令和1年10月1日", "2019-10-01", "2019-10-01")]
    [InlineData("令和元年10月1日", "2019-10-01", "2019-10-01")]
    [InlineData("令和２年４月１日", "2020-04-01", "2020-04-01")]
    [InlineData("令和 4年 12月 16日", "2022-12-16", "2022-12-16")]
    [InlineData("令和2年度", "2020-04-01", "2021-03-31")]
    [InlineData("令和3年度", "2021-04-01", "2022-03-31")]
    [InlineData("平成27年7月", "2015-07-01", "2015-07-31")]
    [InlineData("令和6年", "2024-01-01", "2024-12-31")]
    [InlineData("H27.10.30", "2015-10-30", "2015-10-30")]
    [InlineData("R2.4.1", "2020-04-01", "2020-04-01")]
    [InlineData("昭和64年1月7日", "1989-01-07", "1989-01-07")]
    [InlineData("2021年4月1日", "2021-04-01", "2021-04-01")]
    [InlineData("2021-04-01", "2021-04-01", "2021-04-01")]
    [InlineData("2021/4/1", "2021-04-01", "2021-04-01")]
    [InlineData("2021年度", "2021-04-01", "2022-03-31")]
    [InlineData("41957", "2014-11-14", "2014-11-14")]
    [InlineData("43010", "2017-10-02", "2017-10-02")]
    [InlineData("平成29年8月15日から平成29年9月15日まで", "2017-08-15", "2017-09-15")]
    [InlineData("令和3年4月1日～令和3年6月30日", "2021-04-01", "2021-06-30")]
    public void TryParse_KnownForms_GiveTheInterval(string text, string from, string to)
    {
        Assert.True(JapaneseDateParser.TryParse(text, out var span), text);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), span!.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), span.To);
        Assert.Equal(text, span.Raw);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("未定")]
    [InlineData("令和2年13月1日")]
    [InlineData("平成27年2月30日")]
    [InlineData("令和0年1月1日")]
    [InlineData("123")]
    [InlineData("99999")]
    [InlineData("12345")]
    [InlineData("平成29年9月15日から平成29年8月15日まで")]
    public void TryParse_NotADate_ReturnsFalse(string text) =>
        Assert.False(JapaneseDateParser.TryParse(text, out _), text);

    [Fact]
    public void TryParse_SerialNotAllowed_RejectsBareNumbers() =>
        Assert.False(JapaneseDateParser.TryParse("41957", new DateParseOptions { AllowExcelSerial = false }, out _));

    [Fact]
    public void TryParse_SurroundingTextAllowed_FindsTheDate()
    {
        Assert.True(JapaneseDateParser.TryParse("平成27年7月予定", new DateParseOptions { AllowSurroundingText = true }, out var span));
        Assert.Equal(new DateOnly(2015, 7, 1), span!.From);
        Assert.False(JapaneseDateParser.TryParse("平成27年7月予定", out _));
    }

    [Theory]
    [InlineData("2021-03-31", "2021-03-31", false)]
    [InlineData("2021-04-01", "2021-04-01", true)]
    [InlineData("2022-03-31", "2023-01-01", true)]
    [InlineData("2022-04-01", null, false)]
    [InlineData(null, "2020-01-01", false)]
    public void Overlaps_FiscalYear_ComparesInclusiveBounds(string? from, string? to, bool expected)
    {
        Assert.True(JapaneseDateParser.TryParse("令和3年度", out var span));
        DateOnly? f = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly? t = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, span!.Overlaps(f, t));
    }

    [Theory]
    [InlineData("令和3年4月1日", DatePrecision.Day)]
    [InlineData("43010", DatePrecision.Day)]
    [InlineData("平成27年7月", DatePrecision.Month)]
    [InlineData("令和3年度", DatePrecision.FiscalYear)]
    [InlineData("令和6年", DatePrecision.Year)]
    [InlineData("平成29年8月15日から平成29年9月15日まで", DatePrecision.Day)]
    [InlineData("平成29年8月15日から平成29年9月まで", DatePrecision.Month)]
    [InlineData("令和2年度～令和3年4月1日", DatePrecision.FiscalYear)]
    public void TryParse_WithPrecision_SaysHowFinelyItWasWritten_ACoarserEndWinning(string text, DatePrecision expected)
    {
        Assert.True(JapaneseDateParser.TryParse(text, DateParseOptions.Default, out _, out var precision), text);
        Assert.Equal(expected, precision);
    }
}
