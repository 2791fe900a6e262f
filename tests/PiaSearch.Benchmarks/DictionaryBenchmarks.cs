using BenchmarkDotNet.Attributes;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Benchmarks;

/// <summary>Loading the embedded IPADIC (decompress, verify, parse) and analysing a first word.</summary>
[MemoryDiagnoser]
public class DictionaryBenchmarks
{
    [Benchmark]
    public int LoadAndFirstToken() =>
        new MorphologicalAnalyzer(MorphologyDictionary.LoadEmbedded()).Tokenize("住民基本台帳").Count;
}
