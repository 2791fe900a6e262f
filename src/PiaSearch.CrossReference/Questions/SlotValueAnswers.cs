using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>Answers "what did this slot hold on that day", saying so when a change dated by a period may already have happened.</summary>
internal static class SlotValueAnswers
{
    /// <summary>With several municipalities and none named, each one's value is given, up to this many.</summary>
    private const int MaxMunicipalities = 5;

    public static Answer? Answer(CrossReferenceModel model, ParsedQuestion q)
    {
        if (q.Date is null)
        {
            return null;
        }

        if (q.Organisation is null && q.Slot is null && model.Lookups.Organisations.Count > 1)
        {
            return ForEachMunicipality(model, q);
        }

        return Choose(model, q) is { } slot ? Answer(model, q, slot) : null;
    }

    /// <summary>
    /// No municipality named while several are loaded: the item is located in each that has it and each one's value is
    /// said, labelled 【自治体】, one sentence each (at most <see cref="MaxMunicipalities"/>, then how many more have it).
    /// </summary>
    private static Answer? ForEachMunicipality(CrossReferenceModel model, ParsedQuestion q)
    {
        var slots = Candidates(model, q)
            .GroupBy(s => model.Lookups.OrganisationOf(s.DocumentId), StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        if (slots.Count <= 1)
        {
            return slots.Count == 1 ? Answer(model, q, slots[0]) : null;
        }

        var answers = slots.Take(MaxMunicipalities).Select(s => (Organisation: model.Lookups.OrganisationOf(s.DocumentId), Answer: Answer(model, q, s))).ToList();
        var more = slots.Count - answers.Count;
        var text = string.Join(q.English ? " " : string.Empty, answers.Select(a => q.English ? $"[{a.Organisation}] {a.Answer.Text}" : $"【{a.Organisation}】{a.Answer.Text}"))
            + (more == 0 ? string.Empty : q.English ? $" ({more} more municipalities have this item.)" : $"（ほかに {more} 自治体にこの項目があります）");
        var evidence = answers.SelectMany(a => a.Answer.Evidence).ToList();
        return answers[0].Answer with { Text = text, Evidence = evidence };
    }

    private static Answer Answer(CrossReferenceModel model, ParsedQuestion q, Slot slot)
    {
        var day = q.Date!.To;
        var value = SlotLookup.AsOf(slot, InEffect(day));
        var role = q.Role ?? (q.English ? "value" : "記載");
        var place = $"{slot.File} {slot.Path}".Trim();
        var asked = q.Date.Raw;
        var now = value.Current is { } at
            ? Describe(model, slot, at, after: true, q)
            : value.Pending.Concat(value.Conflicts).FirstOrDefault() is { } next
                ? Describe(model, slot, next, after: false, q)
                : AnswerText.Cell(value.Value ?? string.Empty, slot.Path, q.English);
        var evidence = new List<EvidenceRow>();
        if (value.Current is { } current)
        {
            evidence.Add(new EvidenceRow(current.DocumentId, current.Line, slot.Key));
        }

        evidence.AddRange(value.Pending.Concat(value.Conflicts).Select(c => new EvidenceRow(c.DocumentId, c.Line, slot.Key)));
        if (evidence.Count == 0 && value.Value is not null && slot.Changes.FirstOrDefault(c => c.Date?.From > day) is { } replacedLater)
        {
            // Known only as what a later change replaced: that row proves it.
            evidence.Add(new EvidenceRow(replacedLater.DocumentId, replacedLater.Line, slot.Key));
        }
        var since = value.Current is { } c0 ? (q.English ? $" since {AnswerText.Date(c0.Date, true)}" : $"（{AnswerText.Date(c0.Date, false)}から）") : string.Empty;
        if (value.Current is { } changedThen && changedThen.Date is { } then && then.From == q.Date.From && then.To == q.Date.To)
        {
            // Asked the very day (or year) of the change: what it was before too (「何番から何番に変わりましたか」).
            var was = Describe(model, slot, changedThen, after: false, q);
            since = q.English ? $" since {AnswerText.Date(then, true)}, before which it was \"{was}\"" : $"（{AnswerText.Date(then, false)}から。変更前は「{was}」）";
        }
        var pending = value.Pending.Count > 0 ? value.Pending[0] : null;
        var later = pending is null
            ? string.Empty
            : q.English
                ? $", but it changed to \"{Describe(model, slot, pending, after: true, q)}\" during {AnswerText.Date(pending.Date, true)}, so it may already have changed on that day"
                : $"で、{AnswerText.Date(pending.Date, false)}中に「{Describe(model, slot, pending, after: true, q)}」へ変わったため、この日にすでに変わっていた可能性もあります";
        var conflict = value.Conflicts.Count > 0 && value.Conflicts[0] is var other
            ? q.English
                ? $" (line {other.Line} records \"{Describe(model, slot, other, after: true, q)}\" for the same item, which the later history does not continue)"
                : $"（{other.Line}行には同じ項目に「{Describe(model, slot, other, after: true, q)}」との記載もありますが、以後の変更はこれを引き継いでいません）"
            : string.Empty;
        string text;
        if (value.Value is null)
        {
            text = q.English ? $"On {asked}, {place} did not exist yet{later}." : $"{asked}時点では{place}はまだありませんでした{later}。";
        }
        else
        {
            text = q.English
                ? $"On {asked}, the {role} of {place} was \"{now}\"{since}{later}{conflict}."
                : $"{(asked == "現在" ? asked : asked + "時点")}の{place}の{role}は「{now}」{since}{(later.Length > 0 ? later : "です")}{conflict}。";
        }

        return new Answer(text, QuestionIntent.ValueAsOf, new AnswerData { Value = value }, evidence.DistinctBy(e => e.Line).ToList(), q, []);
    }

    /// <summary>
    /// The day to read a slot's value on for a question about <paramref name="day"/>: the change of a 変更日 is in effect on that day
    /// (「令和2年4月1日時点」「令和2年4月1日の変更後」 both include it), so the value is read as on the next day.
    /// </summary>
    internal static DateOnly InEffect(DateOnly day) => day == DateOnly.MaxValue ? day : day.AddDays(1);

    /// <summary>The slot the question locates: its file, its numbered labels and its kind of value; the value slot (委託先名) before its relatives (委託先名の確認方法).</summary>
    private static Slot? Choose(CrossReferenceModel model, ParsedQuestion q) => q.Slot ?? Candidates(model, q).FirstOrDefault();

    /// <summary>The slots the question may mean, best first.</summary>
    private static IEnumerable<Slot> Candidates(CrossReferenceModel model, ParsedQuestion q)
    {
        if (q.HeadingSlots.Count > 0)
        {
            return q.HeadingSlots;
        }

        var files = model.Lookups.Files;
        var file = q.SlotWords.FirstOrDefault(files.Contains);
        var labels = q.SlotWords.Where(w => !files.Contains(w)).ToList();
        var type = RoleWords.TypeOf(q.Role);

        // Only the slots of the file, or those whose path holds the role or a label: never every slot.
        var narrowest = file is null ? q.Role ?? labels.OrderByDescending(l => l.Length).FirstOrDefault() : null;
        if (file is null && narrowest is null)
        {
            return [];
        }

        return SlotLookup.Find(model, file, narrowest)
            .Where(s => q.Organisation is null || model.Lookups.OrganisationOf(s.DocumentId) == q.Organisation)
            .Where(s => labels.All(l => TextKey.Of(s.Path).Contains(l, StringComparison.Ordinal)))
            .Where(s => q.Role is null || TextKey.Of(s.Path).Contains(q.Role, StringComparison.Ordinal))
            .OrderByDescending(s => type is not null && s.Changes.Any(c => c.AfterEntityIds.Any(id => model.Entity(id)?.Type == type)))
            .ThenBy(s => s.Path.Length);
    }

    /// <summary>A value for a sentence: the names of the kind asked for as that change writes them, else the date the cell denotes, else the text.</summary>
    internal static string Describe(CrossReferenceModel model, Slot slot, SlotChange change, bool after, ParsedQuestion q)
    {
        var type = RoleWords.TypeOf(q.Role);
        var row = model.Row(change.EntryId);
        var mentions = row is null ? [] : after ? row.After : row.Before;
        var names = mentions
            .Where(m => type is null ? model.EntityIdOf(m) is not null : m.Type == type)
            .Select(m => model.Clusters.Of(m)?.Name)
            .OfType<string>()
            .Distinct()
            .ToList();
        return names.Count > 0 ? string.Join("、", names) : AnswerText.Cell(after ? change.After : change.Before, slot.Path, q.English);
    }
}
