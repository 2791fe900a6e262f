using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Questions;

/// <summary>An answer: one sentence, what kind of question it answers, the data behind it, and the rows that prove it.</summary>
/// <param name="Text">One sentence, in the language of the question.</param>
/// <param name="Kind">The kind of question answered (Unknown when it was not understood).</param>
/// <param name="Data">The entities, successions, values or history the sentence is made from.</param>
/// <param name="Evidence">The change rows that show it.</param>
/// <param name="Understood">What was understood of the question.</param>
/// <param name="Suggestions">Questions that can be answered, when this one could not.</param>
public sealed record Answer(
    string Text,
    QuestionIntent Kind,
    AnswerData Data,
    IReadOnlyList<EvidenceRow> Evidence,
    ParsedQuestion Understood,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>The change logs the answer rests on: its evidence rows, the slot whose value it gives, the slots it lists.</summary>
    public IEnumerable<string> SourceDocuments =>
        Evidence.Select(e => e.DocumentId)
            .Concat(Data.Value is { } value ? [value.Slot.DocumentId] : [])
            .Concat(Data.Occupancy.Select(o => o.DocumentId));
}
