using System.Text.RegularExpressions;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// A cell that states a renumbering outright: システム2 を システム1へ システム3 を システム2へ…. Each statement
/// names two numbered labels of one kind; for systems this is the list of systems renumbered.
/// </summary>
internal static partial class RenumberStatements
{
    public static IEnumerable<(string Before, string After)> Find(string text)
    {
        foreach (Match match in Statement().Matches(text))
        {
            if (match.Groups["stem1"].Value == match.Groups["stem2"].Value && match.Groups["n1"].Value != match.Groups["n2"].Value)
            {
                yield return (match.Groups["stem1"].Value + match.Groups["n1"].Value, match.Groups["stem2"].Value + match.Groups["n2"].Value);
            }
        }
    }

    [GeneratedRegex(@"(?<stem1>\p{IsKatakana}*システム)\s*(?<n1>\d{1,2})\s*を\s*(?<stem2>\p{IsKatakana}*システム)\s*(?<n2>\d{1,2})\s*(?:へ|に)")]
    private static partial Regex Statement();
}
