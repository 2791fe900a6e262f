using System.Text;
using BenchmarkDotNet.Attributes;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Morphology.Tokens;

namespace PiaSearch.Benchmarks;

/// <summary>Throughput of the analyzer over the corpus cells, per mode.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private MorphologicalAnalyzer _analyzer = null!;
    private IReadOnlyList<string> _lines = [];
    private readonly List<MorphToken> _tokens = [];

    [Params(TokenizeMode.Normal, TokenizeMode.Search)]
    public TokenizeMode Mode { get; set; }

    /// <summary>UTF-8 bytes tokenized per invocation, to turn time into MB/s.</summary>
    public static long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = new MorphologicalAnalyzer(MorphologyDictionary.LoadEmbedded());
        _lines = BenchmarkText.Lines();
        Bytes = _lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l) + 1);
    }

    [Benchmark]
    public int TokenizeCorpusCells()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            _tokens.Clear();
            _analyzer.Tokenize(line, Mode, _tokens);
            count += _tokens.Count;
        }

        return count;
    }
}
