using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions.Statutes;

/// <summary>
/// Finds law names in a cell: long titles anchored by a promulgation number or a definition
/// (…に関する省令(平成26年11月20日総務省令第85号)(以下「…」という。)), titles ending in に関する法律,
/// notices cited by number (平成14年6月10日総務省告示第334号), and short names (番号法, 個人番号カード省令).
/// </summary>
internal static partial class LawNameFinder
{
    private const int MinimumStem = 2;

    public static List<LawName> Find(string t)
    {
        var found = new List<LawName>();
        FindNumbered(t, found);
        FindDefined(t, found);
        FindRelatingTo(t, found);
        FindNotices(t, found);
        FindShort(t, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Positions inside a found name or its parentheses hold no other law name.</summary>
    public static bool Covered(IEnumerable<LawName> found, int index) => found.Any(f => index >= f.Start && index < f.End);

    private static void FindNumbered(string t, List<LawName> found)
    {
        foreach (Match m in OfficialParen().Matches(t))
        {
            var start = LongStart(t, m.Index);
            var name = t[start..m.Index];
            if (start >= m.Index || LawWords.SuffixOf(name) is null)
            {
                continue;
            }

            var end = m.Index + m.Length;
            var abbreviation = m.Groups["abbr"].Success ? m.Groups["abbr"].Value : null;
            var definition = DefinitionParen().Match(t, end);
            if (definition.Success && definition.Index == end)
            {
                abbreviation ??= definition.Groups["abbr"].Value;
                end = definition.Index + definition.Length;
            }

            found.Add(new LawName(start, m.Index, end, Clean(name), Clean(m.Groups["num"].Value), abbreviation));
        }
    }

    private static void FindDefined(string t, List<LawName> found)
    {
        foreach (Match m in DefinitionParen().Matches(t))
        {
            if (Covered(found, m.Index))
            {
                continue;
            }

            var start = LongStart(t, m.Index);
            var name = t[start..m.Index];
            if (start < m.Index && LawWords.SuffixOf(name) is { } suffix && name.Length - suffix.Length >= MinimumStem && !LawWords.IsCommonNoun(name))
            {
                found.Add(new LawName(start, m.Index, m.Index + m.Length, Clean(name), null, m.Groups["abbr"].Value));
            }
        }
    }

    private static void FindRelatingTo(string t, List<LawName> found)
    {
        foreach (Match m in RelatingTo().Matches(t))
        {
            var end = m.Index + m.Length;
            if (Covered(found, m.Index))
            {
                continue;
            }

            var start = LongStart(t, end);
            if (start < m.Index)
            {
                found.Add(new LawName(start, end, end, Clean(t[start..end]), null, null));
            }
        }
    }

    private static void FindNotices(string t, List<LawName> found)
    {
        foreach (Match m in Notice().Matches(t))
        {
            if (!Covered(found, m.Index))
            {
                var value = Clean(m.Value);
                found.Add(new LawName(m.Index, m.Index + m.Length, m.Index + m.Length, value, value, null));
            }
        }
    }

    private static void FindShort(string t, List<LawName> found)
    {
        for (var i = 0; i < t.Length; i++)
        {
            var suffix = NameRuns.AnyAt(t, i, LawWords.Suffixes);
            if (suffix is null || Covered(found, i))
            {
                continue;
            }

            var end = i + suffix.Length;
            if (suffix == "法" && end < t.Length && LawWords.NotAfterHou.Contains(t[end], StringComparison.Ordinal))
            {
                continue;
            }

            if (suffix is "法" or "法律" && NameRuns.AnyAt(t, end, ["施行令", "施行規則", "施行条例", "施行細則"]) is { } regulation)
            {
                end += regulation.Length; // 住基法施行令 is the ordinance, not the act; …法律施行条例 a municipality's ordinance
            }

            var start = ShortStart(t, i);
            if (start + 1 < i && t[start] is '条' or '項' or '号' && start > 0 && CharClass.IsDigit(t[start - 1]))
            {
                start++; // 第1項児童手当法施行規則: the 項 ends the provision before, not the name
            }

            var name = t[start..end];
            var afterDigit = start > 0 && CharClass.IsDigit(t[start - 1]);
            if (i - start >= MinimumStem && !afterDigit && !LawWords.IsCommonNoun(name) && !Covered(found, start))
            {
                found.Add(new LawName(start, end, end, name, null, null));
                i = end - 1;
            }
        }
    }

    /// <summary>Start of a short name: a run of kanji and katakana, which may hold 及び or 並びに (通知カード及び個人番号カード省令) but not join two laws (住基法及び番号法).</summary>
    private static int ShortStart(string t, int suffixStart)
    {
        var start = NameRuns.RunStart(t, suffixStart);
        while (true)
        {
            var joiner = NameRuns.At(t, start - 2, "及び") ? 2 : NameRuns.At(t, start - 3, "並びに") ? 3 : start > 0 && t[start - 1] == CharClass.MiddleDot ? 1 : 0;
            if (joiner == 0)
            {
                return start;
            }

            var leftEnd = start - joiner;
            var leftStart = joiner == 1 ? WordStart(t, leftEnd) : NameRuns.RunStart(t, leftEnd);
            if (leftEnd - leftStart < 2 || LawWords.SuffixOf(t[leftStart..leftEnd]) is not null || "条項号".Contains(t[leftEnd - 1], StringComparison.Ordinal))
            {
                return start;
            }

            start = leftStart;
        }
    }

    /// <summary>Start of the word before a middle dot in a law's name, kana included (子ども of 子ども・子育て支援法), at most 10 characters, holding a kanji.</summary>
    private static int WordStart(string t, int end)
    {
        var k = end;
        while (k > 0 && end - k < 10 && (CharClass.IsKanji(t[k - 1]) || CharClass.IsHiragana(t[k - 1]) || CharClass.IsKatakana(t[k - 1])))
        {
            k--;
        }

        return CharClass.ContainsKanji(t[k..end]) ? k : end;
    }

    /// <summary>Start of a long title: back to the sentence, bracket or clause boundary; a leading "X及び" naming another law is cut off.</summary>
    private static int LongStart(string t, int nameEnd)
    {
        var k = nameEnd - 1;
        while (k >= 0 && !LawWords.IsLeftBoundary(t, k))
        {
            k--;
        }

        var start = k + 1;
        if (ListNumber().Match(t, start) is { Success: true } number && number.Index == start && start + number.Length < nameEnd)
        {
            start += number.Length; // 2.港川町個人番号の利用に関する条例: the list's number is not part of the title
        }

        foreach (Match joiner in Joiner().Matches(t, start))
        {
            if (joiner.Index >= nameEnd)
            {
                break;
            }

            if (LawWords.SuffixOf(t[start..joiner.Index]) is not null)
            {
                start = joiner.Index + joiner.Length;
            }
        }

        return start;
    }

    private static string Clean(string name) => WhiteSpace().Replace(name, string.Empty);

    private const string Era = "(?:明治|大正|昭和|平成|令和)(?:元|\\d{1,2})年";

    [GeneratedRegex(@"\((?<num>" + Era + @"(?:\d{1,2}月(?:\d{1,2}日)?)?[^()。、]{0,15}?(?:法律|政令|省令|府令|条例|規則|告示|訓令|命令)第\d+号)(?:。?以下、?「(?<abbr>[^」]{1,40})」という。?)?\)")]
    private static partial Regex OfficialParen();

    [GeneratedRegex(@"\(以下、?「(?<abbr>[^」]{1,40})」という。?\)")]
    private static partial Regex DefinitionParen();

    /// <summary>The end of a long title: …に関する法律, …を支援するための法律, …に係る条例, …を定める省令.</summary>
    [GeneratedRegex("(?:に関する|のための|するための|に係る|に対する)(?:法律|条例|規則|省令|政令)(?:施行令|施行規則|施行条例|施行細則)?|を定める(?:命令|省令|政令)")]
    private static partial Regex RelatingTo();

    [GeneratedRegex(@"(?:" + Era + @"\d{1,2}月\d{1,2}日)?[\p{IsCJKUnifiedIdeographs}]{1,8}?(?:告示|訓令)第\d+号")]
    private static partial Regex Notice();

    [GeneratedRegex("及び|並びに|又は")]
    private static partial Regex Joiner();

    /// <summary>A list item's number: 2. 2． (2) ② 2) 2、.</summary>
    [GeneratedRegex(@"\G\s*(?:\d{1,3}\s*[.．、)）]|[(（]\d{1,3}[)）]|[①-⑳])\s*")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
