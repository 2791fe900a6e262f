namespace PiaSearch.Contracts.Searching;

/// <summary>The date a before or after cell denotes (43010 under ①実施日 is 2017-10-02), beside the cell as written.</summary>
/// <param name="From">First day, yyyy-mm-dd.</param>
/// <param name="To">Last day, yyyy-mm-dd (inclusive; the same day for one day).</param>
/// <param name="Label">The interval in 和暦: 平成29年10月2日, 令和3年度, 平成29年8月15日〜平成29年9月15日.</param>
public sealed record CellDateDto(DateOnly From, DateOnly To, string Label);
