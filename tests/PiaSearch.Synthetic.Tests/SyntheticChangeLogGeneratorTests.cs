using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Synthetic.Tests;

public sealed class SyntheticChangeLogGeneratorTests
{
    private readonly SyntheticChangeLogGenerator _generator = new();

    [Theory]
    [InlineData(1, 0, 40)]
    [InlineData(7, 3, 200)]
    [InlineData(2024, 11, 5)]
    public void Generate_AnySeed_ParsesWithEveryRowAndNoRejection(int seed, int index, int rows)
    {
        var log = _generator.Generate(seed, index, rows);

        var parsed = new ChangeLogParser().Parse(log.Content, log.Id);

        Assert.Equal(rows, parsed.Entries.Count);
        Assert.Empty(parsed.Rejected);
        Assert.All(parsed.Entries, e => Assert.NotNull(e.Date));
        Assert.True(parsed.Lines.Headers >= 1);
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameBytes()
    {
        Assert.Equal(_generator.Generate(5, 2, 100).Content, _generator.Generate(5, 2, 100).Content);
        Assert.NotEqual(_generator.Generate(5, 2, 100).Content, _generator.Generate(6, 2, 100).Content);
    }

    [Fact]
    public void Generate_ItemsInSeveralStyles_ResolveToTheirFile()
    {
        var parsed = new ChangeLogParser().Parse(_generator.Generate(3, 1, 300).Content, "x");

        var chapterTwo = parsed.Entries.Where(e => e.Item.Chapter == "II").ToList();
        Assert.NotEmpty(chapterTwo);
        Assert.All(chapterTwo, e => Assert.EndsWith("ファイル", e.Item.File, StringComparison.Ordinal));
        Assert.Contains(parsed.Entries, e => e.Item.Raw.StartsWith("Ⅱ-(", StringComparison.Ordinal));
        Assert.Contains(parsed.Entries, e => e.Item.Raw.StartsWith("(1", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Corpus_HasHtmlCellsFiscalYearsAndContractorChanges()
    {
        var parsed = new ChangeLogParser().Parse(_generator.Generate(9, 0, 400).Content, "x");

        Assert.Contains(parsed.Entries, e => e.After.Raw.Contains("<li>", StringComparison.Ordinal) && !e.After.Text.Contains("<li>", StringComparison.Ordinal));
        Assert.Contains(parsed.Entries, e => e.DateText.EndsWith("年度", StringComparison.Ordinal));
        Assert.Contains(parsed.Entries, e => e.Item.Path.EndsWith("委託先名", StringComparison.Ordinal) && e.Before.Text != e.After.Text);
    }

    [Fact]
    public void WriteCorpus_WritesALogAndSidecarPerMunicipality()
    {
        var folder = Directory.CreateTempSubdirectory("pia-synthetic-").FullName;
        try
        {
            var paths = _generator.WriteCorpus(new SyntheticCorpusOptions(4, 30, Seed: 12), folder);

            Assert.Equal(4, paths.Count);
            Assert.All(paths, p => Assert.True(File.Exists(Path.ChangeExtension(p, null) + ".meta.json")));
            Assert.Contains("municipality", File.ReadAllText(Path.ChangeExtension(paths[0], null) + ".meta.json"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WriteCorpus_ContractorNames_AreEachOneCompanysAndSharedAcrossLogs()
    {
        var folder = Directory.CreateTempSubdirectory("pia-synthetic-").FullName;
        try
        {
            var paths = _generator.WriteCorpus(new SyntheticCorpusOptions(8, 400, Seed: 3), folder);
            var truth = File.ReadLines(Path.Combine(folder, SyntheticChangeLogGenerator.ContractorTruthFile)).Select(l => l.Split('\t')).ToList();
            var companyOf = truth.ToDictionary(t => t[1], t => t[0], StringComparer.Ordinal); // throws if a name were two companies'

            var contracts = paths.SelectMany(p => new ChangeLogParser().Parse(File.ReadAllText(p), Path.GetFileName(p)).Entries)
                .Where(e => e.Item.Path.EndsWith("委託先名", StringComparison.Ordinal))
                .Select(e => (e.DocumentId, Before: e.Before.Text.Replace(" ", string.Empty, StringComparison.Ordinal), After: e.After.Text.Replace(" ", string.Empty, StringComparison.Ordinal)))
                .ToList();

            Assert.NotEmpty(contracts);
            Assert.All(contracts, c => Assert.True(companyOf.ContainsKey(c.After), c.After));
            // A company renamed is written under both names by some log (a rename row), and some company serves several municipalities.
            Assert.Contains(contracts, c => companyOf.TryGetValue(c.Before, out var before) && before == companyOf[c.After] && c.Before != c.After);
            Assert.Contains(contracts.GroupBy(c => companyOf[c.After]), g => g.Select(c => c.DocumentId).Distinct().Count() > 1);
            Assert.True(truth.GroupBy(t => t[0]).Any(g => g.Count() > 1), "some company has had two names");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
