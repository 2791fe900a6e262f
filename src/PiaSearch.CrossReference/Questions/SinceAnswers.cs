using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Timelines;

namespace PiaSearch.CrossReference.Questions;

/// <summary>Answers "since when": the first slot of the asked kind the entity occupied.</summary>
internal static class SinceAnswers
{
    public static Answer Answer(CrossReferenceModel model, ParsedQuestion q)
    {
        var entity = q.Names[0].Entity;
        var timeline = TimelineBuilder.Build(model, entity);
        var slots = timeline.Slots.Where(s => (q.Role is null || s.SlotKey.Contains(q.Role, StringComparison.Ordinal)) && QuestionScope.Holds(model, q, s.DocumentId)).ToList();
        var first = slots.Where(s => s.From is not null).OrderBy(s => s.From!.From).ThenBy(s => s.FromLine).FirstOrDefault();
        var names = entity.Names.Count > 1
            ? q.English
                ? $"{entity.Name} (formerly {string.Join(", ", entity.Names.SkipLast(1).Select(n => n.Name))})"
                : $"{entity.Name}（旧名 {string.Join("、", entity.Names.SkipLast(1).Select(n => n.Name))}）"
            : entity.Name;
        var renames = timeline.Successions.Where(s => s.Kind == SuccessionKind.Rename && QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)).ToList();
        var role = q.Role ?? (q.English ? "a value" : "記載");
        var already = slots.FirstOrDefault(s => s.From is null && s.ToLine is null) ?? slots.FirstOrDefault(s => s.From is null);
        if (first is null && already is not null)
        {
            // Present when the slot's first recorded change was made: the log does not say since when.
            var change = model.Lookups.SlotsOf(entity.Id).First(s => s.Key == already.SlotKey && s.DocumentId == already.DocumentId).Changes.First(c => c.BeforeEntityIds.Contains(entity.Id));
            var text = q.English
                ? $"{names} was already the {role} of {already.Slot} when the log's first change to it was made in " +
                    $"{AnswerText.Date(change.Date, true)} (line {change.Line}); the log does not say since when."
                : $"{names}は{AnswerText.Date(change.Date, false)}の変更（{change.Line}行）の時点ですでに{already.Slot}の{role}で、それより前からの{role}です。";
            var evidence = new List<EvidenceRow> { new(already.DocumentId, change.Line, already.SlotKey) };
            return new Answer(text, QuestionIntent.SinceWhen, new AnswerData { Entity = entity, Occupancy = slots, Successions = renames }, evidence, q, []);
        }

        if (first is null)
        {
            var since = timeline.First;
            var evidence = since is null ? [] : new List<EvidenceRow> { new(since.DocumentId, since.Line, string.Empty) };
            var text = since is null
                ? q.English ? $"{names} does not occupy any slot." : $"{names}はどの欄にも記載されていません。"
                : q.English ? $"{names} first appears in {AnswerText.Date(since.Date, true)} (line {since.Line})." : $"{names}が最初に記載されたのは{AnswerText.Date(since.Date, false)}です（{since.Line}行）。";
            return new Answer(text, QuestionIntent.SinceWhen, new AnswerData { Entity = entity, Occupancy = slots, Successions = renames }, evidence, q, []);
        }

        var until = first.To is null
            ? string.Empty
            : q.English ? $" until {AnswerText.Date(first.To, true)}" : $"{AnswerText.Date(first.To, false)}まで";
        var sentence = q.English
            ? $"{names} has been {(q.Role is null ? "in" : $"the {q.Role} of")} {first.Slot} since {AnswerText.Date(first.From, true)}{until}."
            : first.To is null
                ? $"{names}は{AnswerText.Date(first.From, false)}から{first.Slot}の{role}です。"
                : $"{names}は{AnswerText.Date(first.From, false)}から{until}{first.Slot}の{role}でした。";
        var rows = new List<EvidenceRow> { new(first.DocumentId, first.FromLine!.Value, first.SlotKey) };
        rows.AddRange(AnswerText.Evidence(renames));
        return new Answer(
            sentence,
            QuestionIntent.SinceWhen,
            new AnswerData { Entity = entity, Occupancy = slots, Successions = renames },
            rows.DistinctBy(r => (r.DocumentId, r.Line)).ToList(),
            q,
            []);
    }
}
