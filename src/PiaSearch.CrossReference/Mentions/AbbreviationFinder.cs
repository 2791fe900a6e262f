using System.Text.RegularExpressions;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Abbreviations a log defines for the name just before them:
/// 全国住民基本台帳ネットワークシステム(以下「住基ネット」という。). Statutes find their own; this covers the rest.
/// </summary>
internal static partial class AbbreviationFinder
{
    /// <summary>The mentions, with <see cref="Mention.Defines"/> set on those followed by a definition.</summary>
    public static List<Mention> Attach(string t, List<Mention> mentions)
    {
        foreach (Match definition in Definition().Matches(t))
        {
            var index = mentions.FindLastIndex(m => m.End == definition.Index && m.Defines is null);
            if (index >= 0)
            {
                mentions[index] = mentions[index] with { Defines = definition.Groups["abbr"].Value.Trim() };
            }
        }

        return mentions;
    }

    /// <summary>Spans of definitions, where an abbreviation is introduced rather than used.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string t) =>
        Definition().Matches(t).Select(m => (m.Index, m.Index + m.Length));

    [GeneratedRegex(@"\(以下、?「(?<abbr>[^」]{1,40})」という。?\)")]
    private static partial Regex Definition();
}
