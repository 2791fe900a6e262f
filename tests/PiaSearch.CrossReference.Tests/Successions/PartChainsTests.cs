using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Successions;

/// <summary>
/// A model put together from parts reads each succession's chain from its part's chains (built once per part) instead of
/// running the chains over every organisation again: the chains are the ones the whole list gives, made of the model's own
/// successions.
/// </summary>
public sealed class PartChainsTests
{
    private static readonly string[] Logs =
        ["midorikawa-juki-changes", "higashiyama-juki-changes", "kitaura-kokuho-changes", "minatogawa-kaigo-changes"];

    [Fact]
    public void Chains_OfCombinedParts_AreThoseOfTheWholeList()
    {
        var entries = new List<ChangeEntry>(DefaultCorpus.Entries());
        foreach (var name in Logs)
        {
            using var reader = ChangeLogReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "Data", name + ".tsv"));
            entries.AddRange(new ChangeLogParser().Parse(reader, name).Entries);
        }

        // Two logs in one municipality (a part of two logs), the others each their own.
        string? Organisation(string id) => id.StartsWith("meguro", StringComparison.Ordinal) || id.StartsWith("kitaura", StringComparison.Ordinal) ? "目黒区" : null;
        var model = new CrossReferenceBuilder().Build(entries, Organisation);
        var whole = new SuccessionChains(model.Successions, id => Organisation(id) ?? id);
        var ofTheModel = model.Successions.ToHashSet(ReferenceEqualityComparer.Instance);

        var chained = 0;
        foreach (var succession in model.Successions)
        {
            var expected = whole.Through(succession);
            var actual = model.Lookups.Chains.Through(succession);

            Assert.Equal(expected?.Select(s => s.Id), actual?.Select(s => s.Id));
            if (actual is not null)
            {
                chained++;
                Assert.All(actual, s => Assert.Contains(s, ofTheModel));
            }
        }

        Assert.True(chained >= 10, $"only {chained} successions are in a chain");
    }
}
