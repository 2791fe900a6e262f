using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Tests.Model;

/// <summary>The builder reads rows on every core: the model must not depend on which thread read what.</summary>
public sealed class BuildDeterminismTests
{
    [Fact]
    public void Build_SameRowsManyTimes_SameModelInTheSameOrder()
    {
        var entries = DefaultCorpus.Entries()
            .Concat(TestLogs.Parse("second", ("令和3年度", "I-7-②所属長", "市民課長 山本 一郎", "市民課長 佐藤 花子")))
            .ToList();
        static string Fingerprint(CrossReferenceModel m) => string.Join('\n',
            m.Entities.Select(e => $"{e.Id}:{string.Join('>', e.Names.Select(n => n.Name))}:{e.MentionCount}")
                .Concat(m.Successions.Select(s => $"{s.Id}:{s.Kind}:{string.Join(',', s.Evidence.Select(x => x.Line))}"))
                .Concat(m.Slots.Select(s => $"{s.DocumentId}:{s.Key}:{string.Join(',', s.Changes.Select(c => c.Line))}"))
                .Concat(m.RowChanges.Select(c => $"{c.EntryId}:{c.Kind}:{c.Before?.Name}>{c.After?.Name}")));

        var expected = Fingerprint(new CrossReferenceBuilder().Build(entries));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected, Fingerprint(new CrossReferenceBuilder().Build(entries)));
        }
    }
}
