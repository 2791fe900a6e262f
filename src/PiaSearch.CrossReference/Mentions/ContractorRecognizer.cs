using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Organisations with a legal form, before or after the name: 株式会社X, X株式会社, (株)X, 有限会社X,
/// 一般財団法人X, 特定非営利活動法人X…
/// </summary>
internal sealed partial class ContractorRecognizer : IMentionRecognizer
{
    private const int MaximumName = 40;

    public IEnumerable<Mention> Recognize(RecognitionContext context)
    {
        var t = context.T;
        foreach (Match form in LegalForm().Matches(t))
        {
            var after = RunAfter(context, form.Index + form.Length);
            after = HiraganaName(t, form.Index + form.Length, after);
            var before = context.SoftStart(NameRuns.RunStart(t, form.Index, allowDigits: true, allowMiddleDot: true), form.Index, form.Index + form.Length);
            before = HiraganaNameBefore(t, before, form.Index);
            var hasAfter = after > form.Index + form.Length;
            var hasBefore = before < form.Index;
            int start, end;
            if (hasAfter && (!hasBefore || form.Index == 0 || !CharClass.IsNameCharAt(t, form.Index - 1)))
            {
                (start, end) = (form.Index, after);
            }
            else if (hasBefore)
            {
                (start, end) = (before, form.Index + form.Length);
            }
            else
            {
                continue;
            }

            var name = t[start..end].Trim(CharClass.MiddleDot);
            var core = NameKeys.CoreCompanyName(name).Trim(CharClass.MiddleDot);
            if (core.Length == 0 || core.Length > MaximumName)
            {
                continue;
            }

            _ = OcrFolding.Fold(core, out var folded);
            var key = NameKeys.Of(core);
            yield return context.Create(EntityType.Contractor, start, end - start, name, key) with
            {
                Qualifier = form.Value,
                Suspect = folded || core.Any(CharClass.IsForeignLetter),
            };
        }
    }

    /// <summary>The end of the name that follows a legal form: name characters, middle dots, and spaces inside Latin names.</summary>
    private static int RunAfter(RecognitionContext context, int start)
    {
        var t = context.T;
        var j = start;
        while (j < t.Length && j - start < MaximumName)
        {
            var c = t[j];
            if (j > start && context.Text.SpaceRemovedBefore(j) && t[j - 1] != CharClass.MiddleDot && !ContinuesCompanyName(context, j))
            {
                break; // a name does not end in a middle dot, so a space after one is a line wrap
            }

            var inLatinName = c == ' ' && j > start && CharClass.IsLatin(t[j - 1]) && j + 1 < t.Length && CharClass.IsLatin(t[j + 1]);
            if (CharClass.IsNameCharAt(t, j) || c is CharClass.MiddleDot or '&' || inLatinName || CharClass.IsForeignLetter(c))
            {
                j++;
                continue;
            }

            break;
        }

        return CharClass.EndOutsidePair(t, j);
    }

    /// <summary>
    /// A space inside a company name (株式会社ネクスト 首都圏データ): the words after it continue the name when they are only
    /// region and trade words (首都圏データ, 九州電算); any other word (委託, 部門) starts the text that follows the name.
    /// O(n) in the length of the run after the space.
    /// </summary>
    private static bool ContinuesCompanyName(RecognitionContext context, int at)
    {
        var t = context.T;
        var end = at;
        while (end < t.Length && end - at < MaximumName && CharClass.IsNameCharAt(t, end) && (end == at || !context.Text.SpaceRemovedBefore(end)))
        {
            end++;
        }

        end = CharClass.EndOutsidePair(t, end);
        if (end - at < 2 || (end < t.Length && CharClass.IsHiragana(t[end]) && !IsValueEnd(t[end])))
        {
            return false;
        }

        var parts = CompanyNameParts.Of(NameKeys.Of(t[at..end]));
        return parts.Distinctive.Length == 0 && parts.Trade.Count > 0;
    }

    /// <summary>
    /// Company names may be written in hiragana (株式会社さくら情報, ひがしやま計算センター有限会社). After a legal
    /// form, a run that holds hiragana is taken as the name only when it reaches the end of the value (a bracket,
    /// a comma, a space, the end of the cell) and no particle in it starts a new word, so that
    /// 株式会社RKKCSに委託 stays 株式会社RKKCS.
    /// </summary>
    private static int HiraganaName(string t, int start, int end)
    {
        if (end >= t.Length || !CharClass.IsHiragana(t[end]))
        {
            return end;
        }

        var j = end;
        while (j < t.Length && j - start < MaximumName && (CharClass.IsNameCharAt(t, j) || CharClass.IsHiragana(t[j])))
        {
            j++;
        }

        j = CharClass.EndOutsidePair(t, j);
        return (j == t.Length || IsValueEnd(t[j])) && !HasParticle(t, start, j) ? j : end;
    }

    /// <summary>Before a legal form written after the name: the same, walking left to the start of the value.</summary>
    private static int HiraganaNameBefore(string t, int start, int formStart)
    {
        if (start == 0 || !CharClass.IsHiragana(t[start - 1]))
        {
            return start;
        }

        var k = start;
        while (k > 0 && formStart - k < MaximumName && (CharClass.IsNameCharAt(t, k - 1) || CharClass.IsHiragana(t[k - 1])))
        {
            k--;
        }

        k = CharClass.StartOutsidePair(t, k);
        return (k == 0 || IsValueEnd(t[k - 1])) && !HasParticle(t, k, formStart) ? k : start;
    }

    private static bool IsValueEnd(char c) => c is '、' or '。' or ')' or '(' or ' ' or '\n' or '」' or '「' or '】' or '【' or '・' or ':' or ']' or '[';

    /// <summary>A particle followed by a kanji, katakana or Latin letter starts a new word (に委託, を富士通).</summary>
    private static bool HasParticle(string t, int start, int end)
    {
        for (var i = start; i < end - 1; i++)
        {
            if ("にをがでへとはもの".Contains(t[i], StringComparison.Ordinal) && (CharClass.IsKanjiAt(t, i + 1) || CharClass.IsKatakana(t[i + 1]) || CharClass.IsLatin(t[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(NameKeys.LegalForms)]
    private static partial Regex LegalForm();
}
