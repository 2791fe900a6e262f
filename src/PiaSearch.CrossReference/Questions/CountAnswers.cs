using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// 「令和2年4月1日時点で委託は何件?」: the count an evaluation states in its 委託の有無, 再委託の有無 and 提供・移転の有無 items
/// (「[委託する] (4件)」, 「提供を行っている(63)件 移転を行っている(60)件」) on a day, read from the item's history, for each file
/// (and each municipality when none is named). Reads only the slots whose path holds 有無: O(those slots × their changes).
/// </summary>
internal static partial class CountAnswers
{
    /// <summary>At most this many files or municipalities are listed in one answer.</summary>
    private const int MaxListed = 6;

    public static Answer? Answer(CrossReferenceModel model, ParsedQuestion q)
    {
        // 「提供と移転はそれぞれ何件」: each subject asked, one sentence each.
        var answers = Subjects(q.Text).Select(s => Answer(model, q, s)).OfType<Answer>().ToList();
        return answers.Count == 0 ? null : AnswerText.Joined(answers, q.English);
    }

    private static Answer? Answer(CrossReferenceModel model, ParsedQuestion q, string subject)
    {
        var day = q.Date?.To ?? DateOnly.FromDateTime(DateTime.Today);
        var asked = q.Date?.Raw ?? (q.English ? "today" : "現在");
        var slots = FileSlots.Find(model, q, "有無")
            .Where(s => QuestionScope.Holds(model, q, s.DocumentId) && Holds(TextKey.Of(s.Path), subject))
            .Select(s => (Slot: s, Value: SlotLookup.AsOf(s, SlotValueAnswers.InEffect(day))))
            .Select(s => (s.Slot, s.Value, Count: CountIn(s.Value.Value, subject)))
            .Where(s => s.Count is not null)
            .ToList();
        slots = OneItemEach(slots);
        if (slots.Count == 0)
        {
            return null;
        }

        var listed = slots.Take(MaxListed).ToList();
        var organisations = listed.Select(s => model.Lookups.OrganisationOf(s.Slot.DocumentId)).Distinct(StringComparer.Ordinal).Count();
        var parts = listed.Select(s => Part(model, s.Slot, s.Value, s.Count!.Value, subject, q, organisations > 1)).ToList();
        var word = q.English ? EnglishWord(subject) : subject;
        var more = slots.Count - listed.Count;
        var tail = more == 0 ? string.Empty : q.English ? $" ({more} more items)" : $"（ほかに {more} 項目）";
        string text;
        if (listed.Count == 1)
        {
            var only = listed[0];
            text = q.English
                ? $"{(asked == "today" ? "Now" : $"On {asked}")}, {Where(model, only.Slot, organisations > 1, true)} states {only.Count} {word} case(s) ({only.Count}件){Since(only.Value, true)}."
                : $"{(asked == "現在" ? asked : asked + "時点")}の{Where(model, only.Slot, organisations > 1, false)}の{word}の件数は{only.Count}件です{Since(only.Value, false)}。";
        }
        else
        {
            text = q.English
                ? $"{(asked == "today" ? "Now" : $"On {asked}")}, the number of {word} cases was: {string.Join("; ", parts)}{tail}."
                : $"{(asked == "現在" ? asked : asked + "時点")}の{word}の件数は、{string.Join("、", parts)}です{tail}。";
        }

        var evidence = listed.SelectMany(s => Evidence(s.Slot, s.Value, day)).DistinctBy(e => (e.DocumentId, e.Line)).ToList();
        return new Answer(text, QuestionIntent.HowMany, new AnswerData { Value = listed[0].Value }, evidence, q, []);
    }

    /// <summary>
    /// A log that writes an item once without its file (II-5-提供・移転の有無) and later with it ((1住民基本台帳ファイル) II-5-…) writes
    /// one item, when the file is the only one with that item in the log: of the two the value that rests on the latest change
    /// in effect is the item's value, or, before either changed, the one whose first change is the earliest (its 変更前 is the
    /// oldest known value, not a later row's).
    /// </summary>
    private static List<(Slot Slot, SlotValue Value, int? Count)> OneItemEach(List<(Slot Slot, SlotValue Value, int? Count)> slots)
    {
        var result = new List<(Slot Slot, SlotValue Value, int? Count)>();
        foreach (var group in slots.GroupBy(s => (s.Slot.DocumentId, Path: TextKey.Of(s.Slot.Path))))
        {
            var items = group.ToList();
            var withFile = items.Where(i => i.Slot.File is not null).ToList();
            if (items.Count == 1 || withFile.Count != 1 || items.Count != 2)
            {
                result.AddRange(items);
                continue;
            }

            result.Add(items.Any(i => i.Value.Current is not null)
                ? items.Where(i => i.Value.Current is not null).MaxBy(i => i.Value.Current!.Date?.From ?? DateOnly.MinValue)
                : items.MinBy(i => i.Slot.Changes.Where(c => c.Date is not null).Select(c => c.Date!.From).DefaultIfEmpty(DateOnly.MaxValue).Min()));
        }

        return result;
    }

    private static string Part(CrossReferenceModel model, Slot slot, SlotValue value, int count, string subject, ParsedQuestion q, bool municipality) =>
        q.English ? $"{Where(model, slot, municipality, true)} {count} ({count}件){Since(value, true)}" : $"{Where(model, slot, municipality, false)} {count}件{Since(value, false)}";

