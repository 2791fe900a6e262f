using System.Diagnostics;
using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Build;

/// <summary>
/// <c>pia-morph-build [SOURCE_DIR] [OUTPUT] [--uncompressed]</c>: compiles IPADIC source (Debian's mecab-ipadic,
/// EUC-JP) into the binary dictionary that PiaSearch.Morphology embeds.
/// <c>pia-morph-build cells CORPUS.tsv</c>: prints the cell lines the MeCab agreement test uses.
/// </summary>
internal static class BuildCommand
{
    public const string DefaultSource = "/usr/share/mecab/dic/ipadic";
    public const string DefaultOutput = "src/PiaSearch.Morphology/Resources/ipadic.piadic";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["cells", var corpus])
        {
            foreach (var line in CorpusCellLines.Read(corpus))
            {
                output.WriteLine(line);
            }

            return 0;
        }

        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var source = positional.ElementAtOrDefault(0) ?? DefaultSource;
        var target = positional.ElementAtOrDefault(1) ?? DefaultOutput;
        var compress = !args.Contains("--uncompressed");
        if (!Directory.Exists(source))
        {
            error.WriteLine($"error: no IPADIC source at {source} (apt-get install mecab-ipadic)");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var dictionary = IpadicSource.Compile(source);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        using (var file = File.Create(target))
        {
            dictionary.Save(file, compress);
        }

        output.WriteLine($"{dictionary.Description}: {dictionary.WordCount:N0} entries -> {target} ({new FileInfo(target).Length:N0} bytes, {clock.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }
}
