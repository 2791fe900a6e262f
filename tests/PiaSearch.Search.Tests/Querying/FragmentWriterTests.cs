using PiaSearch.Search.Highlighting;

namespace PiaSearch.Search.Tests.Querying;

public sealed class FragmentWriterTests
{
    [Fact]
    public void Write_MatchesEveryFewCharactersOfALongText_GivesShortFragmentsThatDoNotOverlap()
    {
        var text = string.Concat(Enumerable.Repeat("委託先を変更する。", 2_000));
        var spans = Enumerable.Range(0, 2_000).Select(i => (i * 9, (i * 9) + 3)).ToList();

        var fragments = FragmentWriter.Write(text, spans, fragmentSize: 120, maxFragments: 3);

        Assert.Equal(3, fragments.Count);
        Assert.All(fragments, f => Assert.True(f.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal).Length <= 240, f));
        Assert.Equal(fragments.Count, fragments.Distinct().Count());
    }

    [Fact]
    public void Write_OneMatchLongerThanAFragment_IsCutToTheFragmentLength()
    {
        var text = new string('あ', 100) + new string('い', 5_000) + new string('う', 100);

        var fragment = Assert.Single(FragmentWriter.Write(text, [(100, 5_100)], fragmentSize: 120, maxFragments: 3));

        Assert.True(fragment.Length <= 240 + "<mark></mark>".Length, $"{fragment.Length}");
    }
}
