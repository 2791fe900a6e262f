using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Timelines;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// Answers questions about the change logs in one sentence, with the rows that prove it. A question it cannot
/// answer gets what was understood and questions it can answer, never an error.
/// </summary>
public sealed partial class QuestionAnswerer
{
    private readonly CrossReferenceModel _model;
    private readonly QuestionParser _parser;
    private readonly Succession? _anyRename;
    private readonly Entity? _anyContractor;
    private readonly string? _slotQuestion;
    private readonly bool _hasHeads;
    private readonly IChangedRowFinder? _rows;
    private readonly DateAnswers _dates;
    private readonly NumberedItems _items;

    /// <param name="model">The model to answer from.</param>
    /// <param name="spotter">The model's name spotter when it is already built (search shares it); else one is built.</param>
    /// <param name="rows">Finds rows whose text changed from some words to others, for content-change questions; null to not answer them.</param>
    public QuestionAnswerer(CrossReferenceModel model, NameSpotter? spotter = null, IChangedRowFinder? rows = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _rows = rows;
        _parser = new QuestionParser(model, spotter);
        _dates = new DateAnswers(model);
        _items = new NumberedItems(model);

        // What the suggestions are made of, found once per model (O(N)) instead of on every question.
        _anyRename = model.Successions.FirstOrDefault(s => s.Kind == SuccessionKind.Rename && s.Type != EntityType.Statute)
            ?? model.Successions.FirstOrDefault(s => s.Kind == SuccessionKind.Rename);
        _anyContractor = model.Lookups.EntitiesOf(EntityType.Contractor).FirstOrDefault(e => !e.IsPlaceholder);
        var slot = model.Slots.FirstOrDefault(s => s.File is not null && s.Path.Contains("委託先名", StringComparison.Ordinal) && s.Changes.Count > 1);
        if (slot?.Changes[^1].Date is { } date)
        {
            _slotQuestion = $"{date.From.Year}年{date.From.Month}月{date.From.Day}日時点の{slot.File}{slot.Path.Split('-').FirstOrDefault(p => p.StartsWith("委託事項", StringComparison.Ordinal))}の委託先は?";
        }

        _hasHeads = model.Slots.Any(s => s.Path.Contains("所属長", StringComparison.Ordinal));
    }

    /// <param name="question">The question, in Japanese or English.</param>
    /// <param name="organisation">The organisation (municipality) to answer about; null for the one the question names, or all.</param>
    public Answer Ask(string question, string? organisation = null)
    {
        // 「…はいつか。また、…は?」: two questions, each answered; the answer says both.
        var parts = SecondQuestion().Split(question ?? string.Empty).Where(p => p.Trim().Length > 0).Take(MaxQuestions).ToList();
        if (parts.Count > 1)
        {
            var answers = parts.Select(p => AskOne(p, organisation)).ToList();
            var answered = answers.Where(a => a.Kind != QuestionIntent.Unknown).ToList();
            if (answered.Count > 0)
            {
                // The parts answered, then a word for a part not answered (not the whole "could not answer" text glued on).
                var english = answered[0].Understood.English;
                var unanswered = answers.Count - answered.Count;
                var note = unanswered == 0 ? string.Empty : english ? " (The other question could not be answered.)" : "（もう一つの質問には答えられませんでした）";
                return answered[0] with
                {
                    Text = string.Join(english ? " " : string.Empty, answered.Select(a => a.Text)) + note,
                    Evidence = answers.SelectMany(a => a.Evidence).DistinctBy(e => (e.DocumentId, e.Line)).ToList(),
                };
            }
        }

        return AskOne(question ?? string.Empty, organisation);
    }

    /// <summary>「どう増減しましたか」: what was added and what was removed, one sentence each.</summary>
    private Answer? AddedAndRemoved(ParsedQuestion q)
    {
        var answers = new[] { AddRemoveAnswers.What(_model, _items, q, added: true), AddRemoveAnswers.What(_model, _items, q, added: false) }.OfType<Answer>().ToList();
        return answers.Count == 0 ? null : AnswerText.Joined(answers, q.English);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"増減|増えたり減った|増えた.*減った|追加.*削除|削除.*追加|added and removed|removed and added", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BothWays();

    private static bool RemovedAsked(string text) => QuestionParser.RemovedWord().IsMatch(text) && !QuestionParser.AddedWord().IsMatch(text);

    /// <summary>The longest question read, in characters (a surrogate pair is one): the API and the command line refuse longer ones.</summary>
    public const int MaxQuestionLength = 500;

    /// <summary>At most this many questions are read from one text.</summary>
    private const int MaxQuestions = 3;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[?？。．.])\s*(?:また|それと|あわせて|併せて)[、，,]?|(?<=[?？])\s*(?:Also|And)\b,?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SecondQuestion();

