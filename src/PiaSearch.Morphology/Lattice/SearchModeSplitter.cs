using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Lattice;

/// <summary>
/// Kuromoji's search mode. A word on the best path that is long — more than 2 characters, all kanji, or more than
/// 7 characters otherwise — is charged a penalty per extra character. The part of the lattice under that word is
/// searched again with every node charged the same way; when the cheapest way through it (in the context of the
/// words on either side) costs no more than the penalised word, the word is replaced by those parts.
/// </summary>
internal sealed class SearchModeSplitter(MorphologyDictionary dictionary, ViterbiSearch viterbi)
{
    private const int KanjiLength = 2;
    private const int KanjiPenalty = 3000;
    private const int OtherLength = 7;
    private const int OtherPenalty = 1700;

    /// <summary>Ends the chains of <see cref="_heads"/>, <see cref="_next"/> and <see cref="_previous"/>: no (further) node.</summary>
    private const int NoNode = -1;

    private readonly CharacterDefinition _characters = dictionary.Characters;
    private long[] _cost = new long[256];
    private int[] _previous = new int[256];
    private int[] _next = new int[256];
    private int[] _heads = new int[64];

    /// <summary>Kuromoji's computePenalty for the word <c>text[start..start+length)</c>.</summary>
    public int Penalty(string text, int start, int length)
    {
        if (length <= KanjiLength)
        {
            return 0;
        }

        var allKanji = _characters.KanjiCategory >= 0;
        for (var i = start; i < start + length && allKanji; i++)
        {
            allKanji = _characters.Get(text[i]).Category == _characters.KanjiCategory;
        }

        if (allKanji)
        {
            return (length - KanjiLength) * KanjiPenalty;
        }

        return length > OtherLength ? (length - OtherLength) * OtherPenalty : 0;
    }

    /// <summary>
    /// Fills <paramref name="parts"/> with the nodes that replace the path node <paramref name="index"/>, or leaves
    /// it empty when the word stays whole.
    /// </summary>
    /// <param name="leftRightId">Right id of the word before (0 at the start of the text).</param>
    /// <param name="rightLeftId">Left id of the word after (0 at the end of the text), or null when not known yet.</param>
    public void Split(WordLattice lattice, int index, int leftRightId, int? rightLeftId, List<int> parts)
    {
        parts.Clear();
        var text = lattice.Text;
        var word = lattice[index];
        if (word.Kind == NodeKind.User)
        {
            return;
        }

        var penalty = Penalty(text, word.Start, word.End - word.Start);
        if (penalty == 0)
        {
            return;
        }

        var span = word.End - word.Start;
        Prepare(lattice.Count, span);
        for (var p = word.Start; p < word.End; p++)
        {
            var before = PartsEndingAt(p, word.Start);
            if (before.Kind == PrecedingKind.Nothing)
            {
                continue; // nothing inside the word ends here
            }

            var (first, last) = lattice.BeginRange(p);
            for (var i = first; i < last; i++)
            {
                ref var node = ref lattice[i];
                if (node.Start != p || node.End > word.End || (p == word.Start && node.End == word.End) || node.Kind == NodeKind.User)
                {
                    continue;
                }

                long best;
                var bestNode = NoNode;
                if (before.Kind == PrecedingKind.WordBefore)
                {
                    best = viterbi.Cost(leftRightId, node.LeftId);
                }
                else
                {
                    best = long.MaxValue;
                    for (var l = before.First; l != NoNode; l = _next[l])
                    {
                        var cost = _cost[l] + viterbi.Cost(lattice[l].RightId, node.LeftId);
                        if (cost < best)
                        {
                            best = cost;
                            bestNode = l;
                        }
                    }
                }

                _cost[i] = best + node.WordCost + Penalty(text, node.Start, node.End - node.Start);
                _previous[i] = bestNode;
                var slot = node.End - word.Start;
                _next[i] = _heads[slot];
                _heads[slot] = i;
            }
        }

        var splitCost = long.MaxValue;
        var lastPart = NoNode;
        for (var l = _heads[span]; l != NoNode; l = _next[l])
        {
            var cost = _cost[l] + (rightLeftId is { } right ? viterbi.Cost(lattice[l].RightId, right) : 0);
            if (cost < splitCost)
            {
                splitCost = cost;
                lastPart = l;
            }
        }

        var wholeCost = viterbi.Cost(leftRightId, word.LeftId) + word.WordCost + penalty
            + (rightLeftId is { } next ? viterbi.Cost(word.RightId, next) : 0);
        if (lastPart == NoNode || splitCost > wholeCost)
        {
            return;
        }

        for (var n = lastPart; n != NoNode; n = _previous[n])
        {
            parts.Add(n);
        }

        parts.Reverse();
    }

    private void Prepare(int nodes, int span)
    {
        if (_cost.Length < nodes)
        {
            var size = Math.Max(nodes, _cost.Length * 2);
            _cost = new long[size];
            _previous = new int[size];
            _next = new int[size];
        }

        if (_heads.Length < span + 1)
        {
            _heads = new int[Math.Max(span + 1, _heads.Length * 2)];
        }

        Array.Fill(_heads, NoNode, 0, span + 1);
    }

    /// <summary>What a part starting at <paramref name="position"/> inside the word starting at <paramref name="wordStart"/> follows.</summary>
    private Preceding PartsEndingAt(int position, int wordStart) =>
        position == wordStart ? new Preceding(PrecedingKind.WordBefore, NoNode)
        : _heads[position - wordStart] is var head and not NoNode ? new Preceding(PrecedingKind.Parts, head)
        : new Preceding(PrecedingKind.Nothing, NoNode);

    /// <summary>What a part follows: the word before the split word (at its start), earlier parts, or nothing (no way to reach it).</summary>
    private enum PrecedingKind
    {
        WordBefore,
        Parts,
        Nothing,
    }

    /// <param name="Kind">What comes before.</param>
    /// <param name="First">With <see cref="PrecedingKind.Parts"/>, the first of the chain of parts ending there (through <see cref="_next"/>).</param>
    private readonly record struct Preceding(PrecedingKind Kind, int First);
}
