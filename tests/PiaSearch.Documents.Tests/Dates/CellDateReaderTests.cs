using System.Globalization;
using PiaSearch.Documents.Dates;

namespace PiaSearch.Documents.Tests.Dates;

public sealed class CellDateReaderTests
{
    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("VI 評価実施手続き 3.第三者点検 ①実施日", "43010", "2017-10-02")]
    [InlineData("VI 評価実施手続き 1. 基礎項目評価 ① 実施日", "41957", "2014-11-14")]
    [InlineData("VI 評価実施手続き 1. 基礎項目評価 ① 実施日", "42944", "2017-07-28")]
    [InlineData("(住民基本台帳ファイル) II-2-⑤保有開始日", "42278", "2015-10-01")]
    [InlineData("II-2-⑤保有開始日（予定）", "42278", "2015-10-01")]
    [InlineData("2. 意見の聴取 ② 実施日・期間", "42962", "2017-08-15")]
    [InlineData("公表年月日", "44287", "2021-04-01")]
    [InlineData("システム稼働時期", "44287", "2021-04-01")]
    [InlineData("①実施日", "４３０１０", "2017-10-02")]
    [InlineData("①実施日", " 43010 ", "2017-10-02")]
    [InlineData("①実施日", "32874", "1990-01-01")]
    [InlineData("①実施日", "73415", "2100-12-31")]
    public void Read_SerialUnderAnItemThatNamesADay_IsThatDay(string item, string cell, string iso)
    {
        var span = CellDateReader.Read(item, cell);

        Assert.NotNull(span);
        Assert.Equal(Day(iso), span.From);
        Assert.Equal(Day(iso), span.To);
        Assert.Equal(cell.Trim(), span.Raw);
    }

    [Theory]
    [InlineData("II-4-①対象人数", "43010")]
    [InlineData("件数", "43010")]
    [InlineData("III 1. ⑥ 事務担当者数", "43010")]
    [InlineData("II-2-④記録される項目 主な記録項目", "43010")]
    [InlineData("3. 特定個人情報の入手・使用 ③入手の時期・頻度", "43010")]
    [InlineData("保存期間", "43010")]
    [InlineData("対象年度", "43010")]
    [InlineData("窓口の開庁日", "43010")]
    [InlineData("休日", "43010")]
    [InlineData("実施曜日", "43010")]
    [InlineData("", "43010")]
    [InlineData(null, "43010")]
    [InlineData("①実施日", "32873")]
    [InlineData("①実施日", "73416")]
    [InlineData("①実施日", "2017")]
    [InlineData("①実施日", "120")]
    [InlineData("①実施日", "0")]
    [InlineData("①実施日", "430100")]
    [InlineData("①実施日", "43,010")]
    [InlineData("①実施日", "43010.5")]
    [InlineData("①実施日", "43010件")]
    [InlineData("①実施日", "約43010")]
    public void Read_NumberThatIsNoDayNumberOfADateItem_IsNull(string? item, string cell)
    {
        Assert.Null(CellDateReader.Read(item, cell));
    }

    [Theory]
    [InlineData("①実施日", "令和3年4月1日", "2021-04-01")]
    [InlineData("①実施日", "平成29年10月2日", "2017-10-02")]
    [InlineData("事務の内容", "令和3年4月1日", "2021-04-01")]
    [InlineData("II-4-①対象人数", "R3.4.1", "2021-04-01")]
    [InlineData("①実施日", "H29.10.2", "2017-10-02")]
    [InlineData("①実施日", "2021/4/1", "2021-04-01")]
    [InlineData("①実施日", "2021-04-01", "2021-04-01")]
    [InlineData("①実施日", "2021年4月1日", "2021-04-01")]
    [InlineData("①実施日", "令和元年5月1日", "2019-05-01")]
    [InlineData("①実施日", "令和２年４月１日", "2020-04-01")]
    [InlineData("①実施日", "  令和 4年 12月 16日 ", "2022-12-16")]
    public void Read_OneDayWrittenOut_IsThatDay(string item, string cell, string iso)
    {
        var span = CellDateReader.Read(item, cell);

        Assert.NotNull(span);
        Assert.Equal(Day(iso), span.From);
        Assert.Equal(Day(iso), span.To);
    }

    [Theory]
    [InlineData("② 実施日・期間", "平成29年8月15日から平成29年9月15日まで", "2017-08-15", "2017-09-15")]
    [InlineData("事務の内容", "令和3年4月1日～令和3年6月30日", "2021-04-01", "2021-06-30")]
    [InlineData("⑤保有開始日", "平成27年10月", "2015-10-01", "2015-10-31")]
    [InlineData("公表時期", "令和3年度", "2021-04-01", "2022-03-31")]
    [InlineData("意見聴取期間", "令和3年度", "2021-04-01", "2022-03-31")]
    public void Read_RangeOfDays_OrAMonthOrFiscalYearOfADateItem_IsTheInterval(string item, string cell, string from, string to)
    {
        var span = CellDateReader.Read(item, cell);

        Assert.NotNull(span);
        Assert.Equal(Day(from), span.From);
        Assert.Equal(Day(to), span.To);
    }

    [Theory]
    [InlineData("事務の内容", "平成27年10月")]
    [InlineData("事務の内容", "令和3年度")]
    [InlineData("⑤保有開始日", "平成29年")]
    [InlineData("⑤保有開始日", "2017年")]
    [InlineData("⑤保有開始日", "R3")]
    [InlineData("⑤保有開始日", "令和3年4月1日予定")]
    [InlineData("⑤保有開始日", "令和3年4月1日から")]
    [InlineData("⑤保有開始日", "未定")]
    [InlineData("⑤保有開始日", "(省略)")]
    [InlineData("⑤保有開始日", "令和3年2月30日")]
    [InlineData("⑤保有開始日", "令和3年4月1日から令和3年3月1日まで")]
    [InlineData("⑤保有開始日", "3.4.1")]
    [InlineData("電話番号", "03-3715-1111")]
    [InlineData("電話番号", "0120-12-34")]
    [InlineData("電話番号", "0570-01-02")]
    [InlineData("郵便番号", "153-8573")]
    [InlineData("⑤保有開始日", "10.2")]
    [InlineData("⑤保有開始日", "1850年1月1日")]
    [InlineData("⑤保有開始日", "2150年1月1日")]
    [InlineData("⑤保有開始日", "")]
    [InlineData("⑤保有開始日", "   ")]
    [InlineData("⑤保有開始日", null)]
    [InlineData("事務の内容", "令和3年4月1日に住民基本台帳法の改正に伴い、記載を改めた。これは日付ではない。")]
    public void Read_NotADateOfThisItem_IsNull(string item, string? cell)
    {
        Assert.Null(CellDateReader.Read(item, cell));
    }

    [Fact]
    public void Read_CellLongerThanADate_IsNotRead()
    {
        var cell = "令和3年4月1日" + new string(' ', CellDateReader.MaxCellLength);

        Assert.Null(CellDateReader.Read("①実施日", cell));
    }

    [Theory]
    [InlineData("①実施日", true)]
    [InlineData("VI 評価実施手続き 3.第三者点検 ①実施日", true)]
    [InlineData("② 実施日・期間", true)]
    [InlineData("提出日", true)]
    [InlineData("公表年月日", true)]
    [InlineData("日付", true)]
    [InlineData("⑤保有開始日 (注1)", true)]
    [InlineData("意見聴取期間", false)]
    [InlineData("①実施日 対象人数", false)]
    [InlineData("③入手の時期・頻度", false)]
    [InlineData("休日・祝日", false)]
    [InlineData("事務の内容", false)]
    public void NamesADay_Items_FollowTheLastPartOfTheLabel(string item, bool expected)
    {
        Assert.Equal(expected, CellDateReader.NamesADay(item));
    }
}
