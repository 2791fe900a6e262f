using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Tests.Dictionary;

/// <summary>A small hand-made dictionary: a few words, two context ids, three character categories.</summary>
internal static class TinyDictionary
{
    public static MorphologyDictionary Create()
    {
        var characters = new CharacterDefinition(
            [new("DEFAULT", false, true, 0), new("SPACE", false, true, 0), new("KANJI", false, false, 2)],
            [new(0x20, 0x20, [1]), new(0x4E00, 0x9FFF, [2])]);
        var costs = new ConnectionCosts(2, 2, [0, 10, 10, 0]);
        var noun = new PartOfSpeech("名詞", "一般", "*", "*", "*", "*");
        DictionaryEntry Word(string surface, int cost, string reading) => new(surface, 1, 1, cost, noun, surface, reading, reading);
        return MorphologyDictionary.Create(
            "tiny",
            characters,
            costs,
            [Word("東京", 100, "トウキョウ"), Word("東京都", 150, "トウキョウト"), Word("京都", 100, "キョウト"), Word("都", 80, "ト")],
            [
                new("DEFAULT", 0, 0, 1000, new PartOfSpeech("記号", "一般", "*", "*", "*", "*"), null, null, null),
                new("SPACE", 0, 0, 1000, new PartOfSpeech("記号", "空白", "*", "*", "*", "*"), null, null, null),
                new("KANJI", 1, 1, 5000, noun, null, null, null),
            ]);
    }
}
