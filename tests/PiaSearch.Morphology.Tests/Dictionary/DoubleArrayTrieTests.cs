using Bogus;
using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Tests.Dictionary;

public sealed class DoubleArrayTrieTests
{
    [Fact]
    public void Build_RandomKeys_FindsEveryKeyAndOnlyKeys()
    {
        var faker = new Faker("ja") { Random = new Randomizer(42) };
        var keys = Enumerable.Range(0, 3000)
            .Select(_ => faker.Random.String2(faker.Random.Int(1, 8), "あいうえおかきくけこアイウエオ漢字東京都abc"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var values = keys.Select((_, i) => i * 3).ToList();

        var trie = DoubleArrayTrieBuilder.Build(keys, values);

        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(values[i], trie.ExactMatch(keys[i]));
        }

        var set = keys.ToHashSet(StringComparer.Ordinal);
        foreach (var probe in Enumerable.Range(0, 2000).Select(_ => faker.Random.String2(faker.Random.Int(1, 9), "あいうえおかきくけこアイウエオ漢字東京都abcxyz")))
        {
            Assert.Equal(set.Contains(probe), trie.ExactMatch(probe) >= 0);
        }
    }

    [Fact]
    public void CommonPrefixSearch_ReturnsEveryPrefixThatIsAKey_ShortestFirst()
    {
        var trie = DoubleArrayTrieBuilder.Build(["東", "東京", "東京都", "京都", "都庁"], [0, 1, 2, 3, 4]);
        Span<int> lengths = stackalloc int[8];
        Span<int> values = stackalloc int[8];

        var found = trie.CommonPrefixSearch("x東京都庁", 1, 5, lengths, values);

        Assert.Equal([1, 2, 3], lengths[..found].ToArray());
        Assert.Equal([0, 1, 2], values[..found].ToArray());
    }

    [Fact]
    public void Serialise_BreadthFirst_RoundTrips()
    {
        var keys = new[] { "あ", "あい", "い", "いう", "うえお" };
        var trie = DoubleArrayTrieBuilder.Build(keys, [0, 1, 2, 3, 4]);
        var order = TrieCodec.ValuesInWalkOrder(trie);
        var renumbered = trie.WithValues([.. Enumerable.Range(0, 5).Select(v => Array.IndexOf(order, v))]);
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            TrieCodec.Write(writer, renumbered);
        }

        var read = TrieCodec.Read(new PayloadCursor(memory.ToArray()));

        foreach (var key in keys)
        {
            Assert.Equal(renumbered.ExactMatch(key), read.ExactMatch(key));
        }
    }
}
