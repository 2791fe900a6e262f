using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>The mentions found in one change row, by column, with the normalised texts their spans refer to.</summary>
public sealed record EntryMentions(
    ChangeEntry Entry,
    IReadOnlyList<Mention> Item,
    IReadOnlyList<Mention> Before,
    IReadOnlyList<Mention> After,
    string BeforeText,
    string AfterText)
{
    public IEnumerable<Mention> All => Item.Concat(Before).Concat(After);

    /// <summary>Before and after, the columns a change is made of.</summary>
    public IEnumerable<Mention> Changed => Before.Concat(After);
}
