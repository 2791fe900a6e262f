using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Tests;

/// <summary>The model of the default corpus, built once for the tests that share it.</summary>
public sealed class CorpusModelFixture
{
    public CorpusModelFixture()
    {
        Model = new CrossReferenceBuilder().Build(DefaultCorpus.Entries());
        Chains = SuccessionChains.Build(Model.Successions);
    }

    public CrossReferenceModel Model { get; }

    public IReadOnlyList<IReadOnlyList<Succession>> Chains { get; }

    public IEnumerable<Succession> Find(EntityType type, string before, string after) =>
        Model.Successions.Where(s => s.Type == type && s.Before?.Name == before && s.After?.Name == after);
}

[CollectionDefinition(Name)]
public sealed class CorpusModelCollection : ICollectionFixture<CorpusModelFixture>
{
    public const string Name = "corpus model";
}
