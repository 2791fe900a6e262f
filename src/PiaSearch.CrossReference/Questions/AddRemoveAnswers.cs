using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Text;
using PiaSearch.CrossReference.Timelines;
using PiaSearch.Documents.Dates;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// Additions and removals: when an item (委託事項5, an item named by its title) or a name was added or removed, and what
/// was added or removed on a day or in a year. An item's addition is the first change that fills it (its 変更前 holds
/// nothing), its removal the last that empties it (変更後 holds nothing or 削除); a name's are its add and remove
/// successions (or, with none, where it first and last appears). Reads the slots holding the item's label and the
/// successions of the name: O(those); "what was added in a year" reads one municipality's slots and successions, or each
/// municipality's until <see cref="MaxListed"/> have answered.
/// </summary>
internal static partial class AddRemoveAnswers
{
    private const int MaxListed = 6;
    private const int MaxItems = 12;

    public static Answer? When(CrossReferenceModel model, NumberedItems items, ParsedQuestion q, bool added)
    {
        var kind = added ? QuestionIntent.WhenAdded : QuestionIntent.WhenRemoved;
        var file = q.SlotWords.FirstOrDefault(model.Lookups.Files.Contains);
        var label = q.SlotWords.LastOrDefault(w => !model.Lookups.Files.Contains(w));
        if (label is not null && ForItem(model, items, q, label, added, kind) is { } item)
        {
            return item;
        }

        return q.Names.Count > 0 ? ForName(model, q, q.Names[^1].Entity, added, kind) : null;
    }

    private static Answer? ForItem(CrossReferenceModel model, NumberedItems items, ParsedQuestion q, string label, bool added, QuestionIntent kind)
    {
        var files = q.Files.Select(TextKey.Of).ToHashSet(StringComparer.Ordinal);
        // 受給者ファイル names 児童手当受給者ファイル too: a file matches the name asked or ends with it.
        var found = items.WithLabel(label)
            .Where(i => (files.Count == 0 || files.Any(f => i.FileKey.EndsWith(f, StringComparison.Ordinal))) && QuestionScope.Holds(model, q, i.Slot.DocumentId))
            .Where(i => q.Role is null || i.PathKey.Contains(q.Role, StringComparison.Ordinal))
            .ToList();
        var placeholder = FromPlaceholder().Match(q.Text) is { Success: true } from ? from.Groups["p"].Value : null;
        var slots = found.Select(i => i.Slot).ToList();
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        string Canonical(string? file) => canonical.TryGetValue(file ?? string.Empty, out var known) ? known : canonical[file ?? string.Empty] = FileSlots.Canonical(q, file);
        var events = found
            .SelectMany(i => (added ? i.Filled : i.Emptied).Where(c => placeholder is null || c.Before.Contains(placeholder, StringComparison.Ordinal)).Select(c => (i.Slot, Change: c)))
            .GroupBy(e => (model.Lookups.OrganisationOf(e.Slot.DocumentId), Canonical(e.Slot.File)), e => e)
            .Select(g => added ? g.OrderBy(e => e.Change.Date!.From).ThenBy(e => e.Change.Line).First() : g.OrderBy(e => e.Change.Date!.From).ThenBy(e => e.Change.Line).Last())
            .Take(MaxListed)
            .ToList();
        if (events.Count == 0)
        {
            if (slots.Count == 0)
            {
                return null;
            }

            // The item is there, and nothing ever filled (emptied) it: it was there from the log's start (is still there).
            var first = slots.SelectMany(s => s.Changes).Where(c => c.Date is not null).MinBy(c => c.Date!.From);
            var said = added
                ? q.English ? $"{label} was already there when the log starts; no addition is recorded." : $"{label}の追加は記録されていません（記録の最初からあります）。"
                : q.English ? $"No removal of {label} is recorded." : $"{label}の削除は記録されていません。";
            var rows = first is null ? [] : new List<EvidenceRow> { new(first.DocumentId, first.Line, string.Empty) };
            return new Answer(said, kind, AnswerData.None, rows, q with { Intent = kind }, []);
        }

        var organisations = events.Select(e => model.Lookups.OrganisationOf(e.Slot.DocumentId)).Distinct(StringComparer.Ordinal).Count();
        var sentences = events.Select(e =>
        {
            var place = Place(model, e.Slot, label, organisations > 1, q.English);
            var title = Title(e.Slot, e.Change, added);
            return q.English
                ? $"{place}{(title is null ? string.Empty : $" ({title})")} was {(added ? "added" : "removed")} in {AnswerText.Date(e.Change.Date, true)} (line {e.Change.Line})."
                : $"{place}{(title is null ? string.Empty : $"（{title}）")}が{(added ? "追加" : "削除")}されたのは{AnswerText.Date(e.Change.Date, false)}です（{e.Change.Line}行）。";
        });
        var ofFile = slots.ToLookup(s => (s.DocumentId, s.File));
        var evidence = events.SelectMany(e => SameDay(ofFile[(e.Slot.DocumentId, e.Slot.File)], e.Slot, e.Change, added)).DistinctBy(r => (r.DocumentId, r.Line)).ToList();
        return new Answer(string.Join(q.English ? " " : string.Empty, sentences), kind, AnswerData.None, evidence, q with { Intent = kind }, []);
    }

