using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// Lines up the before and after mentions of one type: a pair is two mentions at the same place of the diff.
/// Pairs with the same identity are unchanged; the rest are changes. What is left is an addition or a
/// removal, unless the same name is still (or already) on the other side.
/// </summary>
internal static class MentionPairer
{
    private const int MaxCandidatesPerName = 16;

    public static MentionPairing Pair(IReadOnlyList<Mention> before, IReadOnlyList<Mention> after, TextDiff diff, Func<Mention, MentionIdentity> identity)
    {
        var candidates = new List<(Mention B, Mention A, int Overlap)>();
        var mine = new List<(Mention B, Mention A, int Overlap)>();
        foreach (var a in after)
        {
            var (start, end) = diff.ToBefore(a.Start, a.End);
            mine.Clear();
            foreach (var b in before)
            {
                var overlap = Overlap(b, start, end);
                if (overlap > 0)
                {
                    mine.Add((b, a, overlap));
                }
            }

            // A rewritten cell projects each new name onto the whole old text: keep the closest few, or a cell of 1,500 citations
            // would make 2 million candidates to sort (10 s and 400 MB for three crafted rows).
            candidates.AddRange(mine.Count <= MaxCandidatesPerName
                ? mine
                : mine.OrderByDescending(c => c.Overlap).ThenBy(c => Math.Abs(c.B.Start - start)).Take(MaxCandidatesPerName));
        }

        var used = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        var changed = new List<(Mention, Mention)>();
        var recaptioned = new List<(Mention, Mention)>();
        foreach (var (b, a, _) in candidates.Where(c => identity(c.B) == identity(c.A)).OrderByDescending(c => c.Overlap))
        {
            if (!used.Contains(b) && !used.Contains(a))
            {
                used.Add(b);
                used.Add(a);
                if (b.Caption is { } oldCaption && a.Caption is { } newCaption && CaptionKey(oldCaption) != CaptionKey(newCaption))
                {
                    recaptioned.Add((b, a));
                }
            }
        }

        // A cited provision whose twin sits in text that was only inserted (or only deleted) has moved, not
        // changed: in 117及び120 → 117、120及び121, 120 stays and 121 is new.
        // Mentions without any partner are never paired, so which identities they hold is known once: O(1) per question
        // instead of a walk of the other side (a cell of 1,500 citations asked it 1,500 × 1,500 times).
        var withPartner = candidates.SelectMany(c => new[] { c.B, c.A }).ToHashSet(ReferenceEqualityComparer.Instance);
        var partnerlessBefore = before.Where(o => !withPartner.Contains(o)).Select(identity).ToHashSet();
        var partnerlessAfter = after.Where(o => !withPartner.Contains(o)).Select(identity).ToHashSet();
        bool MovedElsewhere(Mention m, HashSet<MentionIdentity> partnerlessOnTheOtherSide) =>
            m.Provision is not null && partnerlessOnTheOtherSide.Contains(identity(m));

        // Where an after name overlaps several before names (or the reverse), the most similar is its partner:
        // in 戸籍システム → 戸籍総合システム・税務システム, 戸籍総合システム replaces 戸籍システム.
        foreach (var (b, a, _) in candidates.OrderByDescending(c => Similarity.Overlap(c.B.Key, c.A.Key)).ThenByDescending(c => c.Overlap).ThenBy(c => c.A.Start))
        {
            if (!used.Contains(b) && !used.Contains(a) && identity(b) != identity(a) && !MovedElsewhere(b, partnerlessAfter) && !MovedElsewhere(a, partnerlessBefore)
                && !BareAndCited(b, a, identity))
            {
                used.Add(b);
                used.Add(a);
                changed.Add((b, a));
            }
        }

        // A name replaced at one place is not also removed (or added) at another.
        var beforeIds = before.Select(identity).Concat(changed.Select(p => identity(p.Item2))).ToHashSet();
        var afterIds = after.Select(identity).Concat(changed.Select(p => identity(p.Item1))).ToHashSet();
        var added = after.Where(a => !used.Contains(a) && !beforeIds.Contains(identity(a))).ToList();
        var removed = before.Where(b => !used.Contains(b) && !afterIds.Contains(identity(b))).ToList();
        return new MentionPairing(changed, added, removed) { Recaptioned = recaptioned };
    }

    /// <summary>A caption compared without width, spaces or the punctuation between its words (・、,).</summary>
    private static string CaptionKey(string caption) => NameKeys.Of(caption).Replace("、", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);

    /// <summary>A law cited with a provision on one side and bare on the other is still cited: not a change of provision.</summary>
    private static bool BareAndCited(Mention b, Mention a, Func<Mention, MentionIdentity> identity) =>
        b.Type == EntityType.Statute && (b.Provision is null) != (a.Provision is null)
        && identity(b).Cluster == identity(a).Cluster;

    /// <summary>Characters shared by the mention and the projected range; a point inside the mention counts as one.</summary>
    private static int Overlap(Mention mention, int start, int end)
    {
        if (start == end)
        {
            return start > mention.Start && start < mention.End ? 1 : 0;
        }

        return Math.Max(0, Math.Min(mention.End, end) - Math.Max(mention.Start, start));
    }
}
