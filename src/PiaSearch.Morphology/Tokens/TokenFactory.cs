using PiaSearch.Morphology.Dictionary;
using PiaSearch.Morphology.Lattice;
using PiaSearch.Morphology.UserDictionaries;

namespace PiaSearch.Morphology.Tokens;

/// <summary>Makes tokens from lattice nodes, looking their features up in the dictionary they came from.</summary>
internal sealed class TokenFactory(MorphologyDictionary dictionary, UserDictionary? user)
{
    public MorphToken Known(string text, int entry, int start, int end) =>
        FromTable(text, dictionary.Words, entry, start, end, TokenOrigin.Known);

    public MorphToken Unknown(string text, int entry, int start, int end) =>
        FromTable(text, dictionary.Unknown, entry, start, end, TokenOrigin.Unknown);

    public MorphToken FromNode(string text, in LatticeNode node) => node.Kind switch
    {
        NodeKind.Known => Known(text, node.Entry, node.Start, node.End),
        NodeKind.Unknown => Unknown(text, node.Entry, node.Start, node.End),
        _ => throw new InvalidOperationException("User words and boundaries are not single tokens."),
    };

    /// <summary>The tokens of a user word: one per segment of its segmentation.</summary>
    public void User(string text, in LatticeNode node, List<MorphToken> output)
    {
        var word = (user ?? throw new InvalidOperationException("No user dictionary.")).Words[node.Entry];
        var start = node.Start;
        for (var i = 0; i < word.Segments.Count; i++)
        {
            var length = word.Segments[i].Length;
            output.Add(new MorphToken(text.Substring(start, length), start, word.PartOfSpeech, word.Segments[i], word.Readings[i], word.Readings[i], TokenOrigin.User));
            start += length;
        }
    }

    private MorphToken FromTable(string text, WordTable table, int entry, int start, int end, TokenOrigin origin)
    {
        var surface = text.Substring(start, end - start);
        var strings = dictionary.Strings;
        var baseId = table.BaseForms[entry];
        var readingId = table.Readings[entry];
        var pronunciationId = table.Pronunciations[entry];
        var reading = readingId >= 0 ? strings[readingId] : null;
        return new MorphToken(
            surface,
            start,
            dictionary.PartsOfSpeech[table.PartsOfSpeech[entry]],
            baseId == WordTable.SameAsSurface ? surface : baseId >= 0 ? strings[baseId] : null,
            reading,
            pronunciationId == WordTable.SameAsReading ? reading : pronunciationId >= 0 ? strings[pronunciationId] : null,
            origin);
    }
}
