using PiaSearch.Morphology.Dictionary;
using PiaSearch.Morphology.Lattice;
using PiaSearch.Morphology.Tokens;
using PiaSearch.Morphology.UserDictionaries;

namespace PiaSearch.Morphology;

/// <summary>
/// Japanese morphological analysis: lattice of dictionary and unknown words, minimum-cost path (Viterbi) with
/// MeCab's costs and tie-breaking, Kuromoji's search and extended modes, and an optional user dictionary.
/// Thread-safe: create one (it is cheap once the dictionary is loaded) and share it; dispose it with its owner.
/// </summary>
public sealed class MorphologicalAnalyzer : IDisposable
{
    // Each thread that analyses keeps a workspace of this analyzer's own, freed with the analyzer. A shared pool cost
    // more than the analysis: with every core taking from and returning to it thousands of times a second, the
    // threads spun on its lock.
    private readonly ThreadLocal<AnalysisWorkspace> _workspaces;

    public MorphologicalAnalyzer(MorphologyDictionary dictionary, UserDictionary? userDictionary = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        Dictionary = dictionary;
        UserDictionary = userDictionary is { Words.Count: > 0 } ? userDictionary : null;
        _workspaces = new ThreadLocal<AnalysisWorkspace>(() => new AnalysisWorkspace(Dictionary, UserDictionary));
    }

    public MorphologyDictionary Dictionary { get; }

    public UserDictionary? UserDictionary { get; }

    /// <summary>The tokens of <paramref name="text"/>. Whitespace separates words but is never a token.</summary>
    public IReadOnlyList<MorphToken> Tokenize(string text, TokenizeMode mode = TokenizeMode.Normal)
    {
        var tokens = new List<MorphToken>();
        Tokenize(text, mode, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Tokenize(string text, TokenizeMode mode, List<MorphToken> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown mode.");
        }

        if (text.Length == 0)
        {
            return;
        }

        _workspaces.Value!.Tokenize(text, mode, output);
    }

    /// <summary>Frees every thread's workspace; the analyzer cannot be used afterwards.</summary>
    public void Dispose() => _workspaces.Dispose();
}
