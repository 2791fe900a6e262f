using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// 「情報課から情報政策課への変更は名称変更ですか」: yes when the succession between the two names is a rename, no (saying
/// what it was) when it is a replacement, a renumbering or a placeholder filled, with the detector's reasons and rows.
/// Reads the successions from the names asked: O(those).
/// </summary>
internal static class IsRenameAnswers
{
    public static Answer? Answer(CrossReferenceModel model, ParsedQuestion q)
    {
        // The two names of one type the question joins (被保険者証等の…委託先がAからBに: the companies, not the document).
        var (one, other) = Pair(q.Names);
        var first = RenameAnswers.Name(model, one);
        var second = other is null ? null : RenameAnswers.Name(model, other);
        var found = Between(model, q, first, second).Concat(second is null ? [] : Between(model, q, second, first)).FirstOrDefault();
        if (found is null && second is null)
        {
            // One name: the change that brought it (情報政策課は改称ですか).
            var entity = one.Entity;
            found = model.Lookups.SuccessionsOf(entity.Id)
                .Where(s => QuestionScope.Holds(model, q, s.Evidence[0].DocumentId) && s.After?.EntityId == entity.Id && s.Before is not null && s.Kind != SuccessionKind.Add)
                .OrderBy(s => s.Date?.From)
                .FirstOrDefault();
        }

        if (found is null && RenameAnswers.RemovedForAnother(model, q, one.Entity, second) is var (gone, added))
        {
            // Removed and another added in the same row: a repeal and a new enactment, not a rename.
            var when = AnswerText.Date(gone.Date, q.English);
            var said = q.English
                ? $"No: in {when} {gone.Before!.Citation} was removed and {added.After!.Citation} added in the same row; it is another one, not a rename."
                : $"いいえ、{when}の変更で{gone.Before!.Citation}が削除され、同じ行に{added.After!.Citation}が加わっています。名称変更ではなく、別のものへの交代です。";
            var both = new[] { gone, added };
            return new Answer(said, QuestionIntent.IsRename, new AnswerData { Successions = both }, AnswerText.Evidence(both), q with { Intent = QuestionIntent.IsRename }, []);
        }

        if (found is null)
        {
            return null;
        }

        var yes = found.Kind == SuccessionKind.Rename;
        var date = AnswerText.Date(found.Date, q.English);
        var reasons = string.Join(q.English ? "; " : "、", found.Reasons.Select(r => AnswerText.InLanguage(r, q.English)).Distinct().Take(3));
        var because = (reasons.Length == 0 ? string.Empty : q.English ? $" Reason: {reasons}." : $"理由：{reasons}。")
            + (AnswerText.Explanation(model, found.Evidence, q.English) is { Length: > 0 } rowSays ? q.English ? rowSays.Trim() + "." : rowSays : string.Empty);
        var change = q.English ? $"the change from {found.Before!.Citation} to {found.After!.Citation} ({date})" : $"{found.Before!.Citation}から{found.After!.Citation}への変更（{date}）";
        var text = q.English
            ? yes
                ? $"Yes: {change} is a rename (the same {found.Type.Name()} under a new name).{because}"
                : $"No: {change} is not a rename; it was {What(found.Kind, true)}.{because}"
            : yes
                ? $"はい、{change}は名称変更（改称）です。同じ{found.Type.JapaneseName()}の名称が変わりました。{because}"
                : $"いいえ、{change}は名称変更ではなく{What(found.Kind, false)}です。{because}";
        return new Answer(text, QuestionIntent.IsRename, new AnswerData { Successions = [found] }, AnswerText.Evidence([found]), q with { Intent = QuestionIntent.IsRename }, []);
    }

    private static (SpottedName One, SpottedName? Other) Pair(IReadOnlyList<SpottedName> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                if (names[i].Entity.Type == names[j].Entity.Type && names[i].ClusterId != names[j].ClusterId)
                {
                    return (names[i], names[j]);
                }
            }
        }

        return (names[0], names.Count > 1 ? names[^1] : null);
    }

    private static IEnumerable<Succession> Between(CrossReferenceModel model, ParsedQuestion q, string from, string? to) =>
        model.Lookups.SuccessionsFrom(from).Where(s => QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)
            && s.Before?.Name == from && s.After is not null && s.Kind is not (SuccessionKind.Add or SuccessionKind.Remove)
            && (to is null || s.After.Name == to));

    private static string What(SuccessionKind kind, bool english) => (kind, english) switch
    {
        (SuccessionKind.Replace, false) => "別のものへの交代（入れ替わり）",
        (SuccessionKind.Assign, false) => "未定だったものが決まった変更",
        (SuccessionKind.Renumber, false) => "番号だけの変更",
        (SuccessionKind.Replace, true) => "a replacement by another one",
        (SuccessionKind.Assign, true) => "a placeholder being filled",
        (SuccessionKind.Renumber, true) => "a change of number only",
        _ => AnswerText.Kind(kind, english),
    };

}
