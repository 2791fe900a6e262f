using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Tokens;

/// <summary>
/// Keeps a run of adjacent kanji/katakana noun parts whole as well: 住民 基本 台帳 ネットワーク システム also
/// yields 住民基本台帳ネットワークシステム, stacked at the position of 住民 and spanning all five, so that the
/// compound matches as one word while each part matches on its own.
/// </summary>
internal sealed class CompoundStacker(CharacterDefinition characters)
{
    private readonly HashSet<int> _compoundCategories =
    [
        .. new[] { "KANJI", "KANJINUMERIC", "KATAKANA" }
            .Select(name => characters.Categories.ToList().FindIndex(c => c.Name == name))
            .Where(i => i >= 0),
    ];

    /// <summary>Adds a compound for every run of two or more noun parts not already stacked with the same span.</summary>
    /// <param name="includeUnknown">False in extended mode, whose unknown words are single characters on purpose.</param>
    public void AddRuns(string text, List<MorphToken> parts, List<(int Index, MorphToken Token)> stacked, bool includeUnknown = true)
    {
        var i = 0;
        while (i < parts.Count)
        {
            if (!IsPart(parts[i], includeUnknown))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < parts.Count && IsPart(parts[j], includeUnknown) && parts[j].Start == parts[j - 1].End)
            {
                j++;
            }

            // A run does not end in a prefix (各, 全 …): that prefix belongs to what follows.
            var last = j - 1;
            while (last > i && parts[last].PartOfSpeech.Pos1 == "接頭詞")
            {
                last--;
            }

            if (last > i && !stacked.Any(s => s.Index == i && s.Token.End == parts[last].End))
            {
                stacked.Add((i, Compound(text, parts, i, last)));
            }

            i = j;
        }
    }

    private static MorphToken Compound(string text, List<MorphToken> parts, int first, int last)
    {
        var start = parts[first].Start;
        var end = parts[last].End;
        var readings = parts.Skip(first).Take(last - first + 1).Select(p => p.Reading).ToList();
        var pronunciations = parts.Skip(first).Take(last - first + 1).Select(p => p.Pronunciation).ToList();
        var surface = text[start..end];
        return new MorphToken(
            surface,
            start,
            parts[last].PartOfSpeech,
            surface,
            readings.Contains(null) ? null : string.Concat(readings),
            pronunciations.Contains(null) ? null : string.Concat(pronunciations),
            TokenOrigin.Compound)
        {
            PositionIncrement = 0,
            PositionLength = last - first + 1,
        };
    }

    private bool IsPart(MorphToken token, bool includeUnknown)
    {
        if (!includeUnknown && token.Origin == TokenOrigin.Unknown)
        {
            return false;
        }

        var pos = token.PartOfSpeech;
        var noun = pos.Pos1 == "名詞" && pos.Pos2 is not ("非自立" or "代名詞" or "数" or "特殊");
        var prefix = pos.Pos1 == "接頭詞" && pos.Pos2 == "名詞接続";
        if (!(noun || prefix) || token.Origin == TokenOrigin.Compound)
        {
            return false;
        }

        foreach (var c in token.Surface)
        {
            if (!_compoundCategories.Contains(characters.Get(c).Category))
            {
                return false;
            }
        }

        return true;
    }
}
