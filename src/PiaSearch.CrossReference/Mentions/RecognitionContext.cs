using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>What a recogniser sees: one cell's text, where it is, the row's item, and the names seen whole elsewhere.</summary>
internal sealed class RecognitionContext(MentionText text, MentionSite site, string itemText, IReadOnlySet<string>? knownKeys = null)
{
    public MentionText Text { get; } = text;

    /// <summary>The normalised cell text that spans refer to.</summary>
    public string T => Text.Text;

    public MentionSite Site { get; } = site;

    /// <summary>The row's 項目, normalised: tells what kind of value the cell holds (所属長, 委託先名…).</summary>
    public string ItemText { get; } = itemText;

    /// <summary>Keys of names seen whole elsewhere, which may cross a removed space here.</summary>
    public IReadOnlySet<string> KnownKeys { get; } = knownKeys ?? new HashSet<string>();

    /// <summary>
    /// Where a name ending at <paramref name="end"/> starts, given the start <paramref name="runStart"/> of its run of
    /// name characters: at the nearest removed space before <paramref name="suffixStart"/>, unless reaching further
    /// back gives a name seen whole elsewhere (at most 80 characters back). O(r) in the run's length r, then O(80) keys of O(80).
    /// </summary>
    public int SoftStart(int runStart, int suffixStart, int end)
    {
        const int LongestName = 80;
        var spaces = new List<int>();
        for (var k = suffixStart; k > runStart; k--)
        {
            if (Text.SpaceRemovedBefore(k))
            {
                spaces.Add(k);
            }
        }

        if (spaces.Count == 0)
        {
            return runStart;
        }

        // Only starts a name's length away are tried: a cell of thousands of space-separated words would otherwise make every
        // suffix build a key for every space back to the start of the run (cubic in the cell; minutes for one crafted row).
        foreach (var candidate in spaces.Skip(1).Append(runStart).Reverse().Where(c => end - c <= LongestName))
        {
            if (KnownKeys.Contains(NameKeys.Of(T[candidate..end])))
            {
                return candidate;
            }
        }

        return spaces[0];
    }

    public Mention Create(EntityType type, int start, int length, string name, string key) => new()
    {
        Type = type,
        Surface = Text.SurfaceOf(start, length),
        Name = name,
        Key = key,
        Site = Site,
        Start = start,
        Length = length,
    };
}
