using PiaSearch.Morphology.Dictionary;
using PiaSearch.Morphology.UserDictionaries;

namespace PiaSearch.Morphology.Lattice;

/// <summary>
/// Adds the candidate words that start at a position, exactly as MeCab's tokenizer does: skip whitespace, look up
/// every dictionary word that is a prefix of the rest, then — when nothing was found or the character's category
/// says INVOKE — unknown words per char.def: the whole run of the category (GROUP, at most 24 more characters) and
/// the runs of 1..LENGTH characters, each with every unk.def entry of the category. A user word, where one starts,
/// replaces all of that, as in Kuromoji.
/// </summary>
internal sealed class LatticeBuilder(MorphologyDictionary dictionary, UserDictionary? user)
{
    /// <summary>MeCab's DEFAULT_MAX_GROUPING_SIZE.</summary>
    private const int MaxGroupingSize = 24;

    /// <summary>MeCab looks no further than this many bytes ahead; we count code units.</summary>
    private const int MaxLookAhead = 65535;

    private readonly CharacterDefinition _characters = dictionary.Characters;
    private readonly int[] _lengths = new int[256];
    private readonly int[] _values = new int[256];

    /// <summary>Adds the nodes of the lookup at <paramref name="position"/> and returns how many were added.</summary>
    public int Lookup(WordLattice lattice, int position)
    {
        var text = lattice.Text;
        var end = lattice.To;
        var before = lattice.Count;

        // Skip whitespace, narrowing the category as MeCab's seekToOtherType does.
        var start = position;
        var previous = _characters.Space;
        CharInfo info = default;
        var width = 0;
        while (start < end)
        {
            info = _characters.Get(text, start, out width);
            if (!previous.IsKindOf(info))
            {
                break;
            }

            start += width;
            previous = info;
        }

        if (start >= end)
        {
            return 0; // trailing whitespace: nothing starts here
        }

        var limit = Math.Min(end, start + MaxLookAhead);
        if (user?.Trie is { } userTrie && AddUserWords(lattice, userTrie, position, start, limit))
        {
            return lattice.Count - before;
        }

        var found = dictionary.Trie.CommonPrefixSearch(text, start, limit, _lengths, _values);
        var words = dictionary.Words;
        for (var i = 0; i < found; i++)
        {
            var group = _values[i];
            for (var e = dictionary.SurfaceStarts[group]; e < dictionary.SurfaceStarts[group + 1]; e++)
            {
                lattice.Add(NodeKind.Known, e, position, start, start + _lengths[i], words.LeftIds[e], words.RightIds[e], words.Costs[e]);
            }
        }

        if (found > 0 && !info.Invoke)
        {
            return lattice.Count - before;
        }

        AddUnknownWords(lattice, info, position, start, start + width, end, hasWords: found > 0);
        return lattice.Count - before;
    }

    private void AddUnknownWords(WordLattice lattice, CharInfo info, int position, int start, int afterFirst, int end, bool hasWords)
    {
        var text = lattice.Text;
        var before = lattice.Count;
        var groupEnd = -1;
        if (info.Group)
        {
            var p = afterFirst;
            var previous = info;
            var run = 0;
            while (p < end && run <= MaxGroupingSize)
            {
                var next = _characters.Get(text, p, out var width);
                if (!previous.IsKindOf(next))
                {
                    break;
                }

                p += width;
                run++;
                previous = next;
            }

            // A longer run gives no group word, and its end is beyond every LENGTH candidate, so MeCab's scan to
            // the end of the run can stop here: same result, without quadratic time on a long run.
            if (run <= MaxGroupingSize)
            {
                AddUnknown(lattice, info.Category, position, start, p);
                groupEnd = p;
            }
        }

        var stop = afterFirst;
        for (var i = 1; i <= info.Length; i++)
        {
            if (stop == groupEnd)
            {
                // MeCab's loop continues here without moving on, so no longer candidate follows either.
                continue;
            }

            AddUnknown(lattice, info.Category, position, start, stop);
            if (stop >= end || !info.IsKindOf(_characters.Get(text, stop, out var width)))
            {
                break;
            }

            stop += width;
        }

        if (lattice.Count == before && !hasWords)
        {
            AddUnknown(lattice, info.Category, position, start, afterFirst);
        }
    }

    private void AddUnknown(WordLattice lattice, int category, int position, int start, int end)
    {
        var unknown = dictionary.Unknown;
        for (var e = dictionary.UnknownStarts[category]; e < dictionary.UnknownStarts[category + 1]; e++)
        {
            lattice.Add(NodeKind.Unknown, e, position, start, end, unknown.LeftIds[e], unknown.RightIds[e], unknown.Costs[e]);
        }
    }

    private bool AddUserWords(WordLattice lattice, DoubleArrayTrie trie, int position, int start, int limit)
    {
        var found = trie.CommonPrefixSearch(lattice.Text, start, limit, _lengths, _values);
        var context = dictionary.NounContextId;
        for (var i = 0; i < found; i++)
        {
            lattice.Add(NodeKind.User, _values[i], position, start, start + _lengths[i], context, context, UserDictionary.WordCost);
        }

        return found > 0;
    }
}
