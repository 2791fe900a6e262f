using System.Collections.Frozen;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Cards, notices, certificates, forms and the like: 通知カード, 個人番号通知書, 転出証明書, 個人番号カード交付申請書, 転入届,
/// 被保険者証, 資格確認書, 同意書, 障害者手帳, 戸籍謄本 (the general vocabulary of the documents a municipality issues
/// or receives).
/// </summary>
internal sealed class DocumentRecognizer : IMentionRecognizer
{
    private static readonly string[] Suffixes =
        ["通知書", "証明書", "申請書", "確認書", "同意書", "届出書", "請求書", "決定書", "者証", "保険証", "登録証", "認定証", "手帳", "謄本", "抄本", "カード", "お知らせ", "届"];

    private static readonly FrozenSet<string> GenericStems = new HashSet<string>(StringComparer.Ordinal)
    {
        "各種", "当該", "同", "本", "各", "当", "上記", "下記", "前記", "関係", "必要", "所定", "各種の", "IC", "ＩＣ", "ICチップ付き",
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
            if (end < t.Length && (CharClass.IsKatakana(t[end]) || t[end] == '類' || (suffix == "届" && t[end] is '出' or 'け')))
            {
                continue; // 住民票コード, 番号通知書類, 届出: part of a longer word
            }

            var start = context.SoftStart(StartOf(t, i, suffix), i, end);
            var stem = t[start..i];
            if (stem.Length >= 2 && CharClass.ContainsKanjiOrLatin(stem) && !GenericStems.Contains(stem))
            {
                yield return context.Create(EntityType.Document, start, end - start, t[start..end], NameKeys.Of(t[start..end]));
            }

            next = end;
        }
    }

    /// <summary>
    /// Where the name begins: the run before the suffix; before お知らせ, the words the の joins (資格情報のお知らせ); across a
    /// middle dot that joins two words of one name (限度額適用・標準負担額減額認定証), not one that lists two documents
    /// (被保険者証・資格確認書: the words before it end in a document's suffix).
    /// </summary>
    private static int StartOf(string t, int suffixStart, string suffix)
    {
        var start = suffix == "お知らせ" && suffixStart > 0 && t[suffixStart - 1] == 'の' ? NameRuns.RunStart(t, suffixStart - 1) : NameRuns.RunStart(t, suffixStart);
        for (var hops = 0; hops < MaxJoins && start > 2; hops++)
        {
            if (t[start - 1] == CharClass.MiddleDot)
            {
                var before = NameRuns.RunStart(t, start - 1);
                var word = t[before..(start - 1)];
                if (word.Length < 2 || !CharClass.ContainsKanji(word) || Suffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)))
                {
                    break;
                }

                start = before;
            }
            else if (t[start - 1] is ')' or '）' && ShortBracketStart(t, start - 1) is { } open && open > 0 && NameRuns.RunStart(t, open) < open)
            {
                // 高額介護(予防)サービス費支給申請書, …依頼(変更)届出書: a short note in brackets inside the name.
                start = NameRuns.RunStart(t, open);
            }
            else
            {
                break;
            }
        }

        return start;
    }

    private const int MaxJoins = 4;

    /// <summary>The opening bracket of a bracket of one to four kanji ending at <paramref name="close"/>, or null.</summary>
    private static int? ShortBracketStart(string t, int close)
    {
        for (var i = close - 1; i >= 0 && close - i <= 5; i--)
        {
            if (t[i] is '(' or '（')
            {
                return i < close - 1 && t[(i + 1)..close].All(CharClass.IsKanji) ? i : null;
            }
        }

        return null;
    }
}
