using System.Globalization;
using PiaSearch.Documents.Dates;

namespace PiaSearch.Documents.Tests.Dates;

public sealed class JapaneseDateFormatterTests
{
    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2017-10-02", "平成29年10月2日")]
    [InlineData("2014-11-14", "平成26年11月14日")]
    [InlineData("2019-04-30", "平成31年4月30日")]
    [InlineData("2019-05-01", "令和元年5月1日")]
    [InlineData("2020-01-01", "令和2年1月1日")]
    [InlineData("1989-01-07", "昭和64年1月7日")]
    [InlineData("1989-01-08", "平成元年1月8日")]
    [InlineData("1926-12-25", "昭和元年12月25日")]
    [InlineData("1912-07-29", "明治45年7月29日")]
    [InlineData("1867-12-31", "1867年12月31日")]
    public void Day_GivesTheEraOfThatDay(string iso, string expected)
    {
        Assert.Equal(expected, JapaneseDateFormatter.Day(Day(iso)));
    }

    [Theory]
    [InlineData("2017-10-02", "2017-10-02", "平成29年10月2日")]
    [InlineData("2017-08-15", "2017-09-15", "平成29年8月15日〜平成29年9月15日")]
    [InlineData("2019-04-01", "2019-05-31", "平成31年4月1日〜令和元年5月31日")]
    [InlineData("2015-10-01", "2015-10-31", "平成27年10月")]
    [InlineData("2021-04-01", "2022-03-31", "令和3年度")]
    [InlineData("2019-04-01", "2020-03-31", "令和元年度")]
    [InlineData("2018-04-01", "2019-03-31", "平成30年度")]
    [InlineData("1988-04-01", "1989-03-31", "昭和63年度")]
    [InlineData("2024-01-01", "2024-12-31", "令和6年")]
    [InlineData("2021-04-01", "2021-04-30", "令和3年4月")]
    [InlineData("2021-04-02", "2021-04-30", "令和3年4月2日〜令和3年4月30日")]
    [InlineData("2017-09-15", "2017-08-15", "平成29年8月15日〜平成29年9月15日")]
    public void Span_NamesTheIntervalAsDocumentsDo(string from, string to, string expected)
    {
        Assert.Equal(expected, JapaneseDateFormatter.Span(Day(from), Day(to)));
    }

    [Theory]
    [InlineData("平成29年10月2日")]
    [InlineData("令和元年5月1日")]
    [InlineData("令和3年度")]
    [InlineData("平成27年10月")]
    [InlineData("平成29年8月15日〜平成29年9月15日")]
    public void Span_WhatTheParserReads_IsWrittenBackTheSame(string text)
    {
        Assert.True(JapaneseDateParser.TryParse(text, out var span));

        Assert.Equal(text, JapaneseDateFormatter.Span(span!));
    }

    [Fact]
    public void Day_EveryDayOfTheHeiseiAndReiwaEras_ReadsBackAsItself()
    {
        for (var day = new DateOnly(1989, 1, 8); day <= new DateOnly(2030, 12, 31); day = day.AddDays(1))
        {
            var text = JapaneseDateFormatter.Day(day);

            Assert.True(JapaneseDateParser.TryParse(text, new DateParseOptions { AllowExcelSerial = false }, out var span), text);
            Assert.Equal(day, span!.From);
        }
    }
}
