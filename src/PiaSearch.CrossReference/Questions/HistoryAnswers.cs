using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Questions;

/// <summary>Answers "how did it change": an entity's names, or the values of the slots of a kind (所属長の変遷).</summary>
internal static class HistoryAnswers
{
    /// <summary>A history answer lists at most this many changes (the latest), so an item changed hundreds of times gives a readable answer.</summary>
    public const int MaxSteps = 20;

    public static Answer? Answer(CrossReferenceModel model, ParsedQuestion q)
    {
        if (q.Names.Count > 0)
        {
            return OfEntity(model, q, q.Names[0].Entity);
        }

        // The file and the numbered labels the question names narrow the items (住民基本台帳ファイルの委託事項1の委託先).
        var labels = q.SlotWords.Where(w => !model.Lookups.Files.Contains(w)).Select(PiaSearch.Documents.Text.TextKey.Of).ToList();
        var files = q.Files.Select(PiaSearch.Documents.Text.TextKey.Of).ToList();
        var candidates = SlotLookup.Find(model, null, q.Role)
            .Where(s => s.Changes.Count > 0 && (q.Organisation is null || model.Lookups.OrganisationOf(s.DocumentId) == q.Organisation))
            .Where(s => files.Count == 0 || files.Any(f => PiaSearch.Documents.Text.TextKey.Of(s.File ?? string.Empty).EndsWith(f, StringComparison.Ordinal)))
            .Where(s => labels.All(l => PiaSearch.Documents.Text.TextKey.Of(s.Path).Contains(l, StringComparison.Ordinal)))
            .ToList();
        var slot = candidates.OrderByDescending(s => s.Changes.Count).FirstOrDefault();
        if (slot is null)
        {
            return null;
        }

        var answer = OfSlot(model, q, slot);
        var chosen = model.Lookups.OrganisationOf(slot.DocumentId);
        var others = candidates.Select(s => model.Lookups.OrganisationOf(s.DocumentId)).Where(o => o != chosen).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (others.Count == 0)
        {
            return answer;
        }

        // Several municipalities record this kind of value: say which one answered and which others could.
        var listed = string.Join(q.English ? ", " : "、", others.Take(5)) + (others.Count > 5 ? (q.English ? $" and {others.Count - 5} more" : $" ほか {others.Count - 5}") : string.Empty);
        return answer with
        {
            Text = answer.Text + (q.English ? $" Also recorded for {listed}; choose one with municipality=." : $"（{listed}にも記録があります。municipality= で選べます）"),
        };
    }

    private static Answer OfEntity(CrossReferenceModel model, ParsedQuestion q, Entity entity)
    {
        var successions = model.Lookups.SuccessionsOf(entity.Id).Where(s => QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)).ToList();
        var steps = entity.Names.Select(n => new HistoryStep(n.Name, n.FirstSeen, entity.Aliases[0].Occurrences[0].DocumentId, null)).ToList();
        var renames = successions.Where(s => s.Kind == SuccessionKind.Rename).ToList();
        string text;
        if (entity.Names.Count > 1)
        {
            var chain = string.Join(" → ", renames.Count == 0
                ? entity.Names.Select(n => n.Name)
                : renames.Select(r => r.Before!.Name).Take(1).Concat(renames.Select(r => q.English ? $"{r.After!.Name} ({r.Date?.Raw})" : $"{r.After!.Name}（{r.Date?.Raw}）")));
            text = q.English ? $"{entity.Name} was renamed: {chain}." : $"{entity.Name}の名称は {chain} と変わりました。";
        }
        else
        {
            var events = string.Join(q.English ? "; " : "、", successions.Take(5).Select(s => q.English
                ? $"{AnswerText.Kind(s.Kind, true)} in {AnswerText.Date(s.Date, true)}"
                : $"{AnswerText.Date(s.Date, false)}に{AnswerText.Kind(s.Kind, false)}"));
            text = successions.Count == 0
                ? q.English ? $"No change is recorded for {entity.Name}." : $"{entity.Name}の変更は記録されていません。"
                : q.English ? $"Changes of {entity.Name}: {events}." : $"{entity.Name}の変更は{events}です。";
        }

        return new Answer(text, QuestionIntent.History, new AnswerData { Entity = entity, Successions = successions, History = steps }, AnswerText.Evidence(successions), q, []);
    }

    private static Answer OfSlot(CrossReferenceModel model, ParsedQuestion q, Slot slot)
    {
        // The latest MaxSteps changes of a long history; the sentence says how many there were in all.
        var all = slot.Changes.Where(c => c.OnMainLine).ToList();
        var main = all.Skip(Math.Max(0, all.Count - MaxSteps)).ToList();
        var steps = new List<HistoryStep>
        {
            new(SlotValueAnswers.Describe(model, slot, main[0], after: false, q), null, main[0].DocumentId, null),
        };
        steps.AddRange(main.Select(c => new HistoryStep(SlotValueAnswers.Describe(model, slot, c, after: true, q), c.Date, c.DocumentId, c.Line)));
        var chain = string.Join(" → ", steps.Select(s => s.Date is null ? s.Value : q.English ? $"{s.Value} ({s.Date.Raw})" : $"{s.Value}（{s.Date.Raw}）"));
        var role = q.Role ?? slot.Path;
        var earlier = all.Count - main.Count;
        var text = earlier == 0
            ? q.English ? $"The {role} changed: {chain}." : $"{role}は {chain} と変わりました。"
            : q.English ? $"The {role} changed {all.Count} times; the latest {main.Count}: {chain}." : $"{role}は {all.Count} 回変わりました。最近の {main.Count} 回: {chain}。";
        var evidence = main.Select(c => new EvidenceRow(c.DocumentId, c.Line, slot.Key)).ToList();
        return new Answer(text, QuestionIntent.History, new AnswerData { History = steps }, evidence, q, []);
    }
}