    /// <summary>The rows of the item's other parts filled (or emptied) by the same change, first the one found.</summary>
    private static IEnumerable<EvidenceRow> SameDay(IEnumerable<Slot> sameFile, Slot slot, SlotChange change, bool added)
    {
        yield return new EvidenceRow(change.DocumentId, change.Line, slot.Key);
        foreach (var other in sameFile.Where(s => !ReferenceEquals(s, slot)))
        {
            foreach (var c in other.Changes.Where(c => c.Date == change.Date && (added ? Fills(c) : Empties(c))).Take(1))
            {
                yield return new EvidenceRow(c.DocumentId, c.Line, other.Key);
            }
        }
    }

    private static string Place(CrossReferenceModel model, Slot slot, string label, bool municipality, bool english)
    {
        var place = slot.File is null ? label : english ? $"{label} of {slot.File}" : $"{slot.File}の{label}";
        return municipality ? english ? $"[{model.Lookups.OrganisationOf(slot.DocumentId)}] {place}" : $"【{model.Lookups.OrganisationOf(slot.DocumentId)}】{place}" : place;
    }

    /// <summary>The item's title when the change is to the item's own (title) row.</summary>
    private static string? Title(Slot slot, SlotChange change, bool added)
    {
        var text = added ? change.After : change.Before;
        return LabelAtEnd().IsMatch(TextKey.Of(slot.Path)) && !ElisionMarkers.IsAbsent(text) ? AnswerText.Short(text, 40) : null;
    }

    /// <summary>The change fills the slot: it held nothing (or a placeholder such as 未定, 調整中) and now holds something.</summary>
    internal static bool Fills(SlotChange c) =>
        (ElisionMarkers.IsAbsent(c.Before) || Placeholder().IsMatch(c.Before) || OpensWithPlaceholder().IsMatch(c.Before))
        && !ElisionMarkers.IsAbsent(c.After) && !Placeholder().IsMatch(c.After) && !OpensWithPlaceholder().IsMatch(c.After) && !ElisionMarkers.IsElided(c.Before);

    [GeneratedRegex(@"^\s*[(（\[]?\s*(?:未定|調整中|検討中|選定中|未確定|確認中)\s*[)）\]]?\s*$")]
    private static partial Regex Placeholder();

    /// <summary>A cell that opens with a placeholder word (未定（令和2年度中に決定予定）).</summary>
    [GeneratedRegex(@"^\s*[(（\[]?\s*(?:未定|調整中|検討中|選定中|未確定)")]
    private static partial Regex OpensWithPlaceholder();

    /// <summary>「未定から決まった」: the question asks when a placeholder gave way.</summary>
    [GeneratedRegex(@"(?<p>未定|調整中|検討中|選定中|未確定)(?:から|で(?:は)?なくな)")]
    private static partial Regex FromPlaceholder();

    internal static bool Empties(SlotChange c) =>
        !ElisionMarkers.IsAbsent(c.Before) && (ElisionMarkers.IsAbsent(c.After) || ElisionMarkers.IsDeletion(c.After)) && !ElisionMarkers.IsElided(c.After);

