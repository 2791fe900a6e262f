using PiaSearch.Documents.ChangeLogs;
using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Timelines;
using PiaSearch.Documents.Dates;

namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>From the cross-reference model to the JSON contract shared by the API and the CLI.</summary>
public static class CrossReferenceDtos
{
    /// <summary>An entity page lists at most this many rows per spelling (a contractor of a thousand bodies has many); the count says how many there are.</summary>
    public const int MaxMentionsPerSpelling = 200;

    public static DateDto? Date(DateSpan? date) => date is null ? null : new DateDto(date.Raw, date.From, date.To);

    public static EntityRefDto? Ref(CrossReferenceModel model, string? entityId) =>
        entityId is not null && model.Entity(entityId) is { } entity ? new EntityRefDto(entity.Id, entity.Type.Name(), entity.Name) : null;

    public static EntitySummaryDto Summary(Entity entity) => new(
        entity.Id,
        entity.Type.Name(),
        entity.Name,
        entity.Names.Select(n => n.Name).ToList(),
        entity.MentionCount,
        Date(entity.Names.Select(n => n.FirstSeen).OfType<DateSpan>().MinBy(d => d.From)),
        Date(entity.Names.Select(n => n.LastSeen).OfType<DateSpan>().MaxBy(d => d.From)),
        entity.IsPlaceholder);

