using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Timelines;

namespace PiaSearch.CrossReference.Questions;

/// <summary>The structured part of an answer: whatever the answer was made from.</summary>
public sealed record AnswerData
{
    public static AnswerData None { get; } = new();

    public Entity? Entity { get; init; }

    public IReadOnlyList<Succession> Successions { get; init; } = [];

    public IReadOnlyList<SlotOccupancy> Occupancy { get; init; } = [];

    public SlotValue? Value { get; init; }

    public IReadOnlyList<HistoryStep> History { get; init; } = [];
}