    private static Answer ForName(CrossReferenceModel model, ParsedQuestion q, Entity entity, bool added, QuestionIntent kind)
    {
        var name = entity.Name;
        var all = model.Lookups.SuccessionsOf(entity.Id)
            .Where(s => s.Date is not null && QuestionScope.Holds(model, q, s.Evidence[0].DocumentId))
            .Where(s => q.Provisions.Count == 0 || entity.Type != EntityType.Statute || (added ? s.After : s.Before)?.Provision == q.Provisions[^1])
            .Where(s => added
                ? s.After?.EntityId == entity.Id && s.Kind is SuccessionKind.Add or SuccessionKind.Replace or SuccessionKind.Assign
                : s.Before?.EntityId == entity.Id && s.Kind is SuccessionKind.Remove or SuccessionKind.Replace)
            .OrderBy(s => s.Date!.From)
            .ToList();

        // In the items of the role asked (委託先), when the name was added or removed there; else wherever (a 移転先 kept in 別添5).
        var inRole = q.Role is null ? all : all.Where(s => s.Evidence.Any(e => TextKey.Of(e.SlotKey).Contains(q.Role, StringComparison.Ordinal))).ToList();
        var events = inRole.Count > 0 ? inRole : all;
        if (events.Count > 0)
        {
            var s = added ? events[0] : events[^1];
            name = (added ? s.After : s.Before)?.Citation ?? name;
            var how = s.Kind is SuccessionKind.Add or SuccessionKind.Remove
                ? string.Empty
                : added
                    ? q.English ? $", in place of {s.Before?.Name}" : s.Kind == SuccessionKind.Assign ? $"（{s.Before?.Name}から決定）" : $"（{s.Before?.Name}から{AnswerText.Kind(s.Kind, false)}）"
                    : q.English ? $", replaced by {s.After?.Name}" : $"（{s.After?.Name}へ{AnswerText.Kind(s.Kind, false)}）";
            var text = q.English
                ? $"{name} was {(added ? "added" : "removed")} in {AnswerText.Date(s.Date, true)}{how} (line {s.Evidence[0].Line})."
                : $"{name}が{(added ? "追加" : "削除")}されたのは{AnswerText.Date(s.Date, false)}です{how}（{s.Evidence[0].Line}行）。";
            return new Answer(text, kind, new AnswerData { Entity = entity, Successions = [s] }, AnswerText.Evidence([s]), q with { Intent = kind }, []);
        }

        // No succession says so: where the name is first (or last) written.
        var timeline = TimelineBuilder.Build(model, entity);
        var at = added ? timeline.First : timeline.Last;
        var evidence = at is null ? [] : new List<EvidenceRow> { new(at.DocumentId, at.Line, string.Empty) };
        var sentence = at is null
            ? q.English ? $"{name} is not written in any row." : $"{name}はどの行にも記載されていません。"
            : added
                ? q.English ? $"{name} first appears in {AnswerText.Date(at.Date, true)} (line {at.Line})." : $"{name}が最初に記載されたのは{AnswerText.Date(at.Date, false)}です（{at.Line}行）。"
                : q.English
                    ? $"No removal of {name} is recorded; it last appears in {AnswerText.Date(at.Date, true)} (line {at.Line})."
                    : $"{name}の削除は記録されていません。最後の記載は{AnswerText.Date(at.Date, false)}です（{at.Line}行）。";
        return new Answer(sentence, kind, new AnswerData { Entity = entity }, evidence, q with { Intent = kind }, []);
    }

