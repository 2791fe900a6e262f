using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// The titles of numbered items (委託事項4 is 磁気媒体等外部保管, システム2 is 住基ネット連携システム), from the slots whose
/// path ends in the numbered label: the value of that slot is the item's title. Lets a question name an item by its
/// title. Built once per model, O(slot changes); a question is read once, looking up each of its character pairs:
/// O(|question| × titles starting with that pair).
/// </summary>
internal sealed partial class SlotTitles
{
    private const int MinLength = 4;
    private const int MaxLength = 40;

    private readonly Dictionary<(char, char), List<Title>> _byStart = [];
    private readonly CrossReferenceModel _model;

    public SlotTitles(CrossReferenceModel model)
    {
        _model = model;
        foreach (var slot in model.Slots)
        {
            if (LabelAtEnd().Match(TextKey.Of(slot.Path)) is not { Success: true } label)
            {
                continue;
            }

            foreach (var change in slot.Changes)
            {
                var key = KeyOf(change.After);
                if (key.Length is >= MinLength and <= MaxLength)
                {
                    Add(new Title(key, label.Value, slot.File, slot.DocumentId));
                }
            }
        }
    }

    /// <summary>An item (file and numbered label) whose title the question holds: the longest title, in the file named if one is.</summary>
    /// <param name="question">The question's key (<see cref="TextKey.Of"/>).</param>
    /// <param name="file">The file the question names, if any.</param>
    /// <param name="organisation">The organisation asked about, if any.</param>
    public (string? File, string Label)? In(string question, string? file, string? organisation)
    {
        Title? best = null;
        for (var i = 0; i + 1 < question.Length; i++)
        {
            if (!_byStart.TryGetValue((question[i], question[i + 1]), out var titles))
            {
                continue;
            }

            foreach (var title in titles)
            {
                if ((best is null || title.Key.Length > best.Key.Length)
                    && question.AsSpan(i).StartsWith(title.Key, StringComparison.Ordinal)
                    && (file is null || title.File == file)
                    && (organisation is null || _model.Lookups.OrganisationOf(title.DocumentId) == organisation))
                {
                    best = title;
                }
            }
        }

        return best is null ? null : (best.File, best.Label);
    }

    /// <summary>A title without what follows it in brackets: 磁気媒体等外部保管(令和2年12月まで(予定)) → 磁気媒体等外部保管.</summary>
    private static string KeyOf(string value)
    {
        var key = TextKey.Of(value);
        var bracket = key.IndexOfAny(['(', '[', '「']);
        return bracket < 0 ? key : key[..bracket];
    }

    private void Add(Title title)
    {
        var start = (title.Key[0], title.Key[1]);
        if (!_byStart.TryGetValue(start, out var list))
        {
            _byStart[start] = list = [];
        }

        // The same title of the same item in many rows is one entry.
        if (!list.Any(t => t.Key == title.Key && t.Label == title.Label && t.File == title.File && t.DocumentId == title.DocumentId))
        {
            list.Add(title);
        }
    }

    private sealed record Title(string Key, string Label, string? File, string DocumentId);

    [GeneratedRegex(@"(?:委託事項|提供先|移転先|再委託先|システム|リスク)\d{1,2}$")]
    private static partial Regex LabelAtEnd();
}
