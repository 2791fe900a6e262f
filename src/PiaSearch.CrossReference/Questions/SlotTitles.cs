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
    private readonly Dictionary<(char, char), List<Labelled>> _headings = [];
    private readonly CrossReferenceModel _model;

    public SlotTitles(CrossReferenceModel model)
    {
        _model = model;
        foreach (var slot in model.Slots)
        {
            if (HeadingOf(slot) is { } heading)
            {
                var start = (heading.Label[0], heading.Label[1]);
                if (!_headings.TryGetValue(start, out var list))
                {
                    _headings[start] = list = [];
                }

                list.Add(heading);
            }

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

    /// <summary>
    /// The item whose heading's last two parts the question holds (第三者点検 and 実施日 of 「VI 評価実施手続き 3.第三者点検
    /// ①実施日」), the longest such pair; null when none or when two items of different headings match equally.
    /// O(|question| × headings whose label starts with each character pair).
    /// </summary>
    public Slots.Slot? Heading(string question, string? organisation) => Headings(question, organisation) is { Count: 1 } one ? one[0] : null;

    /// <summary>
    /// As <see cref="Heading"/>, for each municipality: the item each has whose heading matches best, in the model's order of
    /// municipalities; a municipality where two items match equally has none.
    /// </summary>
    public IReadOnlyList<Slots.Slot> Headings(string question, string? organisation)
    {
        // One pass over the question: the best heading of each municipality, and whether two of its items tie.
        var best = new Dictionary<string, (Labelled Heading, bool Tie)>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < question.Length; i++)
        {
            if (!_headings.TryGetValue((question[i], question[i + 1]), out var headings))
            {
                continue;
            }

            foreach (var heading in headings)
            {
                if (!(question.AsSpan(i).StartsWith(heading.Label, StringComparison.Ordinal) || AsksTheDayOf(question, i, heading.Label))
                    || !HoldsParent(question.AsSpan(0, i), heading.Parent))
                {
                    continue;
                }

                var owner = _model.Lookups.OrganisationOf(heading.Slot.DocumentId);
                if (organisation is not null && owner != organisation)
                {
                    continue;
                }

                var length = heading.Label.Length + heading.Parent.Length;
                if (!best.TryGetValue(owner, out var current) || length > current.Heading.Label.Length + current.Heading.Parent.Length)
                {
                    best[owner] = (heading, false);
                }
                else if (length == current.Heading.Label.Length + current.Heading.Parent.Length && TextKey.Of(current.Heading.Slot.Path) != TextKey.Of(heading.Slot.Path))
                {
                    best[owner] = (current.Heading, true);
                }
            }
        }

        return best.Where(b => !b.Value.Tie).OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Value.Heading.Slot).ToList();
    }

    /// <summary>
    /// The question holds the heading's parent, or its last words (住民等からの意見の聴取 of 国民・住民等からの意見の聴取): at least
    /// six characters and most of it.
    /// </summary>
    private static bool HoldsParent(ReadOnlySpan<char> before, string parent)
    {
        if (before.Contains(parent, StringComparison.Ordinal))
        {
            return true;
        }

        var shortest = Math.Max(6, (parent.Length * 3 + 4) / 5);
        for (var cut = 1; parent.Length - cut >= shortest; cut++)
        {
            if (before.Contains(parent.AsSpan(cut), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>「第三者点検はいつ実施されたか」 asks the 実施日: a day's label without its date word, in a question that asks when.</summary>
    private static bool AsksTheDayOf(string question, int at, string label)
    {
        var word = DateLabel().Match(label);
        var stem = word.Success ? label[..word.Index] : string.Empty;
        return stem.Length >= 2 && question.AsSpan(at).StartsWith(stem, StringComparison.Ordinal) && question.Contains("いつ", StringComparison.Ordinal);
    }

    /// <summary>Whether the item holds a day (実施日, 期日, 時期): then 「いつ」 asks for its value, not for when it changed.</summary>
    public static bool HoldsADate(Slots.Slot slot) => HeadingOf(slot)?.Label is { } label && DateLabel().IsMatch(label);

    /// <summary>The last two parts of an item's heading, without their numbering: 第三者点検 and 実施日.</summary>
    private static Labelled? HeadingOf(Slots.Slot slot)
    {
        var parts = HeadingSplit().Split(TextKey.Of(slot.Path)).Where(p => p.Length >= 2).ToList();
        if (parts.Count == 1 && parts[0].Length <= 20 && Slots.StandardForm.HeadingOf(slot.Chapter, slot.Path) is { } heading)
        {
            // Ⅵ-3-①実施日: the form's heading for Ⅵ-3 is 第三者点検.
            return new Labelled(parts[0], TextKey.Of(heading), slot);
        }

        return parts.Count >= 2 && parts[^1].Length <= 20 && parts[^2].Length <= 30 ? new Labelled(parts[^1], parts[^2], slot) : null;
    }

    private sealed record Labelled(string Label, string Parent, Slots.Slot Slot);

    /// <summary>Numbering between a heading's parts, as the key writes it: 3. ①→1 (2) II- 4-.</summary>
    [GeneratedRegex(@"[0-9().\-‐]+|^[IVX]+(?=[^A-Z])")]
    private static partial Regex HeadingSplit();

    [GeneratedRegex(@"(?:日|日付|期日|時期|年月日)$")]
    private static partial Regex DateLabel();

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