    /// <summary>「令和3年度の変更で追加された提供先は?」: the items filled (or emptied) and the names added (or removed) by the changes of that day or year.</summary>
    public static Answer? What(CrossReferenceModel model, NumberedItems numbered, ParsedQuestion q, bool added)
    {
        var span = q.Date!;
        var word = KindWord().Match(q.Text.Normalize(System.Text.NormalizationForm.FormKC)) is { Success: true } m ? Japanese(m.Value) : null;
        var type = RoleWords.TypeOf(RoleWords.Find(word ?? string.Empty)) ?? TypeWord(word);
        var organisations = q.Organisation is not null ? [q.Organisation] : model.Lookups.Organisations;
        var found = new List<(string Organisation, List<(string What, SlotChange? Change, Succession? Succession)> Items)>();
        foreach (var organisation in organisations)
        {
            var items = new List<(string What, SlotChange? Change, Succession? Succession)>();
            if (type is null)
            {
                items.AddRange(Items(model, numbered, q, organisation, word, span, added));
            }

            if (type is not null || word is null)
            {
                // Names that came (went) with the changes: added (removed), or taking another's place; never a placeholder (未定). In
                // the items of the role asked (委託先名 for 委託先) when there are such, else wherever the name was written.
                var role = RoleWords.Find(word ?? string.Empty);
                var named = model.Lookups.SuccessionsIn(organisation)
                    .Where(s => Within(s.Date, span) && (type is null || s.Type == type)
                        && (added ? s.Kind is SuccessionKind.Add or SuccessionKind.Replace or SuccessionKind.Assign : s.Kind is SuccessionKind.Remove or SuccessionKind.Replace)
                        && (added ? s.After : s.Before) is { } end && end.EntityId is { } id && model.Entity(id) is { IsPlaceholder: false })
                    .ToList();
                var inRole = role is null ? named : named.Where(s => s.Evidence.Any(e => TextKey.Of(e.SlotKey).Contains(role, StringComparison.Ordinal))).ToList();
                if (role is not null && inRole.Count == 0)
                {
                    // Lists kept in appendices (別添5: the 移転先 rows) name no role in their item.
                    inRole = named.Where(s => s.Evidence.Any(e => e.SlotKey.Contains("別添", StringComparison.Ordinal))).ToList();
                }

                foreach (var s in inRole)
                {
                    items.Add(((added ? s.After : s.Before)!.Citation, null, s));
                }
            }

            if (items.Count > 0)
            {
                found.Add((organisation, items.DistinctBy(i => i.What.Length == 0 ? $"{i.Change?.DocumentId}:{i.Change?.Line}" : i.What).ToList()));
                if (found.Count >= MaxListed)
                {
                    break;
                }
            }
        }

        var verb = q.English ? added ? "added" : "removed" : added ? "追加" : "削除";
        if (found.Count == 0)
        {
            // Asked of one municipality (named, chosen, or the only one): say there were none, rather than not answering.
            if (q.Organisation is null && model.Lookups.Organisations.Count != 1)
            {
                return null;
            }

            var what = word ?? (q.English ? "items" : "項目");
            var none = q.English
                ? $"No {what} was {verb} in {AnswerText.Date(span, true)}."
                : $"{AnswerText.Date(span, false)}の変更で{verb}された{what}はありません。";
            return new Answer(none, QuestionIntent.WhatAdded, AnswerData.None, [], q with { Intent = QuestionIntent.WhatAdded }, []);
        }

        var sentences = found.Select(f =>
        {
            var named = f.Items.Where(i => i.What.Length > 0).ToList();
            var list = string.Join(q.English ? "; " : "、", named.Take(MaxItems).Select(i => i.What));
            var more = named.Count > MaxItems ? q.English ? $" and {named.Count - MaxItems} more" : $" ほか{named.Count - MaxItems}件" : string.Empty;
            var who = found.Count > 1 ? q.English ? $"[{f.Organisation}] " : $"【{f.Organisation}】" : string.Empty; // one: the answerer labels it
            return q.English
                ? $"{who}{named.Count} {verb} in {AnswerText.Date(span, true)}: {list}{more}."
                : $"{who}{AnswerText.Date(span, false)}に{verb}されたのは{list}{more}です（{named.Count}件）。";
        });
        var evidence = found.SelectMany(f => f.Items).SelectMany(i => i.Change is { } c
                ? [new EvidenceRow(c.DocumentId, c.Line, string.Empty)]
                : i.Succession!.Evidence)
            .DistinctBy(e => (e.DocumentId, e.Line))
            .ToList();
        return new Answer(string.Join(q.English ? " " : string.Empty, sentences), QuestionIntent.WhatAdded, AnswerData.None, evidence, q with { Intent = QuestionIntent.WhatAdded }, []);
    }

