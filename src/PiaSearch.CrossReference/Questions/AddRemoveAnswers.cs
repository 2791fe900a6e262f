using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Text;
using PiaSearch.CrossReference.Timelines;
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

    [GeneratedRegex(@"(?:委託事項|提供先|移転先|再委託先|システム|リスク)\d{1,2}$")]
    private static partial Regex LabelAtEnd();
}
