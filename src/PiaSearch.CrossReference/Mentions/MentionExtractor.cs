using PiaSearch.CrossReference.Mentions.Statutes;
using PiaSearch.CrossReference.Text;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Finds every mention in a change row: runs the recognisers over 項目, 変更前 and 変更後, keeps one reading of
/// each stretch of text, attaches defined abbreviations and types the placeholders (未定) by their slot.
/// </summary>
public sealed class MentionExtractor
{
    private readonly IReadOnlyList<IMentionRecognizer> _recognizers;
    public MentionExtractor()
    {
        _recognizers =
        [
            new StatuteRecognizer(),
            new ContractorRecognizer(),
            new SystemRecognizer(),
            new DepartmentRecognizer(),
            new DocumentRecognizer(),
            new PhoneRecognizer(),
            new PersonRecognizer(),
        ];
    }

    /// <summary>Finds the mentions of a row.</summary>
    /// <param name="entry">The row.</param>
    /// <param name="aliases">Abbreviations the logs define, from a first pass.</param>
    /// <param name="knownKeys">Keys of names seen whole in a first pass, which may span a PDF line wrap.</param>
    public EntryMentions Extract(ChangeEntry entry, LearnedAliases? aliases = null, IReadOnlySet<string>? knownKeys = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var itemText = new MentionText(entry.Item.Text);
        var beforeText = new MentionText(entry.Before.Text);
        var afterText = new MentionText(entry.After.Text);
        var item = Find(entry, MentionSource.Item, itemText, itemText.Text, aliases, knownKeys);
        var before = Find(entry, MentionSource.Before, beforeText, itemText.Text, aliases, knownKeys);
        var after = Find(entry, MentionSource.After, afterText, itemText.Text, aliases, knownKeys);
        var slotType = PlaceholderRecognizer.SlotType(itemText.Text);
        AddPlaceholder(entry, MentionSource.Before, beforeText, before, slotType ?? SingleType(after));
        AddPlaceholder(entry, MentionSource.After, afterText, after, slotType ?? SingleType(before));
        return new EntryMentions(entry, item, before, after, beforeText.Text, afterText.Text);
    }

    private List<Mention> Find(ChangeEntry entry, MentionSource source, MentionText text, string itemText, LearnedAliases? aliases, IReadOnlySet<string>? knownKeys)
    {
        if (text.Text.Length == 0)
        {
            return [];
        }

        var site = new MentionSite(entry.Id, entry.DocumentId, entry.Line, source);
        var context = new RecognitionContext(text, site, itemText, knownKeys);
        var recognizers = aliases is null ? _recognizers : [.. _recognizers, new LearnedAliasRecognizer(aliases)];
        var definitions = AbbreviationFinder.Spans(text.Text).ToList();
        var found = recognizers
            .SelectMany(r => r.Recognize(context))
            .Where(m => !definitions.Any(d => m.Start >= d.Start && m.End <= d.End)) // the abbreviation being defined is not a use of it
            .ToList();
        return AbbreviationFinder.Attach(text.Text, OverlapResolver.Resolve(found));
    }

    private static void AddPlaceholder(ChangeEntry entry, MentionSource source, MentionText text, List<Mention> mentions, EntityType? type)
    {
        if (type is null || PlaceholderRecognizer.Find(text.Text) is not { } span || mentions.Any(m => m.Start < span.Start + span.Length && span.Start < m.End))
        {
            return;
        }

        var site = new MentionSite(entry.Id, entry.DocumentId, entry.Line, source);
        var word = text.Text.Substring(span.Start, span.Length);
        mentions.Add(new Mention
        {
            Type = type.Value,
            Surface = text.SurfaceOf(span.Start, span.Length),
            Name = word,
            Key = PlaceholderRecognizer.KeyOf(word),
            Site = site,
            Start = span.Start,
            Length = span.Length,
            IsPlaceholder = true,
        });
    }

    private static EntityType? SingleType(List<Mention> mentions)
    {
        var types = mentions.Where(m => !m.IsPlaceholder).Select(m => m.Type).Distinct().ToList();
        return types.Count == 1 ? types[0] : null;
    }
}
