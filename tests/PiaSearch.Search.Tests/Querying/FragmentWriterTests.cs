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
        var texts = fragments.Select(f => HighlightSegment.Join(f, string.Empty, string.Empty)).ToList();
        Assert.All(texts, t => Assert.True(t.Length <= 240, t));
        Assert.Equal(texts.Count, texts.Distinct().Count());
    }

    [Fact]
    public void Write_OneMatchLongerThanAFragment_IsCutToTheFragmentLength()
    {
        var text = new string('あ', 100) + new string('い', 5_000) + new string('う', 100);

        var fragment = Assert.Single(FragmentWriter.Write(text, [(100, 5_100)], fragmentSize: 120, maxFragments: 3));

        var length = fragment.Sum(s => s.Text.Length);
        Assert.True(length <= 240, $"{length}");
        Assert.Contains(fragment, s => s.Mark && s.Text.All(c => c == 'い'));
    }
}
