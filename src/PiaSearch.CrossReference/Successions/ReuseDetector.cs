using System.Text;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// Tells whether the text around a changed name changed too. When it did (別添5-46: the destination and the
/// task it performs both change), the row was reused for something else and the new name is not a rename.
/// Names and editorial marks are masked, so only the wording around them counts; a short cell is judged
/// whole, a long one by the sentence that holds the name.
/// </summary>
internal sealed class ReuseDetector
{
    private const int WholeCellLength = 200;
    private const int ChangedCharacters = 6;
    private readonly string _before;
    private readonly string _after;
    private readonly TextDiff _diff;

    // Changed word characters before each position of each text (prefix sums over the diff's unequal segments), so that a pair
    // asks in O(1) however long the cell and however many pairs it holds.
    private readonly int[] _changedBefore;
    private readonly int[] _changedAfter;

    public ReuseDetector(EntryMentions row)
    {
        _before = Mask(row.BeforeText, row.Before);
        _after = Mask(row.AfterText, row.After);
        _diff = TextDiff.Compute(_before, _after);
        _changedBefore = ChangedPrefix(_before, _diff.Segments.Where(s => !s.Equal).Select(s => (s.BeforeStart, s.BeforeEnd)));
        _changedAfter = ChangedPrefix(_after, _diff.Segments.Where(s => !s.Equal).Select(s => (s.AfterStart, s.AfterEnd)));
    }

    /// <summary>True when the wording around the pair changed enough to say the row now means something else.</summary>
    public bool IsReused(Mention before, Mention after)
    {
        var whole = Math.Max(_before.Length, _after.Length) <= WholeCellLength;
        var (bs, be) = whole ? (0, _before.Length) : Sentence(_before, before.Start);
        var (@as, ae) = whole ? (0, _after.Length) : Sentence(_after, after.Start);
        var changed = _changedBefore[be] - _changedBefore[bs] + _changedAfter[ae] - _changedAfter[@as];
        return changed >= ChangedCharacters;
    }

    /// <summary>For each position, how many word characters (name characters and hiragana) of the given segments lie before it.</summary>
    private static int[] ChangedPrefix(string text, IEnumerable<(int Start, int End)> segments)
    {
        var changed = new bool[text.Length];
        foreach (var (start, end) in segments)
        {
            for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
            {
                changed[i] = true;
            }
        }

        var prefix = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            prefix[i + 1] = prefix[i] + (changed[i] && (CharClass.IsNameCharAt(text, i) || CharClass.IsHiragana(text[i])) ? 1 : 0);
        }

        return prefix;
    }

    /// <summary>The sentence around <paramref name="position"/>.</summary>
    private static (int Start, int End) Sentence(string text, int position)
    {
        if (text.Length == 0)
        {
            return (0, 0);
        }

        var start = text.LastIndexOfAny(['。', '\n'], Math.Max(0, Math.Min(position, text.Length - 1))) + 1;
        var end = text.IndexOfAny(['。', '\n'], Math.Min(position, text.Length - 1));
        return (start, end < 0 ? text.Length : end + 1);
    }

    private static string Mask(string text, IEnumerable<Mention> mentions)
    {
        var sb = new StringBuilder(ElisionMarkers.MaskAll(text));
        foreach (var mention in mentions)
        {
            for (var i = mention.Start; i < mention.End && i < sb.Length; i++)
            {
                sb[i] = ElisionMarkers.Mask;
            }
        }

        return sb.ToString();
    }
}
