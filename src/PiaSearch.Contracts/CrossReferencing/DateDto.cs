using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A date as written (令和3年度) and the interval of days it denotes (yyyy-mm-dd, inclusive).</summary>
public sealed record DateDto(string Raw, DateOnly From, DateOnly To);
