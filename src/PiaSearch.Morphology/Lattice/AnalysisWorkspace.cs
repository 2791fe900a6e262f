using PiaSearch.Morphology.Dictionary;
using PiaSearch.Morphology.Tokens;
using PiaSearch.Morphology.UserDictionaries;

namespace PiaSearch.Morphology.Lattice;

/// <summary>
/// Everything one analysis needs and reuses from call to call: the lattice, the lookup, the search and the token
/// output. Not thread-safe; <see cref="MorphologicalAnalyzer"/> hands each thread its own.
/// </summary>
/// <remarks>
/// A long text is analysed in stretches. Where no node crosses a position and a single node ends there, every path
/// goes through that node, so the best path up to it is final: it is emitted and the lattice starts again from it,
/// which changes nothing in the result. Only if a stretch grows past <see cref="MaxStretch"/> characters without such
/// a point is it cut at the cheapest node (as Kuromoji does), to bound memory.
/// </remarks>
internal sealed class AnalysisWorkspace
{
    /// <summary>Below this many nodes the lattice is never cut, so ordinary texts are analysed in one piece.</summary>
    private const int CommitThreshold = 1 << 15;

    private const int MaxStretch = 8192;

    private readonly WordLattice _lattice = new();
    private readonly LatticeBuilder _builder;
    private readonly ViterbiSearch _viterbi;
    private readonly SearchModeSplitter _splitter;
    private readonly TokenFactory _factory;
    private readonly CompoundStacker _stacker;
    private readonly List<int> _path = [];
    private readonly List<int> _parts = [];
    private readonly List<MorphToken> _base = [];
    private readonly List<(int Index, MorphToken Token)> _stacked = [];

    public AnalysisWorkspace(MorphologyDictionary dictionary, UserDictionary? user)
    {
        _builder = new LatticeBuilder(dictionary, user);
        _viterbi = new ViterbiSearch(dictionary.Connections);
        _splitter = new SearchModeSplitter(dictionary, _viterbi);
        _factory = new TokenFactory(dictionary, user);
        _stacker = new CompoundStacker(dictionary.Characters);
    }

    public void Tokenize(string text, TokenizeMode mode, List<MorphToken> output)
    {
        Start(text, 0, rightId: 0);
        for (var pos = 0; pos < text.Length; pos++)
        {
            var head = _lattice.EndHead(pos);
            if (head < 0)
            {
                continue;
            }

            if (pos > _lattice.From && _lattice.Count >= CommitThreshold)
            {
                var meets = _lattice.MaxEnd == pos && _lattice[head].NextAtEnd < 0;
                if (meets || pos - _lattice.From >= MaxStretch)
                {
                    var through = meets ? head : Cheapest(head);
                    Emit(through, rightLeftId: null, mode, output);
                    Start(text, pos, _lattice[through].RightId);
                }
            }

            var first = _lattice.Count;
            _builder.Lookup(_lattice, pos);
            _lattice.SetBegin(pos, first, _lattice.Count);
            _viterbi.Connect(_lattice, pos, first, _lattice.Count);
        }

        for (var pos = _lattice.MaxEnd; pos >= _lattice.From; pos--)
        {
            var head = _lattice.EndHead(pos);
            if (head >= 0)
            {
                // EOS has left id 0 and no cost of its own.
                var (_, last) = _viterbi.BestLeft(_lattice.Nodes, head, 0);
                Emit(last, rightLeftId: 0, mode, output);
                break;
            }
        }
    }

    private void Start(string text, int from, short rightId)
    {
        _lattice.Reset(text, from, text.Length);
        var bos = _lattice.Add(NodeKind.Boundary, -1, from, from, from, 0, rightId, 0);
        _lattice.LinkAtEnd(bos);
    }

    private int Cheapest(int head)
    {
        var best = head;
        for (var n = head; n >= 0; n = _lattice[n].NextAtEnd)
        {
            if (_lattice[n].Cost < _lattice[best].Cost)
            {
                best = n;
            }
        }

        return best;
    }

    /// <summary>Backtraces from <paramref name="last"/> to the start of the stretch and writes the tokens.</summary>
    private void Emit(int last, int? rightLeftId, TokenizeMode mode, List<MorphToken> output)
    {
        _path.Clear();
        for (var n = last; n >= 0 && _lattice[n].Kind != NodeKind.Boundary; n = _lattice[n].Previous)
        {
            _path.Add(n);
        }

        _path.Reverse();
        var text = _lattice.Text;
        if (mode == TokenizeMode.Normal)
        {
            foreach (var n in _path)
            {
                AddWhole(text, n, output);
            }

            return;
        }

        _base.Clear();
        _stacked.Clear();
        for (var k = 0; k < _path.Count; k++)
        {
            var node = _path[k];
            var leftRightId = k > 0 ? _lattice[_path[k - 1]].RightId : _lattice[0].RightId;
            var nextLeftId = k + 1 < _path.Count ? _lattice[_path[k + 1]].LeftId : rightLeftId;
            _splitter.Split(_lattice, node, leftRightId, nextLeftId, _parts);
            if (_parts.Count < 2)
            {
                AddWhole(text, node, _base);
                continue;
            }

            var firstPart = _base.Count;
            foreach (var part in _parts)
            {
                _base.Add(_factory.FromNode(text, _lattice[part]));
            }

            _stacked.Add((firstPart, _factory.FromNode(text, _lattice[node]) with { PositionIncrement = 0, PositionLength = _parts.Count }));
        }

        if (mode == TokenizeMode.Extended)
        {
            SplitUnknownWords(text);
        }

        _stacker.AddRuns(text, _base, _stacked, includeUnknown: mode != TokenizeMode.Extended);
        for (var i = 0; i < _base.Count; i++)
        {
            output.Add(_base[i]);
            foreach (var (index, token) in _stacked)
            {
                if (index == i)
                {
                    output.Add(token);
                }
            }
        }
    }

    private void AddWhole(string text, int node, List<MorphToken> output)
    {
        ref var n = ref _lattice[node];
        if (n.Kind == NodeKind.User)
        {
            _factory.User(text, n, output);
        }
        else
        {
            output.Add(_factory.FromNode(text, n));
        }
    }

    /// <summary>Extended mode: every unknown word becomes one token per character (a surrogate pair stays together).</summary>
    private void SplitUnknownWords(string text)
    {
        for (var i = _base.Count - 1; i >= 0; i--)
        {
            var token = _base[i];
            if (token.Origin != TokenOrigin.Unknown || token.Surface.Length < 2)
            {
                continue;
            }

            var unigrams = new List<MorphToken>();
            for (var p = token.Start; p < token.End;)
            {
                var width = char.IsHighSurrogate(text[p]) && p + 1 < token.End && char.IsLowSurrogate(text[p + 1]) ? 2 : 1;
                unigrams.Add(token with { Surface = text.Substring(p, width), Start = p, BaseForm = null, Reading = null, Pronunciation = null });
                p += width;
            }

            _base.RemoveAt(i);
            _base.InsertRange(i, unigrams);
            for (var s = 0; s < _stacked.Count; s++)
            {
                if (_stacked[s].Index > i)
                {
                    _stacked[s] = (_stacked[s].Index + unigrams.Count - 1, _stacked[s].Token);
                }
            }
        }
    }
}
