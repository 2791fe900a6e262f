using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Organisational units: a run of kanji and katakana ending in 部, 課, 室, 係, 局, 班, 事務所, センター…,
/// possibly a chain (健康福祉部碑文谷保健センター), possibly followed by 長 (戸籍住民課長). Lists such as
/// 戸籍住民課、北部地区サービス事務所 give one mention per unit. A unit nested in one of the same rank
/// (情報課政策課) is read as a typo of the folded name (情報政策課).
/// </summary>
internal sealed class DepartmentRecognizer : IMentionRecognizer
{
    private const int MinimumStem = 2;

    public IEnumerable<Mention> Recognize(RecognitionContext context)
    {
        var t = context.T;
        var next = 0;
        foreach (var (i, suffix) in NameRuns.Occurrences(t, DepartmentUnits.Suffixes))
        {
            if (i < next)
            {
                continue;
            }

            var end = i + suffix.Length;
            if (!EndsUnit(t, end) && !context.Text.SpaceRemovedBefore(end))
            {
                continue;
            }

            var start = context.SoftStart(StartOf(t, i), i, end);
            if (TryBuild(context, start, end, out var mention))
            {
                yield return mention;
            }

            next = end;
        }
    }

    /// <summary>A suffix ends a unit unless the word goes on (部署, 課税); 長 after it is a title (課長); 及び, 並びに, 又は, 兼 join another unit.</summary>
    private static bool EndsUnit(string t, int end) =>
        !NameRuns.ContinuesWord(t, end) || t[end] == DepartmentUnits.Head
        || NameRuns.AnyAt(t, end, Conjunctions) is not null;

    private static readonly string[] Conjunctions = ["及び", "並びに", "又は", "兼"];

    /// <summary>
    /// Words in kana that units' names hold in every part of the country (健康づくり課, こども家庭課, まちづくり推進課): a unit's
    /// name is otherwise a run of kanji and katakana.
    /// </summary>
    private static readonly string[] KanaWords =
        ["まちづくり", "づくり", "こども", "くらし", "いきいき", "すこやか", "ふれあい", "みどり", "すまい", "しごと", "いのち", "にぎわい", "はぐくみ", "あんしん", "ひと"];

    /// <summary>Where the unit's name begins: the start of the run, but not before a title such as 所属長 or 課長.</summary>
    private static int StartOf(string t, int suffixStart)
    {
        var start = NameRuns.RunStart(t, suffixStart);
        while (KanaWords.FirstOrDefault(w => start >= w.Length && t.AsSpan(0, start).EndsWith(w, StringComparison.Ordinal)) is { } kana)
        {
            var wordStart = start - kana.Length;
            var before = NameRuns.RunStart(t, wordStart);
            if (before == wordStart)
            {
                // The kana word begins the name (こども家庭課) when kanji follow it and it does not end a phrase in kana.
                if (start < suffixStart && (wordStart == 0 || !CharClass.IsHiragana(t[wordStart - 1])))
                {
                    start = wordStart;
                }

                break;
            }

            start = before; // 健康づくり課: the kanji before the kana word are the name's beginning
        }

        for (var k = suffixStart - 1; k > start; k--)
        {
            if (t[k] == DepartmentUnits.Head && k > 0 && "属課部室係所局".Contains(t[k - 1], StringComparison.Ordinal))
            {
                return k + 1;
            }
        }

        return start;
    }

    private static bool TryBuild(RecognitionContext context, int start, int end, out Mention mention)
    {
        mention = null!;
        var t = context.T;
        var name = t[start..end];
        var units = Split(name);
        var last = units[^1];
        var suffix = DepartmentUnits.SuffixOf(last)!;
        var stem = last[..^suffix.Length];
        if (stem.Length < MinimumStem || !CharClass.ContainsKanji(stem) || DepartmentUnits.GenericWords.Contains(last))
        {
            return false;
        }

        if (suffix == "センター" && !CharClass.IsKanji(stem[^1]))
        {
            return false; // データセンター is a building, 保健センター a unit
        }

        var parent = units.Count > 1 ? string.Concat(units.Take(units.Count - 1)) : null;
        var typo = units.Count > 1 && DepartmentUnits.Rank(DepartmentUnits.SuffixOf(units[^2])!) == DepartmentUnits.Rank(suffix);
        var keyName = typo ? units[^2][..^DepartmentUnits.SuffixOf(units[^2])!.Length] + last : last;
        mention = context.Create(EntityType.Department, start, end - start, name, NameKeys.Of(keyName)) with
        {
            Qualifier = typo ? null : parent,
            Suspect = typo,
        };
        return true;
    }

    /// <summary>健康福祉部碑文谷保健センター → [健康福祉部, 碑文谷保健センター]; 北部地区サービス事務所 stays whole (北部 is too short to be a unit).</summary>
    private static List<string> Split(string name)
    {
        var units = new List<string>();
        var unitStart = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var suffix = NameRuns.AnyAt(name, i, DepartmentUnits.Suffixes);
            if (suffix is null)
            {
                continue;
            }

            var end = i + suffix.Length;
            if (end < name.Length && i - unitStart >= MinimumStem)
            {
                units.Add(name[unitStart..end]);
                unitStart = end;
            }

            i = end - 1;
        }

        units.Add(name[unitStart..]);
        return units;
    }
}
