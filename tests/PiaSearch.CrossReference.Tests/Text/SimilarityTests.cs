using System.Diagnostics;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Tests.Text;

public sealed class SimilarityTests
{
    [Theory]
    [InlineData("", "", 0, true)]
    [InlineData("", "ab", 1, false)]
    [InlineData("", "ab", 2, true)]
    [InlineData("情報課", "情報課", 0, true)]
    [InlineData("情報課", "情報政策課", 1, false)]
    [InlineData("情報課", "情報政策課", 2, true)]
    [InlineData("kitten", "sitting", 2, false)]
    [InlineData("kitten", "sitting", 3, true)]
    [InlineData("abcdef", "badcfe", 2, false)]
    public void WithinDistance_SmallCases(string a, string b, int max, bool expected) =>
        Assert.Equal(expected, Similarity.WithinDistance(a, b, max));

    [Fact]
    public void WithinDistance_AgreesWithTheFullDistanceOnRandomPairs()
    {
        var random = new Random(7);
        const string Alphabet = "アイウ課情報";
        string Text(int length) => new(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        for (var n = 0; n < 3000; n++)
        {
            var a = Text(random.Next(0, 12));
            // b: a few random edits of a, or an unrelated text
            var b = random.Next(4) == 0 ? Text(random.Next(0, 12)) : Edited(a, random.Next(0, 5), random, Alphabet);
            var max = random.Next(0, 5);

            Assert.True(
                Similarity.WithinDistance(a, b, max) == (Similarity.Levenshtein(a, b) <= max),
                $"{a} / {b}, max {max}: distance {Similarity.Levenshtein(a, b)}");
        }
    }

    [Fact]
    public void WithinDistance_LongCellsAreComparedInLinearTime()
    {
        // Two crafted cells of 20,000 characters: the full distance fills 400 million cells (about a second); the band, a hundred thousand.
        var a = string.Concat(Enumerable.Range(1, 3000).Select(i => $"第{i}条、"));
        var b = a.Insert(a.Length / 2, "改").Remove(a.Length * 3 / 4, 1).Replace("第1条、", "第１条、", StringComparison.Ordinal);
        var watch = Stopwatch.StartNew();

        var within = Similarity.WithinDistance(a, b, 2);

        watch.Stop();
        Assert.False(within);
        Assert.True(Similarity.WithinDistance(a, a.Insert(a.Length / 2, "改"), 2));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.Elapsed.TotalMilliseconds:N0} ms");
    }

    private static string Edited(string text, int edits, Random random, string alphabet)
    {
        var chars = text.ToList();
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                case 2 when at < chars.Count:
                    chars[at] = alphabet[random.Next(alphabet.Length)];
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
