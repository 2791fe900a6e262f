using System.Security.Cryptography;
using PiaSearch.Morphology.Build;
using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Tests.Build;

public sealed class IpadicBuildTests
{
    [Fact]
    public void Compile_DebianIpadicSource_GivesExactlyTheEmbeddedDictionary()
    {
        if (!File.Exists(Path.Combine(BuildCommand.DefaultSource, "matrix.def")))
        {
            Assert.Skip($"IPADIC source is not installed at {BuildCommand.DefaultSource} (apt-get install mecab-ipadic).");
        }

        var compiled = IpadicSource.Compile(BuildCommand.DefaultSource);
        using var fresh = new MemoryStream();
        compiled.Save(fresh, compress: false);
        using var embedded = typeof(MorphologyDictionary).Assembly.GetManifestResourceStream(MorphologyDictionary.EmbeddedResourceName)!;

        // The section table holds each section's length and SHA-256 before compression.
        Assert.Equal(SectionDigests(embedded), SectionDigests(new MemoryStream(fresh.ToArray())));
    }

    private static List<string> SectionDigests(Stream stream)
    {
        var table = new byte[20 + (5 * 48)];
        stream.ReadExactly(table);
        return [.. Enumerable.Range(0, 5).Select(i => Convert.ToHexString(table.AsSpan(20 + (i * 48) + 8, 40)))];
    }

    [Fact]
    public void Run_CellsCommand_PrintsTheCorpusCellLines()
    {
        using var output = new StringWriter();

        var exit = BuildCommand.Run(["cells", DictionaryFixture.CorpusPath], output, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Equal(CorpusCellLines.Read(DictionaryFixture.CorpusPath), output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        GC.KeepAlive(SHA256.Create());
    }
}