    /// <summary>
    /// The numbered items (委託事項3, 提供先2) of the kind asked that the changes of the day or year filled (or emptied): an item
    /// whose own row or first field (①) was filled, described by what that row and the item's other rows then say.
    /// </summary>
    private static IEnumerable<(string What, SlotChange? Change, Succession? Succession)> Items(
        CrossReferenceModel model, NumberedItems numbered, ParsedQuestion q, string organisation, string? word, DateSpan span, bool added)
    {
        var files = q.Files.Select(TextKey.Of).ToHashSet(StringComparer.Ordinal);
        var wordKey = word is null ? null : TextKey.Of(word);
        foreach (var slot in word is null ? [] : numbered.ListRowsIn(organisation))
        {
            // A row of a list kept elsewhere (別添4-13: 追加 → 提供先：後期高齢者医療広域連合 …) says what it is in its cell.
            foreach (var c in slot.Changes.Where(c => Within(c.Date, span) && (added ? Fills(c) : Empties(c))))
            {
                if (Labelled(added ? c.After : c.Before, word!) is { } what)
                {
                    yield return ($"{(slot.File is null ? string.Empty : slot.File + " ")}{what}", c, null);
                }
            }
        }

        var items = new Dictionary<(string Document, string? File, string Label), (List<SlotChange> Own, List<SlotChange> Fields)>();
        foreach (var item in numbered.In(organisation))
        {
            if ((wordKey is not null && !item.Label.StartsWith(wordKey, StringComparison.Ordinal)) || (files.Count > 0 && !files.Any(f => item.FileKey.EndsWith(f, StringComparison.Ordinal))))
            {
                continue;
            }

            var changes = (added ? item.Filled : item.Emptied).Where(c => Within(c.Date, span)).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            var key = (item.Slot.DocumentId, item.Slot.File, item.Label);
            if (!items.TryGetValue(key, out var lists))
            {
                items[key] = lists = ([], []);
            }

            (item.FirstField ? lists.Own : lists.Fields).AddRange(changes);
        }

        foreach (var ((_, file, label), (own, fields)) in items)
        {
            if (own.Count == 0)
            {
                continue;
            }

            var said = own.Concat(fields).Select(c => AnswerText.Short(added ? c.After : c.Before, 40)).Distinct().Take(3);
            yield return ($"{(file is null ? string.Empty : file + " ")}{label}（{string.Join("、", said)}）", own[0], null);
            foreach (var field in fields.Take(2))
            {
                yield return (string.Empty, field, null);
            }
        }
    }

    /// <summary>The value a cell gives after the word and a colon (提供先：後期高齢者医療広域連合 法令上の根拠：… → 後期高齢者医療広域連合).</summary>
    private static string? Labelled(string cell, string word)
    {
        var at = cell.IndexOf(word, StringComparison.Ordinal);
        if (at < 0 || at + word.Length >= cell.Length || cell[at + word.Length] is not (':' or '：'))
        {
            return null;
        }

        var value = cell[(at + word.Length + 1)..].TrimStart();
        var end = value.IndexOfAny([' ', '　', '\n', '、', '。']);
        var what = (end < 0 ? value : value[..end]).Trim();
        return what.Length == 0 ? null : $"{word}：{AnswerText.Short(what, 40)}";
    }

    /// <summary>A change dated within the day or year asked (a change dated by a year counts for a day in it).</summary>
    private static bool Within(DateSpan? date, DateSpan asked) =>
        date is not null && ((date.From >= asked.From && date.To <= asked.To) || (date.From <= asked.From && asked.To <= date.To));

    private static EntityType? TypeWord(string? word) => word switch
    {
        "法令" or "法律" or "条例" => EntityType.Statute,
        "課" or "部署" or "組織" => EntityType.Department,
        "書類" or "様式" => EntityType.Document,
        _ => null,
    };

    [GeneratedRegex(@"(?:委託事項|提供先|移転先|再委託先|システム|リスク)\d{1,2}$")]
    private static partial Regex LabelAtEnd();


    [GeneratedRegex(
        @"委託事項|提供先|移転先|再委託先|委託先|システム|リスク|法令|法律|条例|部署|組織|書類|様式|" +
        @"\b(?:transfer destinations?|recipients?|provision recipients?|contractors?|entrust(?:ment|ed) items?|outsourced tasks?|systems?|laws?|statutes?|departments?|documents?)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    /// <summary>The Japanese kind word of an English one (transfer destinations → 移転先).</summary>
    private static string Japanese(string word) => word.ToLowerInvariant().TrimEnd('s') switch
    {
        "transfer destination" => "移転先",
        "recipient" or "provision recipient" => "提供先",
        "contractor" => "委託先",
        "entrustment item" or "entrusted item" or "outsourced task" => "委託事項",
        "system" => "システム",
        "law" or "statute" => "法令",
        "department" => "部署",
        "document" => "書類",
        _ => word,
    };
}
