using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// 「43921はいつのこと?」「平成29年10月2日は何の日?」: what a date written in a cell is. A spreadsheet day number is read as
/// its day; the answer names the items whose cells hold that day (実施日, 意見聴取期間…) with their rows. The days of the
/// model's date cells are indexed once, on the first such question: O(slot changes) then, O(hits) per question.
/// </summary>
internal sealed partial class DateAnswers(CrossReferenceModel model)
{
    private const int MaxItems = 6;

    private readonly Lazy<Dictionary<DateOnly, List<(Slot Slot, SlotChange Change, bool After)>>> _days = new(() => Index(model));

    public Answer? Answer(ParsedQuestion q)
    {
        var folded = q.Text.Normalize(System.Text.NormalizationForm.FormKC);
        DateOnly day;
        string? serial = null;
        if (q.Date is { } date && date.From == date.To)
        {
            day = date.From;
        }
        else if (QuestionParser.ExcelSerial().Match(folded) is { Success: true } m && CellDateReader.TrySerial(m.Value, out var read))
        {
            (day, serial) = (read, m.Value);
        }
        else
        {
            return null;
        }

        var cells = (_days.Value.GetValueOrDefault(day) ?? [])
            .Where(c => QuestionScope.Holds(model, q, c.Slot.DocumentId))
            .DistinctBy(c => (c.Slot.Key, c.Slot.DocumentId))
            .Take(MaxItems)
            .ToList();
        var iso = AnswerText.Iso(day);
        var japanese = JapaneseDateFormatter.Day(day);
        var what = serial is null
            ? q.English ? $"{japanese} ({iso})" : $"{japanese}（{iso}）"
            : q.English ? $"{serial} is a spreadsheet day number: {japanese} ({iso})." : $"{serial}は表計算ソフトの日付の通し番号で、{japanese}（{iso}）です。";
        // Several municipalities' items are each labelled; one municipality's answer is labelled once, by the answerer.
        var multi = cells.Select(c => model.Lookups.OrganisationOf(c.Slot.DocumentId)).Distinct(StringComparer.Ordinal).Count() > 1;
        var items = string.Join(q.English ? "; " : "、", cells.Select(c =>
            $"{(multi ? q.English ? $"[{model.Lookups.OrganisationOf(c.Slot.DocumentId)}] " : $"【{model.Lookups.OrganisationOf(c.Slot.DocumentId)}】" : string.Empty)}" +
            $"{c.Slot.Label}{Where(c.Change, c.After, q.English)}"));
        string text;
        if (cells.Count == 0)
        {
            if (serial is null)
            {
                return null;
            }

            text = q.English ? $"{what} No item of the change logs holds that day." : $"{what}変更箇所一覧の項目にこの日付はありません。";
        }
        else
        {
            text = serial is null
                ? q.English ? $"{what} is the date of {items}." : $"{what}は、{items}の日付です。"
                : q.English ? $"{what} It is the date of {items}." : $"{what}{items}の日付です。";
        }

        var evidence = cells.Select(c => new EvidenceRow(c.Change.DocumentId, c.Change.Line, c.Slot.Key)).DistinctBy(e => (e.DocumentId, e.Line)).ToList();
        return new Answer(text, QuestionIntent.WhatDate, AnswerData.None, evidence, q with { Intent = QuestionIntent.WhatDate }, []);
    }

    private static string Where(SlotChange change, bool after, bool english) => english
        ? $" (line {change.Line}, {(after ? "after" : "before")} the change of {AnswerText.Date(change.Date, true)})"
        : $"（{change.Line}行、{AnswerText.Date(change.Date, false)}の変更{(after ? "後" : "前")}）";

    /// <summary>Every day a date cell holds (an item whose name says it is a date, a cell that reads as one), with where.</summary>
    private static Dictionary<DateOnly, List<(Slot Slot, SlotChange Change, bool After)>> Index(CrossReferenceModel model)
    {
        var days = new Dictionary<DateOnly, List<(Slot, SlotChange, bool)>>();
        foreach (var slot in model.Slots)
        {
            if (!CellDateReader.NamesADateOrPeriod(slot.Path))
            {
                continue;
            }

            foreach (var change in slot.Changes)
            {
                Add(days, slot, change, change.After, after: true);
                Add(days, slot, change, change.Before, after: false);
            }
        }

        return days;
    }

    private static void Add(Dictionary<DateOnly, List<(Slot, SlotChange, bool)>> days, Slot slot, SlotChange change, string cell, bool after)
    {
        if (CellDateReader.Read(slot.Path, cell) is not { } span)
        {
            return;
        }

        foreach (var day in span.From == span.To ? [span.From] : new[] { span.From, span.To })
        {
            if (!days.TryGetValue(day, out var list))
            {
                days[day] = list = [];
            }

            list.Add((slot, change, after));
        }
    }
}
