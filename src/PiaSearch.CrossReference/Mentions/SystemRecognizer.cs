using System.Collections.Frozen;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Information systems: a name ending in システム, サーバ(ー) or プラットフォーム whose stem has a kanji or a
/// Latin letter (住民基本台帳ネットワークシステム, 中間サーバー・プラットフォーム, 東京都サーバー). Generic
/// phrases (基幹系システム, パッケージシステム) and organisations (…情報システム機構) are not systems, nor is a system word in
/// brackets right after a system's name (…システム（標準準拠システム）): it says what that system is.
/// </summary>
internal sealed class SystemRecognizer : IMentionRecognizer
{
    private static readonly string[] Suffixes = ["プラットフォーム", "システム", "サーバー", "サーバ"];

    private static readonly string[] OrganisationWords = ["機構", "協会", "部", "課", "室", "係", "センター", "学会"];

    private static readonly FrozenSet<string> GenericStems = new HashSet<string>(StringComparer.Ordinal)
    {
        "基幹系", "業務", "各業務", "関連", "当該", "各", "本", "他", "同", "現行", "新", "旧", "既存", "外部", "内部", "基盤",
        "情報", "全体", "個別", "当", "対象", "連携", "運用", "管理", "使用", "各種", "電算", "独自", "自", "共通", "全", "両",
        "別", "新規", "一部", "上記", "下記", "前記", "当該各", "庁内", "全庁", "関係", "主要", "次期", "新旧", "専用", "汎用",
        "標準準拠", "情報提供ネットワーク", // the national standard's and the national exchange's generic names, in every body's evaluation
    }.ToFrozenSet(StringComparer.Ordinal);

    public IEnumerable<Mention> Recognize(RecognitionContext context)
    {
        var t = context.T;
        var next = 0;
        foreach (var (i, suffix) in NameRuns.Occurrences(t, Suffixes))
        {
            if (i < next)
            {
                continue;
            }

            var end = i + suffix.Length;
            if (NameRuns.AnyAt(t, end, OrganisationWords) is not null || (suffix == "サーバ" && NameRuns.At(t, end, "ー")))
            {
                continue;
            }

            if (suffix == "サーバ" && end < t.Length && t[end] is '一' or '-' or '‐' && !NameRuns.ContinuesWord(t, end + 1))
            {
                end++; // サーバ一: an OCR 一 (or a hyphen) for the long vowel
            }

            var start = context.SoftStart(StartOf(t, i), i, end);
            var stem = t[start..i].TrimEnd(CharClass.MiddleDot);
            if (stem.Length > 0 && CharClass.ContainsKanjiOrLatin(stem) && !GenericStems.Contains(stem))
            {
                // 住民記録システム（標準準拠システム）: the bracket says what the system is; it is part of its name, not another system.
                var qualified = QualifierEnd(t, end);
                yield return context.Create(EntityType.System, start, qualified - start, t[start..qualified], NameKeys.Of(t[start..qualified]));
                end = qualified;
            }

            next = end;
        }
    }

    /// <summary>
    /// The end of a bracket right after a system's name that holds only a generic system word (（標準準拠システム）,
    /// (新システム), （ガバメントクラウド上のシステム） is not: it must be one run ending in a system suffix); else the name's end.
    /// </summary>
    private static int QualifierEnd(string t, int nameEnd)
    {
        if (nameEnd >= t.Length || t[nameEnd] is not ('(' or '（'))
        {
            return nameEnd;
        }

        var close = t.IndexOfAny([')', '）'], nameEnd + 1);
        if (close < 0 || close - nameEnd > MaxQualifier)
        {
            return nameEnd;
        }

        var inner = t[(nameEnd + 1)..close];
        var suffix = Suffixes.FirstOrDefault(s => inner.EndsWith(s, StringComparison.Ordinal));
        return suffix is not null && NameRuns.RunStart(t, close - suffix.Length) <= nameEnd + 1 ? close + 1 : nameEnd;
    }

    private const int MaxQualifier = 20;

    /// <summary>
    /// Where the name begins. A middle dot joins the words of one name (中間サーバー・プラットフォーム) unless a
    /// whole name stands on each side of it (既存住基システム・団体内統合宛名システム is a list).
    /// </summary>
    private static int StartOf(string t, int suffixStart)
    {
        var start = NameRuns.RunStart(t, suffixStart);
        while (start > 1 && t[start - 1] == CharClass.MiddleDot)
        {
            // 中間サーバー・プラットフォーム, 児童手当・特例給付管理システム: one name; 既存住基システム・団体内統合宛名システム: a list.
            var left = NameRuns.RunStart(t, start - 1);
            var word = t[left..(start - 1)];
            var right = t[start..suffixStart];
            if (start != suffixStart && (word.Length < 2 || Suffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)) || !CharClass.ContainsKanjiOrLatin(word)
                || GenericStems.Contains(right)))
            {
                break;
            }

            start = left;
        }

        return start;
    }
}
