using PiaSearch.CrossReference.Resolution;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// Follows successions into chains: 総務省令 → 通知カード及び個人番号カード省令 → 個人番号カード省令, or the
/// heads of a department one after another. A succession continues another when it starts from the name the
/// other ended with, later, in the same type.
/// </summary>
public static class SuccessionChains
{
    private static readonly HashSet<SuccessionKind> Chaining = [SuccessionKind.Rename, SuccessionKind.Replace, SuccessionKind.Assign, SuccessionKind.Renumber];

    /// <summary>Every maximal chain of two or more successions, earliest first.</summary>
    public static IReadOnlyList<IReadOnlyList<Succession>> Build(IReadOnlyList<Succession> successions)
    {
        ArgumentNullException.ThrowIfNull(successions);
        var candidates = successions.Where(s => Chaining.Contains(s.Kind) && s.Before is not null && s.After is not null && s.Date is not null).ToList();
        var next = candidates.ToDictionary(s => s, s => candidates.Where(n => Continues(s, n)).ToList());
        var hasPrevious = candidates.Where(s => candidates.Any(p => Continues(p, s))).ToHashSet();
        var chains = new List<IReadOnlyList<Succession>>();
        foreach (var start in candidates.Where(s => !hasPrevious.Contains(s) && next[s].Count > 0))
        {
            Walk([start], next, chains);
        }

        return chains;
    }

    /// <summary>The chains that contain <paramref name="succession"/>.</summary>
    public static IEnumerable<IReadOnlyList<Succession>> Containing(IReadOnlyList<IReadOnlyList<Succession>> chains, Succession succession) =>
        chains.Where(c => c.Any(s => ReferenceEquals(s, succession)));

    private static void Walk(List<Succession> path, Dictionary<Succession, List<Succession>> next, List<IReadOnlyList<Succession>> chains)
    {
        var last = path[^1];
        var followers = next[last].Where(f => !path.Contains(f)).ToList();
        if (followers.Count == 0)
        {
            chains.Add(path.ToList());
            return;
        }

        foreach (var follower in followers)
        {
            path.Add(follower);
            Walk(path, next, chains);
            path.RemoveAt(path.Count - 1);
        }
    }

    private static bool Continues(Succession previous, Succession next)
    {
        if (previous.Type != next.Type || next.Date!.From <= previous.Date!.From || previous.After!.Name != next.Before!.Name)
        {
            return false;
        }

        if (NameScope.IsLocal(previous.Type) && previous.After.EntityId != next.Before.EntityId)
        {
            return false; // another organisation's 市民課
        }

        // A rename is of the law whatever provision was cited; otherwise the citation must carry on.
        return next.Kind == SuccessionKind.Rename || previous.Kind == SuccessionKind.Rename || previous.After.Provision == next.Before.Provision;
    }
}
