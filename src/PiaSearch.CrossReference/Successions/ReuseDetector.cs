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

    public ReuseDetector(EntryMentions row)
    {
        _before = Mask(row.BeforeText, row.Before);
        _after = Mask(row.AfterText, row.After);
        _diff = TextDiff.Compute(_before, _after);
    }

    /// <summary>True when the wording around the pair changed enough to say the row now means something else.</summary>
    public bool IsReused(Mention before, Mention after)
    {
        var whole = Math.Max(_before.Length, _after.Length) <= WholeCellLength;
        var (bs, be) = whole ? (0, _before.Length) : Sentence(_before, before.Start);
        var (@as, ae) = whole ? (0, _after.Length) : Sentence(_after, after.Start);
        var changed = 0;
        foreach (var segment in _diff.Segments.Where(s => !s.Equal))
        {
            changed += Count(_before, Math.Max(segment.BeforeStart, bs), Math.Min(segment.BeforeEnd, be));
            changed += Count(_after, Math.Max(segment.AfterStart, @as), Math.Min(segment.AfterEnd, ae));
        }

        return changed >= ChangedCharacters;
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

    private static int Count(string text, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (CharClass.IsNameChar(text[i]) || CharClass.IsHiragana(text[i]))
            {
                n++;
            }
        }

        return n;
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
