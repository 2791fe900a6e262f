using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Tests.Dictionary;

public sealed class DictionaryFormatTests
{
    private static byte[] Saved(MorphologyDictionary dictionary, bool compress = true)
    {
        using var stream = new MemoryStream();
        dictionary.Save(stream, compress);
        return stream.ToArray();
    }

    private static MorphologyDictionary Load(byte[] bytes) => MorphologyDictionary.Load(new MemoryStream(bytes));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SaveLoad_RoundTrip_AnalysesTheSame(bool compress)
    {
        var original = TinyDictionary.Create();

        var loaded = Load(Saved(original, compress));

        Assert.Equal("tiny", loaded.Description);
        Assert.Equal(original.WordCount, loaded.WordCount);
        var tokens = new MorphologicalAnalyzer(loaded).Tokenize("東京都 京都");
        Assert.Equal(["東京都", "京都"], tokens.Select(t => t.Surface));
        Assert.Equal("トウキョウト", tokens[0].Reading);
    }

    [Fact]
    public void Load_FlippedByteAnywhereInASection_IsRefused()
    {
        var bytes = Saved(TinyDictionary.Create(), compress: false);
        var headerEnd = 20 + (5 * 48);
        for (var position = headerEnd; position < bytes.Length; position += 7)
        {
            var corrupted = (byte[])bytes.Clone();
            corrupted[position] ^= 0x10;

            Assert.Throws<InvalidDictionaryException>(() => Load(corrupted));
        }
    }

    [Fact]
    public void Load_BadMagic_IsRefused()
    {
        var bytes = Saved(TinyDictionary.Create());
        bytes[0] = (byte)'X';

        var error = Assert.Throws<InvalidDictionaryException>(() => Load(bytes));
        Assert.Contains("magic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherVersion_IsRefused()
    {
        var bytes = Saved(TinyDictionary.Create());
        bytes[8] = 99;

        var error = Assert.Throws<InvalidDictionaryException>(() => Load(bytes));
        Assert.Contains("version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Truncated_IsRefused()
    {
        var bytes = Saved(TinyDictionary.Create());

        Assert.Throws<InvalidDictionaryException>(() => Load(bytes[..^3]));
        Assert.Throws<InvalidDictionaryException>(() => Load(bytes[..10]));
    }

    [Fact]
    public void LoadEmbedded_Ipadic_HasAllEntriesAndStaysUnder150MegabytesInMemory()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var dictionary = MorphologyDictionary.LoadEmbedded();
        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.Equal(392_127, dictionary.WordCount);
        Assert.StartsWith("mecab-ipadic", dictionary.Description, StringComparison.Ordinal);
        Assert.InRange(after - before, 1, 150L * 1024 * 1024);
        GC.KeepAlive(dictionary);
    }
}
