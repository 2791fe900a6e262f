using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Questions;

/// <summary>Answers about names: when X became Y, what X was called before, what it is called now.</summary>
internal static partial class RenameAnswers
{
    public static Answer? WhenRenamed(CrossReferenceModel model, ParsedQuestion q)
    {
        if (q.Names[0].Entity.Type == EntityType.Statute && q.Provisions.Count > 0)
        {
            return WhenProvisionChanged(model, q);
        }

        var from = Name(model, q.Names[0]);
        var to = q.Names.Count > 1 ? Name(model, q.Names[^1]) : null;
        var direct = model.Lookups.SuccessionsFrom(from).Where(s => QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)
            && s.Before?.Name == from && s.After is not null && s.Kind != SuccessionKind.Add && s.Kind != SuccessionKind.Remove
            && (to is null ? s.Kind == SuccessionKind.Rename : s.After.Name == to)).ToList();
        var path = direct.Count > 0 ? direct.Take(1).ToList() : Path(model, q, from, to);
        if (path.Count == 0 && to is null)
        {
            // No rename from the name: what took its place, when a law is repealed for another or a document replaced by another.
            path = model.Lookups.SuccessionsFrom(from).Where(s => QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)
                && s.Before?.Name == from && s.After is not null && s.Kind is SuccessionKind.Replace or SuccessionKind.Renumber).OrderBy(s => s.Date?.From).Take(1).ToList();
        }

        if (path.Count == 0 && to is null)
        {
            // The name asked is the later one (「…法律は、いつ改められたか」 asked of the new title): the rename that brought it.
            var into = IntoName(model, q, from);
            if (into is not null)
            {
                var when = AnswerText.Date(into.Date, q.English);
                var said = q.English
                    ? $"{from} was formerly {into.Before!.Name}; it was renamed in {when}."
                    : $"{from}は{when}に{into.Before!.Name}から改められました（{AnswerText.Kind(into.Kind, false)}）。";
                return new Answer(said, QuestionIntent.WhenRenamed, new AnswerData { Successions = [into] }, AnswerText.Evidence([into]), q, []);
            }
        }

        if (path.Count == 0)
        {
            return null;
        }

        var last = path[^1];
        var steps = path.Where(s => s.Date is not null).ToList();
        var date = AnswerText.Date(last.Date, q.English);
        var evidence = AnswerText.Evidence(direct.Count > 0 ? direct : path);
        var why = AnswerText.Explanation(model, last.Evidence, q.English);
        var text = q.English
            ? $"{from} became {last.After!.Name} in {date} ({AnswerText.Kind(last.Kind, true)}{(steps.Count > 1 ? $", in {steps.Count} steps" : string.Empty)}){why}."
            : $"{from}は{date}に{last.After!.Name}になりました（{AnswerText.Kind(last.Kind, false)}{(steps.Count > 1 ? $"、{steps.Count}段階" : string.Empty)}）{why}。";
        return new Answer(text, QuestionIntent.WhenRenamed, new AnswerData { Successions = direct.Count > 0 ? direct : path }, evidence, q, []);
    }

    /// <summary>番号法第19条第7号はいつ第8号になった?: the successions from one citation to the other.</summary>
    private static Answer? WhenProvisionChanged(CrossReferenceModel model, ParsedQuestion q)
    {
        var law = q.Names[0].Entity;
        var from = q.Provisions[0];
        var to = q.Provisions.Count > 1 ? q.Provisions[^1] : null;
        if (to is null && IsTarget(q.Text, from))
        {
            // 「…が番号法第19条第8号に変わったのはいつ」: the provision asked is what it became, not what it was.
            (from, to) = (string.Empty, from);
        }

        var found = model.Lookups.SuccessionsOf(law.Id).Where(s => QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)
            && s.Before?.EntityId == law.Id && (from.Length == 0 || Cites(Provision(s.Before, law), from)) && s.After is not null
            && (to is null || Cites(Provision(s.After, law), to))).ToList();
        if (found.Count == 0 && from.Length == 0)
        {
            return null; // no succession into it: the rows that changed to it are found by their words (content change)
        }

        if (found.Count == 0)
        {
            return null;
        }

        var first = found[0];
        var date = AnswerText.Date(first.Date, q.English);
        var text = q.English
            ? $"{first.Before!.Citation} became {first.After!.Citation} in {date} ({AnswerText.Kind(first.Kind, true)})."
            : $"{first.Before!.Citation}は{date}に{first.After!.Citation}になりました（{AnswerText.Kind(first.Kind, false)}）。";
        return new Answer(text, QuestionIntent.WhenRenamed, new AnswerData { Successions = found }, AnswerText.Evidence(found), q, []);
    }

    /// <summary>The question asks what a provision became: its last number is followed by に or へ and a verb of change (第8号に変わった).</summary>
    private static bool IsTarget(string question, string provision)
    {
        var last = LastNumber().Match(provision);
        if (!last.Success)
        {
            return false;
        }

        var text = Text.KanjiNumerals.Canonical(question.Normalize(System.Text.NormalizationForm.FormKC));
        var at = text.IndexOf(last.Value, StringComparison.Ordinal);
        return at >= 0 && TargetVerb().IsMatch(text[(at + last.Value.Length)..]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"第\d+(?:条(?:の\d+)*|項|号)$")]
    private static partial System.Text.RegularExpressions.Regex LastNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:に|へ)(?:変わ|なっ|なり|改め|変更)")]
    private static partial System.Text.RegularExpressions.Regex TargetVerb();

    /// <summary>A provision as a succession cites it (第35条, or with its caption 第35条（…）) is the one asked (第35条).</summary>
    private static bool Cites(string? provision, string asked) =>
        provision is not null && (provision == asked || (provision.StartsWith(asked, StringComparison.Ordinal) && provision.Length > asked.Length && provision[asked.Length] is '（' or '('));

    /// <summary>The provision an end cites: its own, or for an article renamed by its caption (named by the whole citation) what follows the law's name.</summary>
    private static string? Provision(SuccessionEnd end, Entity law) =>
        end.Provision ?? law.Names.Select(n => n.Name).Append(law.Name).OrderByDescending(n => n.Length)
            .Where(n => end.Name.StartsWith(n, StringComparison.Ordinal) && end.Name.Length > n.Length)
            .Select(n => end.Name[n.Length..])
            .FirstOrDefault();

    /// <summary>「条例第2条の見出しは以前は何?」: the caption before (or after) the article's caption was changed.</summary>
    private static Answer? Caption(CrossReferenceModel model, ParsedQuestion q, bool former)
    {
        var law = q.Names[0].Entity;
        var asked = q.Provisions[0];
        var found = model.Lookups.SuccessionsOf(law.Id).Where(s => QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)
            && s.Kind == SuccessionKind.Rename && s.Before is not null && s.After is not null
            && Cites(Provision(s.Before, law), asked) && Cites(Provision(s.After, law), asked) && Provision(s.Before, law) != asked)
            .OrderBy(s => s.Date?.From).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var s = former ? found[^1] : found[0];
        var date = AnswerText.Date(s.Date, q.English);
        var (before, after) = (s.Before!.Citation, s.After!.Citation);
        var text = q.English
            ? $"{before} was recaptioned {after} in {date}."
            : former
                ? $"{law.Name}{asked}の見出しは、{date}の変更の前は{before}でした（変更後は{after}）。"
                : $"{law.Name}{asked}の見出しは、{date}に{after}になりました（変更前は{before}）。";
        return new Answer(text, former ? QuestionIntent.FormerName : QuestionIntent.CurrentName, new AnswerData { Successions = [s] }, AnswerText.Evidence([s]), q, []);
    }

    public static Answer FormerOrCurrentName(CrossReferenceModel model, ParsedQuestion q, bool former)
    {
        var spotted = q.Names[0];
        var entity = spotted.Entity;
        if (q.Organisation is not null && !model.Lookups.IsIn(entity, q.Organisation))
        {
            // 「目黒区で…の現在の名称は?」 of a name only another municipality writes: say so, not another municipality's names.
            var none = q.English
                ? $"{spotted.Entity.Name} is not written in {q.Organisation}'s change logs."
                : $"{spotted.Entity.Name}は{q.Organisation}の変更箇所一覧には記載がありません。";
            return new Answer(none, former ? QuestionIntent.FormerName : QuestionIntent.CurrentName, AnswerData.None, [], q, []);
        }

        if (entity.Type == EntityType.Statute && q.Provisions.Count > 0 && Caption(model, q, former) is { } caption)
        {
            return caption;
        }

        var renames = model.Lookups.SuccessionsOf(entity.Id)
            .Where(s => s.Kind == SuccessionKind.Rename && s.Before?.EntityId == entity.Id && QuestionScope.Holds(model, q, s.Evidence[0].DocumentId))
            .ToList();
        var names = entity.Names.Select(n => n.Name).ToList();
        var asked = Name(model, spotted);
        var at = names.IndexOf(asked);
        var evidence = AnswerText.Evidence(renames);
        var data = new AnswerData { Entity = entity, Successions = renames };
        string text;
        if (names.Count < 2 && Replacements(model, q, entity, former) is { Count: > 0 } replaced)
        {
            // 資格確認書の前は? A document replaced by another (or by two), a law repealed for another: the one(s) before or after it,
            // with what the rows say of why (移管, 入札…).
            var others = string.Join(q.English ? ", " : "、", replaced.Select(r => (former ? r.Before! : r.After!).Citation).Distinct());
            var when = AnswerText.Date(replaced[0].Date, q.English);
            var why = replaced.SelectMany(r => r.Reasons).Where(r => !r.Contains("名称に共通点", StringComparison.Ordinal)).Select(r => AnswerText.InLanguage(r, q.English)).FirstOrDefault();
            var because = why is null ? string.Empty : q.English ? $" ({why})" : $"（{why}）";
            text = former
                ? q.English ? $"Before {asked} there was {others}, replaced in {when}{because}." : $"{asked}の前は{others}でした（{when}に交代）{because}。"
                : q.English ? $"{asked} was replaced by {others} in {when}{because}." : $"{asked}は{when}に{others}に替わりました（交代）{because}。";
            return new Answer(text, former ? QuestionIntent.FormerName : QuestionIntent.CurrentName, new AnswerData { Entity = entity, Successions = replaced },
                AnswerText.Evidence(replaced), q, []);
        }

        if (names.Count < 2 && !former && RemovedForAnother(model, q, entity) is var (gone, added))
        {
            var when = AnswerText.Date(gone.Date, q.English);
            text = q.English
                ? $"{asked} was removed in {when}, and {added.After!.Citation} was added in the same row: another one, not a rename."
                : $"{asked}は{when}の変更で削除され、同じ行に{added.After!.Citation}が加わりました（名称変更ではなく、別のものへの交代です）。";
            var both = new[] { gone, added };
            return new Answer(text, QuestionIntent.CurrentName, new AnswerData { Entity = entity, Successions = both }, AnswerText.Evidence(both), q, []);
        }

        if (names.Count < 2)
        {
            text = q.English ? $"No change of name is recorded for {asked}." : $"{asked}の名称の変更は記録されていません。";
        }
        else if (former && at > 0)
        {
            var rename = renames.LastOrDefault(r => r.After?.Name == asked);
            var when = rename is null ? string.Empty : q.English ? $" (renamed in {AnswerText.Date(rename.Date, true)})" : $"（{AnswerText.Date(rename.Date, false)}に改称）";
            var earlier = string.Join(q.English ? ", then " : "、その後", names.Take(at));
            text = q.English ? $"The former name of {asked} is {earlier}{when}." : $"{asked}の旧名は{earlier}です{when}。";
        }
        else
        {
            var rename = renames.FirstOrDefault(r => r.Before?.Name == asked) ?? renames.LastOrDefault();
            var when = rename is null ? string.Empty : q.English ? $" since {AnswerText.Date(rename.Date, true)}" : $"（{AnswerText.Date(rename.Date, false)}に改称）";
            text = at == names.Count - 1
                ? q.English ? $"{asked} is the current name; it was formerly {string.Join(", ", names.Take(at))}." : $"{asked}が現在の名称で、旧名は{string.Join("、", names.Take(at))}です。"
                : q.English
                    ? $"{asked} is now called {names[^1]}{when}{(names.Count - at > 2 ? $", by way of {string.Join(", ", names.Skip(at + 1).SkipLast(1))}" : string.Empty)}."
                    : names.Count - at > 2
                        ? $"{asked}はその後{string.Join("、", names.Skip(at + 1).SkipLast(1))}と改称され、現在の名称は{names[^1]}です{when}。"
                        : $"{asked}の現在の名称は{names[^1]}です{when}。";
        }

        return new Answer(text, former ? QuestionIntent.FormerName : QuestionIntent.CurrentName, data, evidence, q, []);
    }

    /// <summary>The rename whose later name is the one asked, in the question's scope.</summary>
    private static Succession? IntoName(CrossReferenceModel model, ParsedQuestion q, string name)
    {
        var entity = q.Names[0].Entity;
        return model.Lookups.SuccessionsOf(entity.Id)
            .Where(s => s.Kind == SuccessionKind.Rename && s.After?.Name == name && s.Before is not null && QuestionScope.Holds(model, q, s.Evidence[0].DocumentId))
            .OrderBy(s => s.Date?.From)
            .FirstOrDefault();
    }

    /// <summary>
    /// 「X条例は、その後何という条例になった?」 when no succession joins it to another: the row that removed it and added
    /// another name of its type (a law repealed and another enacted). O(the entity's successions × that row's successions).
    /// </summary>
    internal static (Succession Removed, Succession Added)? RemovedForAnother(CrossReferenceModel model, ParsedQuestion q, Entity entity, string? other = null)
    {
        foreach (var removed in model.Lookups.SuccessionsOf(entity.Id).Where(s => s.Kind is SuccessionKind.Remove or SuccessionKind.Replace && s.Before?.EntityId == entity.Id
            && QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)))
        {
            var row = removed.Evidence[0];
            var added = model.Lookups.SuccessionsIn(model.Lookups.OrganisationOf(row.DocumentId))
                .FirstOrDefault(s => s.Kind == SuccessionKind.Add && s.Type == entity.Type && s.After is not null
                    && (other is null || s.After.Name == other) && s.Evidence.Any(e => e.DocumentId == row.DocumentId && e.Line == row.Line));
            if (added is not null)
            {
                return (removed, added);
            }
        }

        return null;
    }

    /// <summary>
    /// The replacements of the first date that brought the entity (former) or took its place (later; 健康保険被保険者証 → 資格確認書
    /// and 資格情報のお知らせ), in the question's scope.
    /// </summary>
    private static List<Succession> Replacements(CrossReferenceModel model, ParsedQuestion q, Entity entity, bool former)
    {
        var all = model.Lookups.SuccessionsOf(entity.Id)
            .Where(s => s.Kind == SuccessionKind.Replace && QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)
                && (former ? s.After?.EntityId == entity.Id && s.Before is not null : s.Before?.EntityId == entity.Id && s.After is not null))
            .OrderBy(s => s.Date?.From)
            .ToList();
        return all.Count == 0 ? all : all.Where(s => s.Date?.From == all[0].Date?.From).ToList();
    }

    /// <summary>The usual spelling of the name as spotted: the succession ends use it.</summary>
    internal static string Name(CrossReferenceModel model, SpottedName spotted) => model.Clusters.All[spotted.ClusterId].Name;

    /// <summary>A chain that leads from one name to the other, as far as it goes: O(k·L) for the k successions from the name.</summary>
    private static List<Succession> Path(CrossReferenceModel model, ParsedQuestion q, string from, string? to)
    {
        foreach (var first in model.Lookups.SuccessionsFrom(from).Where(s => QuestionScope.Holds(model, q, s.Evidence[0].DocumentId)))
        {
            if (model.Lookups.Chains.Through(first) is not { } through)
            {
                continue;
            }

            var chain = through.ToList();
            var start = chain.FindIndex(s => s.Before!.Name == from);
            if (start < 0)
            {
                continue;
            }

            var end = to is null ? chain.Count - 1 : chain.FindIndex(start, s => s.After!.Name == to);
            if (end >= start)
            {
                return chain.Skip(start).Take(end - start + 1).ToList();
            }
        }

        return [];
    }
}
