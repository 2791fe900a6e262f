namespace PiaSearch.CrossReference.Mentions.Statutes;

/// <summary>The words law names end in, and the common nouns that end the same way.</summary>
internal static class LawWords
{
    /// <summary>Suffixes of law names, longest first.</summary>
    public static IReadOnlyList<string> Suffixes { get; } = ["施行規則", "施行条例", "施行細則", "施行令", "法律", "省令", "政令", "府令", "条例", "規則", "告示", "命令", "法"];

    /// <summary>Characters after 法 that make it another word (法人, 法務, 法令…).</summary>
    public const string NotAfterHou = "人務令的規曹廷案律";

    /// <summary>Common nouns ending in 法 or 規則 that are not laws.</summary>
    public static IReadOnlySet<string> CommonNouns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "方法", "手法", "用法", "療法", "技法", "作法", "製法", "工法", "寸法", "文法", "論法", "加法", "減法", "乗法", "除法",
        "話法", "筆法", "戦法", "兵法", "算法", "解法", "記法", "表記法", "運用規則", "内部規則", "社内規則",
    };

    /// <summary>Common nouns a law name may end with that are generic (主務省令 is kept: a log defines it).</summary>
    public static bool IsCommonNoun(string name)
    {
        foreach (var noun in CommonNouns)
        {
            if (name.EndsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The law suffix <paramref name="name"/> ends with, or null.</summary>
    public static string? SuffixOf(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix;
            }
        }

        return null;
    }

    /// <summary>Characters that end a long law name on the left (a sentence, a bracket, a label).</summary>
    public static bool IsLeftBoundary(string t, int index)
    {
        var c = t[index];
        if (c is '。' or '】' or '【' or '「' or '」' or '(' or ')' or '\n' or ':' or '※' or '[' or ']' or ' ' or '\t' or '>' or '<')
        {
            return true;
        }

        // The topic particle は after a noun ends the subject of the sentence (電子申請は…に関する法律に基づき): law titles do not hold it.
        if (c == 'は' && index > 0 && Text.CharClass.IsNameCharAt(t, index - 1))
        {
            return true;
        }

        // A comma inside a title joins nouns (個人番号、個人番号カード、…); after a particle it ends a clause.
        return c == '、' && (index == 0 || !Mentions.NameRuns.ContinuesWord(t, index - 1) || index + 1 >= t.Length || !Mentions.NameRuns.ContinuesWord(t, index + 1));
    }
}
