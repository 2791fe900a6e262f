using System.Diagnostics;
using BenchmarkDotNet.Running;
using PiaSearch.Benchmarks;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;

// --cold-start: one measurement in this fresh process (what bench/tokenizers.sh runs several times).
// --memory: managed memory held by the loaded dictionary.
// Otherwise: BenchmarkDotNet (e.g. --filter '*').
if (args is ["--cold-start"])
{
    var clock = Stopwatch.StartNew();
    var analyzer = new MorphologicalAnalyzer(MorphologyDictionary.LoadEmbedded());
    var first = analyzer.Tokenize("住民基本台帳ネットワークシステム")[0];
    Console.WriteLine($"{clock.Elapsed.TotalMilliseconds:F0} {first.Surface}");
    return 0;
}

if (args is ["--memory"])
{
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var dictionary = MorphologyDictionary.LoadEmbedded();
    var after = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"{(after - before) / (1024.0 * 1024.0):F1} {dictionary.WordCount}");
    GC.KeepAlive(dictionary);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(args);
return 0;
