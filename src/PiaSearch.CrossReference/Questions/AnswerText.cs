using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Questions;

/// <summary>Words answers are made of: dates as written with their interval, kinds of change, joining names.</summary>
internal static partial class AnswerText
{
    /// <summary>令和3年度（2021-04-01〜2022-03-31）, or 令和1年10月1日（2019-10-01）; in English, 令和3年度 (2021-04-01 to 2022-03-31).</summary>
    public static string Date(DateSpan? date, bool english)
    {
        if (date is null)
        {
            return english ? "an unknown date" : "日付不明";
        }

        var iso = date.From == date.To ? Iso(date.From) : english ? $"{Iso(date.From)} to {Iso(date.To)}" : $"{Iso(date.From)}〜{Iso(date.To)}";
        return english ? $"{date.Raw} ({iso})" : $"{date.Raw}（{iso}）";
    }

    /// <summary>
    /// A cell for a sentence: the date it denotes as the value of <paramref name="item"/> in 和暦 with its interval
    /// (43010 under ①実施日 → 平成29年10月2日（2017-10-02）), else the cell shortened to one line.
    /// </summary>
    public static string Cell(string text, string item, bool english) =>
        CellDateReader.Read(item, text) is { } date ? Date(date with { Raw = JapaneseDateFormatter.Span(date) }, english) : Short(text);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Kind(SuccessionKind kind, bool english) => (kind, english) switch
    {
        (SuccessionKind.Rename, false) => "改称",
        (SuccessionKind.Replace, false) => "交代",
        (SuccessionKind.Assign, false) => "未定からの決定",
        (SuccessionKind.Renumber, false) => "番号の変更",
        (SuccessionKind.Add, false) => "追加",
        (SuccessionKind.Remove, false) => "削除",
        (SuccessionKind.Rename, true) => "renamed",
        (SuccessionKind.Replace, true) => "replaced",
        (SuccessionKind.Assign, true) => "assigned",
        (SuccessionKind.Renumber, true) => "renumbered",
        (SuccessionKind.Add, true) => "added",
        _ => "removed",
    };

    /// <summary>Shortens a cell to one line for a sentence.</summary>
    public static string Short(string text, int length = 60)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= length ? line : string.Concat(line.AsSpan(0, length), "…");
    }

    /// <summary>
    /// Why the rows say the change was made, from their 提出時期に係る説明 when it gives a reason (合併による商号変更, 所管替え), not the
    /// form's boilerplate (重要な変更には該当しない変更): 「（説明：…）」, or empty.
    /// </summary>
    public static string Explanation(Model.CrossReferenceModel model, IEnumerable<EvidenceRow> rows, bool english)
    {
        foreach (var row in rows.Take(MaxExplained))
        {
            var text = model.Row($"{row.DocumentId}:{row.Line}")?.Entry.Explanation.Text.Trim();
            if (!string.IsNullOrEmpty(text) && Reason().IsMatch(text) && !Boilerplate().IsMatch(text))
            {
                return english ? $" (the row says: {Short(text, 40)})" : $"（説明：{Short(text, 40)}）";
            }
        }

        return string.Empty;
    }

    private const int MaxExplained = 5;

    [System.Text.RegularExpressions.GeneratedRegex("合併|商号|社名|改称|名称|組織|機構|改正|改題|題名|移管|所管|入札|契約|更改|分割|統合|廃止|制定|標準化|移行")]
    private static partial System.Text.RegularExpressions.Regex Reason();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:重要な変更(?:には|に)?(?:該当しない|該当する)変更|重要な変更)$")]
    private static partial System.Text.RegularExpressions.Regex Boilerplate();

    /// <summary>A detector's reason is written 「日本語 / English」: the part in the question's language.</summary>
    public static string InLanguage(string reason, bool english)
    {
        var at = reason.IndexOf(" / ", StringComparison.Ordinal);
        return at < 0 ? reason : english ? reason[(at + 3)..] : reason[..at];
    }

    /// <summary>Several answers to the parts of one question as one: the first's kind and data, every text in turn, every row once.</summary>
    public static Answer Joined(IReadOnlyList<Answer> answers, bool english) => answers[0] with
    {
        Text = string.Join(english ? " " : string.Empty, answers.Select(a => a.Text)),
        Evidence = answers.SelectMany(a => a.Evidence).DistinctBy(e => (e.DocumentId, e.Line)).ToList(),
    };

    public static IReadOnlyList<EvidenceRow> Evidence(IEnumerable<Succession> successions) =>
        successions.SelectMany(s => s.Evidence).DistinctBy(e => (e.DocumentId, e.Line)).OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
}
