using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Tests.Text;

public sealed class SubstringIndexTests
{
    private sealed record Item(string Name);

    [Fact]
    public void Containing_ManyItemsUnderOneKey_ReturnsEachWithItsKey()
    {
        var index = new SubstringIndex<Item>();
        var a = new Item("a");
        var b = new Item("b");
        var c = new Item("c");
        index.Add("番号法第19条", a);
        index.Add("番号法第19条", b);
        index.Add("住民基本台帳法", c);
        index.Add("番号法第19条", b); // the same item again under the same key: once

        var found = index.Containing("番号法").ToList();

        Assert.Equal([("番号法第19条", a), ("番号法第19条", b)], found);
        Assert.Equal([c], index.Containing("台帳").Select(h => h.Item));
        Assert.Equal([a, b], index.Exact("番号法第19条"));
        Assert.Empty(index.Exact("番号法"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("法律")]
    [InlineData("存在しない")]
    public void Containing_TextNoKeyHas_IsEmpty(string text)
    {
        var index = new SubstringIndex<Item>();
        index.Add("番号法", new Item("x"));

        Assert.Empty(index.Containing(text));
    }

    [Fact]
    public void Containing_OneCharacter_ReadsItsPostings()
    {
        var index = new SubstringIndex<Item>();
        var x = new Item("x");
        index.Add("課", x);
        index.Add("情報課", x);

        Assert.Equal(["課", "情報課"], index.Containing("課").Select(h => h.Key));
    }

    [Fact]
    public void Similar_WholeKeys_WithinTheDistanceAndNotEqual()
    {
        var index = new SubstringIndex<Item>();
        var archive = new Item("archive");
        index.Add("ミナトアーカイブズ", archive);
        index.Add("ミナトアーカイブズ東", new Item("east"));
        index.Add("ミナト", new Item("short"));

        var found = index.Similar("ミナトアーカイズ", maxDistance: 1);

        Assert.Equal([("ミナトアーカイブズ", 1, archive)], found);
        Assert.DoesNotContain(index.Similar("ミナトアーカイブズ", maxDistance: 1), f => f.Key == "ミナトアーカイブズ");
    }

    [Fact]
    public void Similar_Prefix_MatchesTheStartOfLongerKeys_ButNotKeysThatStartWithTheTextItself()
    {
        var index = new SubstringIndex<Item>();
        var archive = new Item("archive");
        index.Add("ミナトアーカイブズ株式会社", archive);
        index.Add("ミナトアーカイブ", new Item("exact start"));
        index.Add("カワセミ情報サービス", new Item("other"));

        var found = index.Similar("ミナトアーカイズ", maxDistance: 1, prefix: true);
        var typedCorrectly = index.Similar("ミナトアーカ", maxDistance: 1, prefix: true);

        Assert.Contains(("ミナトアーカイブズ株式会社", 1, archive), found);
        Assert.DoesNotContain(found, f => f.Item.Name == "other");
        Assert.DoesNotContain(typedCorrectly, f => f.Key.StartsWith("ミナトアーカ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("アーカイブ", "アーカイブズ株式会社", 0)]
    [InlineData("アーカイズ", "アーカイブズ株式会社", 1)]
    [InlineData("アカイブズ", "アーカイブズ", 1)]
    [InlineData("情報政作課", "情報政策課", 1)]
    [InlineData("総務部", "情報政策課", 3)]
    [InlineData("", "情報", 0)]
    public void PrefixLevenshtein_IsTheDistanceToTheClosestStart(string typed, string text, int expected) =>
        Assert.Equal(expected, Similarity.PrefixLevenshtein(typed, text));
}
