using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Questions;

/// <summary>What the parser understood of a question.</summary>
/// <param name="Text">The question as asked.</param>
/// <param name="Intent">What it asks.</param>
/// <param name="Names">Known names it mentions, in order.</param>
/// <param name="Date">The day or period it asks about, if any.</param>
/// <param name="Role">The kind of value it asks for (委託先, 所属長, 使用部署…), if any.</param>
/// <param name="SlotWords">Words that locate a slot: file names and numbered labels (委託事項1).</param>
/// <param name="English">The question was asked in English.</param>
public sealed record ParsedQuestion(
    string Text,
    QuestionIntent Intent,
    IReadOnlyList<SpottedName> Names,
    DateSpan? Date,
    string? Role,
    IReadOnlyList<string> SlotWords,
    bool English)
{
    /// <summary>Provisions cited (第19条第7号 …第8号: a bare item takes the article before it), canonical.</summary>
    public IReadOnlyList<string> Provisions { get; init; } = [];

    /// <summary>The item the question names by the words of its heading (第三者点検の実施日), when it does.</summary>
    public Slots.Slot? Slot { get; init; }

    /// <summary>Date-like words of the question that are no date (令和3年2月29日), when it holds such and no date; else null.</summary>
    public string? UnreadDate { get; init; }

    /// <summary>The items the words of the question's heading name, one per municipality, when it names no municipality and several have one.</summary>
    public IReadOnlyList<Slots.Slot> HeadingSlots { get; init; } = [];

    /// <summary>
    /// Every file the question's words name, longest first: 後期高齢者医療被保険者ファイル also holds 被保険者ファイル, which a log may
    /// write for the same file in later rows.
    /// </summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The organisation (municipality) the question is about: named in it, or chosen by the asker; null for all.</summary>
    public string? Organisation { get; init; }
}
