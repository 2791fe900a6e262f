using System.Text.RegularExpressions;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// 「既存住記システムの認証がIDとパスワードから二要素認証に変わったのはいつか」: a change of what a cell says, not of a
/// name. Answered from the rows whose 変更前 holds the old words and 変更後 the new ones (<see cref="IChangedRowFinder"/>),
/// with the date of the first such change and every row of that date as evidence.
/// </summary>
internal static partial class ContentChangeAnswers
{
    private const int MaxRows = 20;

    /// <summary>What a question of this form says changed: about what (if said), from what (if said), to what.</summary>
    internal sealed record Change(string? About, string? From, string To);

    /// <summary>The parts of a content-change question, or null when it is not one.</summary>
    public static Change? Parse(string text)
    {
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (English().Match(folded) is { Success: true } en)
        {
            return Part(en.Groups["to"]) is { } enTo ? new Change(Part(en.Groups["about"]), Part(en.Groups["from"]), enTo) : null;
        }

        if (!Asks().IsMatch(folded))
        {
            return null;
        }

        if (FromTo().Match(folded) is { Success: true } both)
        {
            return Part(both.Groups["to"]) is { } bothTo ? new Change(Part(both.Groups["about"]), Part(both.Groups["from"]), bothTo) : null;
        }

        if (ToOnly().Match(folded) is { Success: true } to && Part(to.Groups["to"]) is { } onlyTo)
        {
            return new Change(Part(to.Groups["about"]), null, onlyTo);
        }

        // 「静脈認証を使い始めたのはいつ」: words first written then.
        return Began().Match(folded) is { Success: true } began && Part(began.Groups["to"]) is { } first ? new Change(null, null, first) : null;
    }

    private static string? Part(Group group) => group.Success && Clean(group.Value) is { Length: > 0 } part ? part : null;

    /// <summary>A part without the interrogative or the quotes around it: いつ情報政策課 → 情報政策課, 「第8号」 → 第8号.</summary>
    private static string Clean(string part) => Interrogative().Replace(part.Trim(), string.Empty).Trim('「', '」', '『', '』', '"', '\'', ' ');

    [GeneratedRegex(@"^(?:いつから|いつ|何時|何年何月何日に|何年に)")]
    private static partial Regex Interrogative();

    public static Answer? Answer(Change change, ParsedQuestion q, IChangedRowFinder finder)
    {
        var rows = finder.Changed(change.From, change.To, change.About, q.Organisation, MaxRows);
        var dated = rows.Where(r => r.Date is not null).OrderBy(r => r.Date!.From).ThenBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Line).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        var first = dated[0];
        var same = dated.Where(r => r.Date!.From == first.Date!.From && r.DocumentId == first.DocumentId).ToList();
        var what = change.About is null ? string.Empty : q.English ? $"{change.About}: " : $"{change.About}が";
        var fromText = change.From is null ? string.Empty : q.English ? $" from \"{change.From}\"" : $"「{change.From}」から";
        var lines = string.Join(q.English ? ", " : "、", same.Select(r => r.Line));
        var quoted = RowChange(first.Before.Text, first.After.Text, change.To, q.English);
        var text = q.English
            ? $"{what}changed{fromText} to \"{change.To}\" on {AnswerText.Date(first.Date, true)} (lines {lines}: {AnswerText.Short(first.Item.Text, 40)}{quoted})."
            : $"{what}{fromText}「{change.To}」に変わったのは{AnswerText.Date(first.Date, false)}です（{lines}行目、{AnswerText.Short(first.Item.Text, 40)}{quoted}）。";
        var evidence = same.Select(r => new Successions.EvidenceRow(r.DocumentId, r.Line, string.Empty)).ToList();
        return new Answer(text, QuestionIntent.WhenChanged, AnswerData.None, evidence, q with { Intent = QuestionIntent.WhenChanged }, []);
    }

    /// <summary>
    /// What the row itself changed, in its own words: the differing stretch of its before and after texts, each cut to
    /// <see cref="QuotedLength"/> characters (「IDとパスワード」→「二要素認証」), so the answer shows the row, not the question echoed.
    /// </summary>
    private static string RowChange(string before, string after, string asked, bool english)
    {
        if (before.Length + after.Length > MaxDiffLength)
        {
            return string.Empty;
        }

        // From the first differing stretch to the last: 「上書きにより消去」→「媒体を物理的に破壊」, not 「上書」→「媒体」.
        var changed = Successions.TextDiff.Compute(before, after).Segments.Where(d => !d.Equal).ToList();
        if (changed.Count == 0)
        {
            return string.Empty;
        }

        var from = AnswerText.Short(before[changed[0].BeforeStart..changed[^1].BeforeEnd], QuotedLength);
        var to = AnswerText.Short(after[changed[0].AfterStart..changed[^1].AfterEnd], QuotedLength);
        if (to.Length == 0 || (!SharesWords(to, asked) && !to.Any(char.IsDigit)))
        {
            return string.Empty; // a fragment that shows nothing of what was asked (「」→「政策」) is left out
        }

        return english ? $": \"{from}\" → \"{to}\"" : $"：「{from}」→「{to}」";
    }

    private const int QuotedLength = 30;

    /// <summary>The quoted text holds two characters running of the words asked (a number changed, 「7」→「8」, is always shown).</summary>
    private static bool SharesWords(string quoted, string asked)
    {
        var key = asked.Normalize(System.Text.NormalizationForm.FormKC);
        for (var i = 0; i + 1 < key.Length; i++)
        {
            if (quoted.Contains(key.AsSpan(i, 2).ToString(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
    private const int MaxDiffLength = 4_000;

    /// <summary>いつ…変わった / 変わったのはいつ: the question asks when.</summary>
    [GeneratedRegex(@"いつ|何時|何年|何月|日付")]
    private static partial Regex Asks();

    /// <summary>[about が] from から to に 変わった.</summary>
    [GeneratedRegex(@"^(?:(?<about>.+?)(?:が|は))?(?<from>[^がは]+?)から(?<to>.+?)(?:に|へ)(?:変わ|変更|改め|切り替|切替|移行|なっ|なり)")]
    private static partial Regex FromTo();

    /// <summary>about が to に 変わった (no から).</summary>
    [GeneratedRegex(@"^(?:(?<about>.+?)(?:が|は))(?<to>[^がは]+?)(?:に|へ)(?:変わ|変更|改め|切り替|切替|移行|なっ|なり)")]
    private static partial Regex ToOnly();

    /// <summary>[where で] what を 使い始めた / 導入した / 開始した.</summary>
    [GeneratedRegex(@"(?:^|[、,]|で)(?<to>[^、,をがはで]{2,30}?)(?:を|が)(?:使い始め|使用し始め|利用し始め|導入|開始|始ま|始め)")]
    private static partial Regex Began();

    [GeneratedRegex(@"^when\s+(?:did|was|were)\s+(?:(?<about>.+?)\s+)?(?:change|changed|switch|switched|move|moved)\s+(?:from\s+(?<from>.+?)\s+)?to\s+(?<to>.+?)\s*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
