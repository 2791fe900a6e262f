using System.Text.RegularExpressions;
using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Questions;

/// <summary>Finds the day or period a question asks about: 2020年6月1日, 令和2年6月1日, 2020-06-01, 令和3年度.</summary>
internal static partial class DateFinder
{
    public static DateSpan? Find(string question)
    {
        foreach (Match match in Candidate().Matches(question))
        {
            if (JapaneseDateParser.TryParse(match.Value, new DateParseOptions { AllowExcelSerial = false }, out var span))
            {
                return span;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:明治|大正|昭和|平成|令和)(?:元|[0-9０-９]{1,2})年(?:度|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?|[0-9０-９]{4}\s*(?:年(?:度|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?|[-/.][0-9０-９]{1,2}[-/.][0-9０-９]{1,2})")]
    private static partial Regex Candidate();
}
