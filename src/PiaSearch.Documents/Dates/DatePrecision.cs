namespace PiaSearch.Documents.Dates;

/// <summary>How finely a date was written, finest first: a day (令和3年4月1日), a month, a fiscal year (令和3年度), a calendar year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    FiscalYear,
    Year,
}