    /// <summary>An entity as one organisation's logs show it: its mentions there, first and last seen there. O(m) for its m mentions.</summary>
    public static EntitySummaryDto Summary(CrossReferenceModel model, Entity entity, string organisation)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(entity);
        var here = entity.Aliases.SelectMany(a => a.Occurrences).Where(o => model.Lookups.OrganisationOf(o.DocumentId) == organisation).ToList();
        var dated = here.Where(o => o.Date is not null).ToList();
        return Summary(entity) with
        {
            Mentions = here.Count,
            FirstSeen = Date(dated.MinBy(o => o.Date!.From)?.Date),
            LastSeen = Date(dated.MaxBy(o => o.Date!.From)?.Date),
        };
    }

    public static EntityDetailDto Detail(CrossReferenceModel model, Entity entity)
    {
        var timeline = TimelineBuilder.Build(model, entity);
        return new EntityDetailDto(
            entity.Id,
            entity.Type.Name(),
            entity.Name,
            entity.IsPlaceholder,
            entity.Names.Select(n => new NameDto(n.Name, Date(n.FirstSeen), Date(n.LastSeen), n.Mentions)).ToList(),
            entity.Aliases.Select(a => new AliasDto(
                a.Surface,
                a.Suspect,
                a.Occurrences.Take(MaxMentionsPerSpelling)
                    .Select(o => new MentionDto(o.DocumentId, o.Line, o.Source.ToString().ToLowerInvariant(), o.Provision, Date(o.Date)))
                    .ToList(),
                a.Occurrences.Count)).ToList(),
            Timeline(timeline),
            timeline.Successions.Select(Succession).ToList(),
            Municipalities(model, entity));
    }

    /// <summary>The municipalities an entity appears in (see <see cref="OrganisationSpans"/>).</summary>
    public static IReadOnlyList<OrganisationSpanDto> Municipalities(CrossReferenceModel model, Entity entity) =>
        OrganisationSpans.Of(model, entity).Select(s => new OrganisationSpanDto(s.Organisation, s.Known, s.Documents, Date(s.From), Date(s.To), s.Rows)).ToList();

    public static TimelineDto Timeline(EntityTimeline timeline) => new(
        Occurrence(timeline.First),
        Occurrence(timeline.Last),
        timeline.Slots.Select(Occupancy).ToList());

    public static SlotOccupancyDto Occupancy(SlotOccupancy s) =>
        new(s.Slot, s.SlotKey, s.DocumentId, Date(s.From), s.FromLine, Date(s.To), s.ToLine, s.Superseded);

    public static SuccessionDto Succession(Succession s) => new(
        s.Id,
        s.Type.Name(),
        s.Kind,
        End(s.Before),
        End(s.After),
        Date(s.Date),
        s.Evidence.Select(e => new EvidenceDto(e.DocumentId, e.Line)).ToList(),
        Math.Round(s.Confidence, 2),
        s.Reasons);

    public static SlotDto Slot(CrossReferenceModel model, Slot slot, DateOnly? asOf) => new(
        slot.Key,
        slot.DocumentId,
        slot.File,
        slot.Chapter,
        slot.Path,
        slot.Changes.Select(c => new SlotChangeDto(
            c.DocumentId,
            c.Line,
            Date(c.Date),
            c.Before,
            c.After,
            Refs(model, c.BeforeEntityIds),
            Refs(model, c.AfterEntityIds),
            c.PreviousLine,
            c.OnMainLine,
            c.Inconsistency)).ToList(),
        asOf is { } day ? Value(model, SlotLookup.AsOf(slot, day)) : null);

    public static SlotValueDto Value(CrossReferenceModel model, SlotValue value) => new(
        value.AsOf,
        value.Value,
        Refs(model, value.EntityIds),
        value.Current?.Line,
        Date(value.Current?.Date),
        value.Pending.Select(c => c.Line).ToList(),
        value.Conflicts.Select(c => c.Line).ToList());

    /// <summary>
    /// The answer, and for a question that could not be answered the rows that best match its words (<paramref name="rows"/>,
    /// best first), said to be a search result, not an answer.
    /// </summary>
    public static AnswerDto Answer(CrossReferenceModel model, Answer answer, IReadOnlyList<ChangeEntry> rows) =>
        Answer(model, answer) with
        {
            SearchResults = rows.Select(r => new AnswerRowDto(
                r.DocumentId, model.Lookups.OrganisationOf(r.DocumentId), r.Line, Date(r.Date), r.Item.Text, r.Before.Text, r.After.Text)).ToList(),
            SearchNote = rows.Count == 0 ? null : SearchNote(answer.Understood.English),
        };

    /// <summary>What rows offered for an unanswered question are, in the question's language.</summary>
    public static string SearchNote(bool english) => english
        ? "Not an answer: the change rows that best match the question's words."
        : "回答ではありません。質問の語に最もよく合う変更箇所です。";

    public static AnswerDto Answer(CrossReferenceModel model, Answer answer)
    {
        var q = answer.Understood;
        var understood = new UnderstoodDto(
            q.Intent,
            q.Names.Select(n => new UnderstoodNameDto(n.Text, Ref(model, n.Entity.Id)!)).ToList(),
            Date(q.Date),
            q.Role,
            q.SlotWords,
            q.English ? "en" : "ja",
            q.Organisation);
        var data = new AnswerDataDto(
            answer.Data.Entity is { } entity ? Summary(entity) : null,
            answer.Data.Successions.Select(Succession).ToList(),
            answer.Data.Occupancy.Select(Occupancy).ToList(),
            answer.Data.Value is { } value ? Value(model, value) : null,
            answer.Data.History.Select(h => new HistoryStepDto(h.Value, Date(h.Date), h.DocumentId, h.Line)).ToList());
        return new AnswerDto(
            answer.Text,
            answer.Kind,
            data,
            answer.Evidence.Select(e => new EvidenceDto(e.DocumentId, e.Line) { Source = model.Entry($"{e.DocumentId}:{e.Line}")?.Source }).ToList(),
            understood,
            answer.Suggestions,
            answer.SourceDocuments.Select(model.Lookups.OrganisationOf).Distinct(StringComparer.Ordinal).ToList());
    }

    private static OccurrenceDto? Occurrence(Occurrence? o) => o is null ? null : new OccurrenceDto(o.DocumentId, o.Line, Date(o.Date));

    private static SuccessionEndDto? End(SuccessionEnd? end) => end is null ? null : new SuccessionEndDto(end.Name, end.Provision, end.Citation, end.EntityId);

    private static List<EntityRefDto> Refs(CrossReferenceModel model, IEnumerable<string> ids) => ids.Select(id => Ref(model, id)).OfType<EntityRefDto>().ToList();
}
