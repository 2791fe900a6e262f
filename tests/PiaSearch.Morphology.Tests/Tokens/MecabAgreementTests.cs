using System.Diagnostics;
using PiaSearch.Morphology.Build;
using PiaSearch.Morphology.Tokens;

namespace PiaSearch.Morphology.Tests.Tokens;

/// <summary>
/// Normal mode against MeCab 0.996 + IPADIC on the cells of the default corpus. The golden file was made by
/// Golden/make-golden.sh; comparing against it needs no MeCab.
/// </summary>
public sealed class MecabAgreementTests(DictionaryFixture fixture, ITestOutputHelper output)
{
    private const string MecabDictionary = "/var/lib/mecab/dic/ipadic-utf8";

    private static List<(string Line, string[] Expected)> Golden() =>
        [.. File.ReadLines(DictionaryFixture.GoldenPath)
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))];

    [Fact]
    public void Tokenize_CorpusCells_AgreeWithMecabOnAtLeast995PerMilleOfLines()
    {
        var golden = Golden();
        var differences = new List<string>();
        foreach (var (line, expected) in golden)
        {
            var actual = fixture.Analyzer.Tokenize(line).Select(t => t.Surface).ToArray();
            if (!actual.SequenceEqual(expected))
            {
                differences.Add($"{line}\n  mecab: {string.Join(' ', expected)}\n  ours:  {string.Join(' ', actual)}");
            }
        }

        var rate = 1.0 - ((double)differences.Count / golden.Count);
        output.WriteLine($"{golden.Count - differences.Count} of {golden.Count} lines identical ({rate:P2})");
        differences.ForEach(output.WriteLine);
        Assert.True(golden.Count > 600, $"the golden file has only {golden.Count} lines");
        Assert.True(rate >= 0.995, $"agreement {rate:P2}:\n{string.Join('\n', differences.Take(20))}");
    }

    [Fact]
    public void GoldenFile_Lines_AreTheCellLinesOfTheDefaultCorpus()
    {
        var lines = CorpusCellLines.Read(DictionaryFixture.CorpusPath);

        Assert.Equal(lines, Golden().Select(g => g.Line));
    }

    [Fact]
    public void GoldenFile_RemadeByTheScriptWithMecab_IsUnchanged()
    {
        if (!File.Exists("/usr/bin/mecab") || !Directory.Exists(MecabDictionary))
        {
            Assert.Skip($"mecab or {MecabDictionary} is not installed (apt-get install mecab mecab-ipadic-utf8); the committed golden file is used as is.");
        }

        var folder = Directory.CreateTempSubdirectory("pia-golden-");
        try
        {
            var lines = Path.Combine(folder.FullName, "lines.txt");
            var remade = Path.Combine(folder.FullName, "golden.tsv");
            File.WriteAllLines(lines, Golden().Select(g => g.Line));
            var script = Path.Combine(AppContext.BaseDirectory, "Golden", "make-golden.sh");
            using var process = Process.Start(new ProcessStartInfo("bash", [script, remade, lines]) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.True(process.ExitCode == 0, error);
            Assert.Equal(File.ReadAllLines(DictionaryFixture.GoldenPath), File.ReadAllLines(remade));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
