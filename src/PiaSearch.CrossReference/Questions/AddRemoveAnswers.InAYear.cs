using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.Dates;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>What was added or removed on a day or in a year: numbered items, rows of appendix lists, and names (see the other part for when).</summary>
internal static partial class AddRemoveAnswers
{
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
