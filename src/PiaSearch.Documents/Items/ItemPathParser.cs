using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using PiaSearch.Documents.Text;

namespace PiaSearch.Documents.Items;

/// <summary>
/// Recovers file, chapter and path from an item cell. Recognised writing styles include
/// <c>(住民基本台帳ファイル) Ⅱ-4-委託事項2-⑥委託先名</c>, <c>Ⅱ-(1)住民基本台帳ファイル -4-委託事項1</c>,
/// <c>(1住民基本台帳ファイル) II-4-委託事項4</c>, <c>II 特定個人情報ファイルの概要 [1.特定個人情報ファイル名(1) 【…】 名称]</c>,
/// <c>I-6-②法令上の根拠</c>, <c>(別添2)…</c> and <c>別添5-46</c>.
/// </summary>
public static partial class ItemPathParser
{
    /// <summary>Words that end like a file name but name the kind of file, not an evaluated file.</summary>
    private static readonly FrozenSet<string> GenericFileWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "特定個人情報ファイル", "ファイル", "個人情報ファイル", "データベース",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static ItemPath Parse(string rawItem, string plainText)
    {
        ArgumentNullException.ThrowIfNull(rawItem);
        ArgumentNullException.ThrowIfNull(plainText);
        var text = NormalizeKey(plainText);
        var rest = text;
        string? file = null;
        string? chapter = null;

        var leading = LeadingParenthesis().Match(rest);
        if (leading.Success)
        {
            var inner = leading.Groups["inner"].Value.Trim();
            var appendix = Appendix().Match(inner);
            if (appendix.Success && appendix.Length == inner.Length)
            {
                chapter = "別添" + appendix.Groups["n"].Value;
                rest = rest[leading.Length..];
            }
            else if (CleanFileName(inner) is { } name)
            {
                file = name;
                rest = rest[leading.Length..];
            }
        }

        rest = rest.TrimStart();
        if (chapter is null)
        {
            var chapterMatch = ChapterPrefix().Match(rest);
            if (chapterMatch.Success)
            {
                chapter = chapterMatch.Groups["roman"].Success
                    ? chapterMatch.Groups["roman"].Value
                    : "別添" + chapterMatch.Groups["n"].Value;
                rest = rest[chapterMatch.Length..];
            }
        }

        if (file is null)
        {
            (file, rest) = FindFileInside(rest);
        }

        return new ItemPath(rawItem, plainText, file, chapter, CleanPath(rest));
    }

    /// <summary>NFKC except for circled numbers (⑥ stays ⑥), PDF spaces removed, dashes unified.</summary>
    public static string NormalizeKey(string text)
    {
        var normalized = TextNormalizer.NormalizeWithOffsets(text, keepEnclosedNumbers: true).Text;
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            sb.Append(c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\n' or '\r' or '\t' => ' ',
                _ => c,
            });
        }

        return MultipleSpaces().Replace(sb.ToString(), " ").Trim();
    }

    private static (string? File, string Remaining) FindFileInside(string rest)
    {
        // Ⅱ-(1)住民基本台帳ファイル -4-… and 1.特定個人情報ファイル名 (3)送付先情報ファイル 3.…
        foreach (var pattern in new[] { NumberedFile(), ParenthesisedFile() })
        {
            foreach (Match match in pattern.Matches(rest))
            {
                if (CleanFileName(match.Groups["name"].Value) is { } name)
                {
                    var remaining = rest.Remove(match.Index, match.Length);
                    return (name, remaining);
                }
            }
        }

        return (null, rest);
    }

    private static string? CleanFileName(string candidate)
    {
        var name = LeadingNumbering().Replace(candidate.Trim(), string.Empty).Trim();
        name = Annotation().Replace(name, string.Empty).Trim();
        if (name.Length == 0 || name.Contains(' ', StringComparison.Ordinal) || GenericFileWords.Contains(name))
        {
            return null;
        }

        return FileSuffix().IsMatch(name) ? name : null;
    }

    private static string CleanPath(string rest)
    {
        var path = EmptyBrackets().Replace(rest, string.Empty);
        path = MultipleSpaces().Replace(path, " ").Trim();
        return path.Trim(' ', '-', '.', ':').Replace(" -", "-", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\((?<inner>[^()]{1,60})\)")]
    private static partial Regex LeadingParenthesis();

    [GeneratedRegex(@"^別添\s*(?<n>\d{1,2})")]
    private static partial Regex Appendix();

    [GeneratedRegex(@"^(?:(?<roman>VI|IV|V|III|II|I)(?![A-Za-z])|別添\s*(?<n>\d{1,2}))[\s.\-]*")]
    private static partial Regex ChapterPrefix();

    [GeneratedRegex(@"\(\d{1,2}\)\s*(?:【[^】]*】\s*)?(?<name>[^\s()\[\]【】\-]+)")]
    private static partial Regex NumberedFile();

    [GeneratedRegex(@"\((?<name>[^()\s]+)\)")]
    private static partial Regex ParenthesisedFile();

    [GeneratedRegex(@"(ファイル|データベース|台帳|DB)$")]
    private static partial Regex FileSuffix();

    [GeneratedRegex(@"^[\d.\s]+")]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"【[^】]*】")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@"\[\s*[\d.]*特定個人情報ファイル名\s*\]")]
    private static partial Regex EmptyBrackets();
}