    private static string Where(CrossReferenceModel model, Slot slot, bool municipality, bool english)
    {
        var place = slot.File ?? slot.Path;
        return municipality ? english ? $"[{model.Lookups.OrganisationOf(slot.DocumentId)}] {place}" : $"【{model.Lookups.OrganisationOf(slot.DocumentId)}】{place}" : place;
    }

    private static string Since(SlotValue value, bool english)
    {
        var since = value.Current is { } at
            ? english ? $" (since {AnswerText.Date(at.Date, true)}, line {at.Line})" : $"（{AnswerText.Date(at.Date, false)}から、{at.Line}行）"
            : string.Empty;
        var pending = value.Pending.Count > 0 ? value.Pending[0] : null;
        return pending is null
            ? since
            : since + (english
                ? $" (line {pending.Line} changed it during {AnswerText.Date(pending.Date, true)}, so it may already have changed on that day)"
                : $"（{pending.Line}行で{AnswerText.Date(pending.Date, false)}中に変更されたため、この日にすでに変わっていた可能性もあります）");
    }

    /// <summary>The row that set the value on the day, or the first change (whose before text was the value), and a change pending on the day.</summary>
    private static IEnumerable<EvidenceRow> Evidence(Slot slot, SlotValue value, DateOnly day)
    {
        if (value.Current is { } current)
        {
            yield return new EvidenceRow(current.DocumentId, current.Line, slot.Key);
        }
        else if (slot.Changes.FirstOrDefault(c => c.Date?.From > day) is { } later)
        {
            yield return new EvidenceRow(later.DocumentId, later.Line, slot.Key);
        }

        foreach (var pending in value.Pending)
        {
            yield return new EvidenceRow(pending.DocumentId, pending.Line, slot.Key);
        }
    }

    /// <summary>What is counted, in the question's order: 再委託, 委託, 提供 or 移転 (in English: subcontract, contract / entrust, provision, transfer).</summary>
    internal static List<string> Subjects(string question)
    {
        var text = question.Normalize(System.Text.NormalizationForm.FormKC);
        return SubjectWord().Matches(text)
            .Select(m => m.Value.ToLowerInvariant() switch
            {
                "再委託" or "subcontract" or "subcontracts" or "subcontracting" or "subcontractors" => "再委託",
                "提供" or "provision" or "provisions" or "provided" or "recipients" => "提供",
                "移転" or "transfer" or "transfers" or "transferred" => "移転",
                _ => "委託",
            })
            .Distinct()
            .ToList();
    }

    /// <summary>Whether an item's path (as a key) is the 有無 item of the subject: 委託の有無 is not 再委託の有無.</summary>
    private static bool Holds(string path, string subject)
    {
        if (!path.Contains("有無", StringComparison.Ordinal))
        {
            return false;
        }

        var at = path.IndexOf(subject, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (subject != "委託" || at == 0 || path[at - 1] != '再')
            {
                return true;
            }

            at = path.IndexOf(subject, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// The count a cell states for the subject: the first number in brackets (or before 件) after the subject's word and before
    /// another subject's; a cell with one count and no subject word gives that count; 「委託しない」「行っていない」 with no count is 0.
    /// </summary>
    internal static int? CountIn(string? cell, string subject)
    {
        if (cell is null)
        {
            return null;
        }

        var text = cell.Normalize(System.Text.NormalizationForm.FormKC);
        var words = SubjectWord().Matches(text).Where(m => m.Value is "委託" or "再委託" or "提供" or "移転").ToList();
        var own = words.FindIndex(m => m.Value == subject);
        var counts = Count().Matches(text);
        if (own < 0)
        {
            return words.Count == 0 && counts.Count == 1 ? Number(counts[0]) : words.Count == 0 && None().IsMatch(text) ? 0 : null;
        }

        var from = words[own].Index;
        var to = own + 1 < words.Count ? words[own + 1].Index : text.Length;
        var segment = text[from..to];
        if (counts.FirstOrDefault(c => c.Index >= from && c.Index < to) is { } count)
        {
            return None().IsMatch(segment) && !Yes().IsMatch(segment) ? 0 : Number(count);
        }

        return None().IsMatch(segment) || EmptyCount().IsMatch(segment) ? 0 : null;
    }

    private static int? Number(Match count) => int.TryParse(count.Groups["n"].Value, out var n) ? n : null;

    [GeneratedRegex(
        @"再委託|委託|提供|移転|\b(?:subcontract(?:s|ing|ors)?|contracts?|contracted|entrust(?:ed|ment|ments)?|contractors?|outsourc\w*|" +
        @"provisions?|provided|recipients|transfers?|transferred)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SubjectWord();

    /// <summary>A count: (4件), ( 2 ), (63)件, 3件.</summary>
    [GeneratedRegex(@"[(（\[]\s*(?<n>\d{1,5})\s*件?\s*[)）\]]|(?<n>\d{1,5})\s*件")]
    private static partial Regex Count();

    [GeneratedRegex(@"しない|していない|行っていない|無し|なし")]
    private static partial Regex None();

    [GeneratedRegex(@"する\s*[\])]|を行っている|委託する|有り|あり")]
    private static partial Regex Yes();

    [GeneratedRegex(@"[(（]\s*[)）]")]
    private static partial Regex EmptyCount();

    private static string EnglishWord(string subject) => subject switch
    {
        "再委託" => "subcontracting",
        "提供" => "provision",
        "移転" => "transfer",
        _ => "entrustment",
    };
}
