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
}