    private Answer AskOne(string question, string? organisation)
    {
        var q = _parser.Parse(question, organisation);
        if (q.UnreadDate is { } unread)
        {
            // 令和3年2月29日 is no day: say so rather than answer for today.
            var text = q.English
                ? $"\"{unread}\" is not a date I can read (no such day); ask again with a day that exists."
                : $"「{unread}」は日付として読めませんでした（存在しない日付です）。実在する日付で質問してください。";
            return new Answer(text, QuestionIntent.Unknown, AnswerData.None, [], q, Suggest(null));
        }

        var answer = q.Intent switch
        {
            QuestionIntent.WhenRenamed => RenameAnswers.WhenRenamed(_model, q),
            QuestionIntent.FormerName => RenameAnswers.FormerOrCurrentName(_model, q, former: true),
            QuestionIntent.CurrentName => RenameAnswers.FormerOrCurrentName(_model, q, former: false),
            QuestionIntent.SinceWhen => SinceAnswers.Answer(_model, q),
            QuestionIntent.ValueAsOf => SlotValueAnswers.Answer(_model, q),
            QuestionIntent.History => HistoryAnswers.Answer(_model, q),
            QuestionIntent.Entity => AboutEntity(q),
            QuestionIntent.IsRename => IsRenameAnswers.Answer(_model, q),
            QuestionIntent.HowMany => CountAnswers.Answer(_model, q),
            QuestionIntent.WhenAdded => AddRemoveAnswers.When(_model, _items, q, added: true),
            QuestionIntent.WhenRemoved => AddRemoveAnswers.When(_model, _items, q, added: false),
            QuestionIntent.WhatAdded => BothWays().IsMatch(q.Text) ? AddedAndRemoved(q) : AddRemoveAnswers.What(_model, _items, q, added: !RemovedAsked(q.Text)),
            QuestionIntent.WhatDate => _dates.Answer(q),
            _ => null,
        };

        // A change of what a cell says (not of a name): asked when no template answered, or when only the entity it
        // mentions was recognised.
        if (answer is null or { Kind: QuestionIntent.Entity } && _rows is not null && ContentChangeAnswers.Parse(q.Text) is { } change)
        {
            answer = ContentChangeAnswers.Answer(change, q, _rows) ?? answer;
        }

        // A question about a name that no kind of answer fits still gets what is known of the name (as before the new kinds).
        if (answer is null && q.Names.Count > 0 && q.Intent != QuestionIntent.Entity)
        {
            answer = AboutEntity(q);
        }

        return Labelled(answer ?? NotUnderstood(q));
    }

    /// <summary>With several municipalities loaded, an answer says whose logs it comes from: 【目黒区】情報課は….</summary>
    private Answer Labelled(Answer answer)
    {
        if (_model.Lookups.Organisations.Count < 2)
        {
            return answer;
        }

        var organisations = answer.SourceDocuments.Select(_model.Lookups.OrganisationOf).Distinct(StringComparer.Ordinal).ToList();
        if (organisations.Count != 1)
        {
            return answer;
        }

        return answer with { Text = answer.Understood.English ? $"[{organisations[0]}] {answer.Text}" : $"【{organisations[0]}】{answer.Text}" };
    }

    private Answer AboutEntity(ParsedQuestion q)
    {
        var entity = q.Names[0].Entity;
        var timeline = TimelineBuilder.Build(_model, entity);
        var names = entity.Names.Count > 1 ? $"（{string.Join(" → ", entity.Names.Select(n => n.Name))}）" : string.Empty;
        var rows = entity.Aliases.SelectMany(a => a.Occurrences).Select(o => (o.DocumentId, o.Line)).Distinct().Count();
        var text = q.English
            ? $"{entity.Name} ({entity.Type.Name()}) appears in {rows} rows " +
                $"from {AnswerText.Date(timeline.First?.Date, true)} to {AnswerText.Date(timeline.Last?.Date, true)}" +
                $"{(entity.Names.Count > 1 ? $", named {string.Join(" then ", entity.Names.Select(n => n.Name))}" : string.Empty)}."
            : $"{entity.Name}（{entity.Type.JapaneseName()}）{names}は{AnswerText.Date(timeline.First?.Date, false)}から{AnswerText.Date(timeline.Last?.Date, false)}までの{rows}行に記載があります。";
        var evidence = new[] { timeline.First, timeline.Last }.OfType<Occurrence>().Select(o => new EvidenceRow(o.DocumentId, o.Line, string.Empty)).DistinctBy(e => e.Line).ToList();
        return new Answer(text, QuestionIntent.Entity, new AnswerData { Entity = entity, Successions = timeline.Successions, Occupancy = timeline.Slots }, evidence, q, Suggest(entity));
    }

    private Answer NotUnderstood(ParsedQuestion q)
    {
        var understood = q.Names.Count > 0 ? string.Join("、", q.Names.Select(n => n.Entity.Name)) : null;
        var text = q.English
            ? $"I could not answer this question{(understood is null ? string.Empty : $"; it mentions {understood}")}; try one of the suggestions."
            : $"この質問には答えられませんでした{(understood is null ? string.Empty : $"（{understood} について尋ねていると理解しました）")}。次のような質問ができます。";
        return new Answer(text, QuestionIntent.Unknown, AnswerData.None, [], q, Suggest(q.Names.Count > 0 ? q.Names[0].Entity : null));
    }

    /// <summary>Questions this model can answer, made from its own data.</summary>
    private List<string> Suggest(Entity? about)
    {
        var suggestions = new List<string>();
        var rename = (about is null
            ? null
            : _model.Lookups.SuccessionsOf(about.Id)
                .FirstOrDefault(s => s.Kind == SuccessionKind.Rename && s.Type != EntityType.Statute && s.Before?.EntityId == about.Id))
            ?? _anyRename;
        if (rename is not null)
        {
            suggestions.Add($"{rename.Before!.Name}はいつ{rename.After!.Name}になった?");
            suggestions.Add($"{rename.After!.Name}の旧名は?");
        }

        var contractor = about?.Type == EntityType.Contractor ? about : _anyContractor;
        if (contractor is not null)
        {
            suggestions.Add($"{contractor.Name}はいつから委託先?");
        }

        if (_slotQuestion is not null)
        {
            suggestions.Add(_slotQuestion);
        }

        if (_hasHeads)
        {
            suggestions.Add("所属長の変遷");
        }

        return suggestions;
    }
}
