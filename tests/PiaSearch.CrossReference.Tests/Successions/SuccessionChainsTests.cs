using System.Diagnostics;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Successions;

public sealed class SuccessionChainsTests
{
    private const string Heads = "I-7-②所属長";

    /// <summary>Two heads taking turns: every path through them was once a chain of its own, 2^(n/2) of them.</summary>
    private static IReadOnlyList<ChangeEntry> Alternating(int rows, string documentId = "alternating")
    {
        var names = new[] { "市民課長 山本 一郎", "市民課長 佐藤 花子" };
        return TestLogs.Parse(documentId, Enumerable.Range(0, rows)
            .Select(i => ($"{2000 + i}/4/1", Heads, names[i % 2], names[(i + 1) % 2]))
            .ToArray());
    }

    [Fact]
    public void Build_AlternatingNames_GivesChainsWithoutEnumeratingPaths()
    {
        var model = new CrossReferenceBuilder().Build(Alternating(34));

        var watch = Stopwatch.StartNew();
        var chains = SuccessionChains.Build(model.Successions);
        watch.Stop();

        Assert.NotEmpty(chains);
        Assert.True(chains.Count <= model.Successions.Count, $"{chains.Count} chains for {model.Successions.Count} successions");
        Assert.All(chains, c => Assert.True(c.Count <= SuccessionChains.MaxLength));
        Assert.True(watch.ElapsedMilliseconds < 3_000, $"took {watch.ElapsedMilliseconds} ms"); // path enumeration took minutes here
    }

    [Fact]
    public void Through_AlternatingNames_FollowsEveryTurnInDateOrder()
    {
        var model = new CrossReferenceBuilder().Build(Alternating(34));
        var first = model.Successions.Where(s => s.Type == EntityType.Person).MinBy(s => s.Date!.From)!;

        var chain = model.Lookups.Chains.Through(first)!;

        Assert.Equal(34, chain.Count);
        Assert.All(chain.Zip(chain.Skip(1)), pair =>
        {
            Assert.True(pair.First.Date!.From < pair.Second.Date!.From);
            Assert.Equal(pair.First.After!.Name, pair.Second.Before!.Name);
        });
    }

    [Fact]
    public void Through_ChainLongerThanTheCap_IsCut()
    {
        var model = new CrossReferenceBuilder().Build(Alternating(SuccessionChains.MaxLength + 20));
        var last = model.Successions.Where(s => s.Type == EntityType.Person).MaxBy(s => s.Date!.From)!;

        var chain = model.Lookups.Chains.Through(last)!;

        Assert.InRange(chain.Count, 2, SuccessionChains.MaxLength);
        Assert.Same(last, chain[^1]);
    }

    [Fact]
    public void Through_TwoMunicipalitiesWithTheSameHeads_KeepsTheirChainsApart()
    {
        var entries = Alternating(6, "city-a").Concat(Alternating(6, "city-b")).ToList();
        var model = new CrossReferenceBuilder().Build(entries, id => id == "city-a" ? "甲市" : "乙町");

        foreach (var succession in model.Successions.Where(s => s.Type == EntityType.Person))
        {
            var chain = model.Lookups.Chains.Through(succession)!;
            Assert.Equal(6, chain.Count);
            Assert.Single(chain.Select(s => s.Evidence[0].DocumentId).Distinct());
        }
    }

    [Fact]
    public void Ask_AlternatingNames_AnswersQuickly()
    {
        var model = new CrossReferenceBuilder().Build(Alternating(34));
        var answerer = new QuestionAnswerer(model);

        var watch = Stopwatch.StartNew();
        var answer = answerer.Ask("所属長の変遷");
        var finder = SuccessionFinder.Find(model, "佐藤", null, null);
        watch.Stop();

        Assert.Equal(QuestionIntent.History, answer.Kind);
        Assert.Equal(34, finder.Count);
        Assert.True(watch.ElapsedMilliseconds < 3_000, $"took {watch.ElapsedMilliseconds} ms"); // path enumeration took minutes here
    }

    [Fact]
    public void Successions_AlternatingNames_ListNoChainContainedInAnother()
    {
        var model = new CrossReferenceBuilder().Build(Alternating(34));

        var page = PiaSearch.Contracts.CrossReferencing.CrossReferenceQueries.Successions(model, "佐藤", null, null, 1, 50);

        var chains = page.Chains.Select(c => string.Join('|', c)).ToList();
        Assert.NotEmpty(chains);
        Assert.All(chains, c => Assert.DoesNotContain(chains, other => other.Length > c.Length && other.Contains(c, StringComparison.Ordinal)));
        Assert.Contains(page.Chains, c => c.Count == 34);
    }

    [Fact]
    public void Ask_HistoryOfAnItemChangedManyTimes_ListsTheLatestAndSaysHowMany()
    {
        var model = new CrossReferenceBuilder().Build(Alternating(34));

        var answer = new QuestionAnswerer(model).Ask("所属長の変遷");

        Assert.Contains("34 回", answer.Text, StringComparison.Ordinal);
        Assert.Equal(HistoryAnswers.MaxSteps, answer.Evidence.Count);
    }

    [Fact]
    public void Ask_HistoryRecordedInTwoMunicipalities_SaysWhichAnsweredAndNamesTheOther()
    {
        var entries = Alternating(6, "city-a").Concat(Alternating(4, "city-b")).ToList();
        var model = new CrossReferenceBuilder().Build(entries, id => id == "city-a" ? "甲市" : "乙町");

        var answer = new QuestionAnswerer(model).Ask("所属長の変遷");
        var chosen = new QuestionAnswerer(model).Ask("所属長の変遷", "乙町");

        Assert.StartsWith("【甲市】", answer.Text, StringComparison.Ordinal);
        Assert.Contains("乙町にも記録があります", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("【乙町】", chosen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("記録があります", chosen.Text, StringComparison.Ordinal);
    }
}
