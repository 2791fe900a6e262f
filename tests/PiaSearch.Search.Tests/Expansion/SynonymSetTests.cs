using PiaSearch.CrossReference.Understanding;
using PiaSearch.Search.Expansion;

namespace PiaSearch.Search.Tests.Expansion;

public sealed class SynonymSetTests
{
    private static SynonymSet Parse(string text) => SynonymSet.Parse(new StringReader(text));

    [Fact]
    public void Parse_EquivalentWords_FindEachOther_WhateverTheWidthOrCase()
    {
        var set = Parse("電話番号, 電話, TEL\n");

        Assert.Equal(["電話", "TEL"], set.Of("電話番号").Select(e => e.Term));
        Assert.Equal(["電話番号", "電話"], set.Of("ｔｅｌ").Select(e => e.Term));
        Assert.All(set.Of("電話"), e => Assert.Equal(ExpansionKind.Synonym, e.Kind));
    }

    [Fact]
    public void Parse_ExplicitMapping_GoesOneWayOnly()
    {
        var set = Parse("受託者 => 委託先\n");

        Assert.Equal(["委託先"], set.Of("受託者").Select(e => e.Term));
        Assert.Empty(set.Of("委託先"));
    }

    [Fact]
    public void Parse_CommentsAndBlankLines_AreSkipped_AndBadLinesReportedWithTheirNumber()
    {
        var set = Parse("# 注釈\n\n消去, 削除 # 末尾の注釈\n一語だけ\na => b => c\n");

        Assert.Equal(["削除"], set.Of("消去").Select(e => e.Term));
        Assert.Equal(2, set.Problems.Count);
        Assert.StartsWith("line 4:", set.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("line 5:", set.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void SynonymFile_Missing_IsNoSynonyms()
    {
        var file = new SynonymFile(Path.Combine(Path.GetTempPath(), $"pia-missing-{Guid.NewGuid():N}.txt"));

        Assert.Equal(0, file.Current.Count);
    }
}
