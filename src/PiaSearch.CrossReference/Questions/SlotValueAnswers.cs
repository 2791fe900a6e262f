using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>Answers "what did this slot hold on that day", saying so when a change dated by a period may already have happened.</summary>
internal static class SlotValueAnswers
{
    public static Answer? Answer(CrossReferenceModel model, ParsedQuestion q)
    {
        var slot = Choose(model, q);
        if (slot is null || q.Date is null)
        {
            return null;
        }

        var day = q.Date.To;
        var value = SlotLookup.AsOf(slot, day);
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
        var since = value.Current is { } c0 ? (q.English ? $" since {AnswerText.Date(c0.Date, true)}" : $"（{AnswerText.Date(c0.Date, false)}から）") : string.Empty;
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

    /// <summary>The slot the question locates: its file, its numbered labels and its kind of value; the value slot (委託先名) before its relatives (委託先名の確認方法).</summary>
    private static Slot? Choose(CrossReferenceModel model, ParsedQuestion q)
    {
        if (q.Slot is { } named)
        {
            return named;
        }

        var files = model.Lookups.Files;
        var file = q.SlotWords.FirstOrDefault(files.Contains);
        var labels = q.SlotWords.Where(w => !files.Contains(w)).ToList();
        var type = RoleWords.TypeOf(q.Role);

        // Only the slots of the file, or those whose path holds the role or a label: never every slot.
        var narrowest = file is null ? q.Role ?? labels.OrderByDescending(l => l.Length).FirstOrDefault() : null;
        if (file is null && narrowest is null)
        {
            return null;
        }

        return SlotLookup.Find(model, file, narrowest)
            .Where(s => q.Organisation is null || model.Lookups.OrganisationOf(s.DocumentId) == q.Organisation)
            .Where(s => labels.All(l => TextKey.Of(s.Path).Contains(l, StringComparison.Ordinal)))
            .Where(s => q.Role is null || TextKey.Of(s.Path).Contains(q.Role, StringComparison.Ordinal))
            .OrderByDescending(s => type is not null && s.Changes.Any(c => c.AfterEntityIds.Any(id => model.Entity(id)?.Type == type)))
            .ThenBy(s => s.Path.Length)
            .FirstOrDefault();
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
