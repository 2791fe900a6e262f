using PiaSearch.Search.Highlighting;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;
using PiaSearch.Synthetic;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>
/// Many searches at once must answer exactly what each answers alone: Lucene's per-segment readers (doc values,
/// term enumerators) are not thread-safe, and a cache that shares one across requests gives wrong facet counts.
/// </summary>
public sealed class ConcurrentSearchTests(MorphologyFixture morphology)
{
    private const int Threads = 8;
    private const int Rounds = 2;

    /// <summary>
    /// Words of the synthetic logs (department stems, contractor names) that match a few percent of the rows at most:
    /// facets of such small result sets are counted document by document, through the segment's doc values.
    /// </summary>
    private static readonly string[] Words =
    [
        "コンビニ交付", "宛名", "介護", "戸籍住民", "税務", "収納", "国保年金", "子育て支援", "福祉総務", "障害福祉", "健康推進",
        "保健予防", "情報政策", "窓口サービス", "地域振興", "アオバ", "ミナト", "サクラ", "ヒカリ", "トウカイ", "キタノ", "ニシキ",
        "カスガ", "ホクト", "ヤマト", "アサヒ", "ミドリ", "ツバサ", "イズミ", "コスモ", "リンク", "ユニオン", "ネクスト", "電算",
        "ソフトウェア", "市町村CS", "評価実施機関",
    ];

    [Fact]
    [Trait("Category", "Slow")]
    public void Search_EightThreadsAtOnce_AnswerExactlyAsOneThreadAlone()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        IngestSyntheticLogs(store, logs: 2, rowsPerLog: 1500);
        // No cache (every answer is computed), and no time limit that a loaded machine could hit (a partial answer would differ).
        var search = new ChangeLogSearchService(store, cacheCapacity: 0, timeLimit: TimeSpan.FromMinutes(5));
        var requests = Requests(search);
        Assert.True(requests.Count >= 50, $"{requests.Count} requests");

        var expected = requests.Select(r => Signature(search.Search(r))).ToList();
        Assert.All(requests, r => Assert.False(search.Search(r).Partial));

        var differences = new ConcurrentBag<string>();
        var errors = new ConcurrentBag<Exception>();
        var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var random = new Random(t);
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var i in Enumerable.Range(0, requests.Count).OrderBy(_ => random.Next()))
                {
                    try
                    {
                        var actual = Signature(search.Search(requests[i]));
                        if (actual != expected[i])
                        {
                            differences.Add($"request {i} ({requests[i].Query}): {actual} instead of {expected[i]}");
                        }
                    }
                    catch (Exception e)
                    {
                        errors.Add(e);
                    }
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.Empty(errors);
        Assert.Empty(differences);
    }

    /// <summary>Several commits, so that the index has several segments.</summary>
    private static void IngestSyntheticLogs(IndexStore store, int logs, int rowsPerLog)
    {
        var generator = new SyntheticChangeLogGenerator();
        var ingestor = new ChangeLogIngestor(store, new ChangeLogParser());
        for (var i = 0; i < logs; i++)
        {
            var log = generator.Generate(seed: 17, index: i, rows: rowsPerLog);
            using var batch = store.BeginBatch(TestContext.Current.CancellationToken);
            using var reader = new StringReader(log.Content);
            ingestor.IngestReader(batch, reader, log.Id, log.Id);
            batch.Commit();
        }
    }

    /// <summary>Distinct searches: each word alone, and with a file, timing or date filter and another order.</summary>
    private static List<SearchRequest> Requests(ChangeLogSearchService search)
    {
        var files = search.KnownValues(IndexFields.File);
        Assert.NotEmpty(files);
        var requests = new List<SearchRequest>();
        for (var i = 0; i < Words.Length; i++)
        {
            var word = Words[i];
            requests.Add(new SearchRequest { Query = word, Size = 3 });
            requests.Add((i % 3) switch
            {
                0 => new SearchRequest { Query = word, File = files[i % files.Count], Size = 3, Sort = SearchSort.Newest },
                1 => new SearchRequest { Query = word, Timing = SubmissionTiming.Prior, Size = 3, Sort = SearchSort.Oldest },
                _ => new SearchRequest { Query = word, From = new DateOnly(2017, 4, 1), To = new DateOnly(2021, 3, 31), Size = 3 },
            });
        }

        return requests;
    }

    /// <summary>Everything a search answers, as one comparable string.</summary>
    private static string Signature(SearchResults results)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"total={results.Total};");
        foreach (var hit in results.Hits)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hit.Entry.Id}:{hit.Score:R}:{hit.WholeWord}:");
            foreach (var (field, fragments) in hit.Highlights.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                text.Append(field).Append('=').AppendJoin('|', fragments.Select(f => HighlightSegment.Join(f, "<mark>", "</mark>"))).Append(';');
            }
        }

        foreach (var (field, counts) in results.Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(field).Append('=').AppendJoin(',', counts.Select(c => $"{c.Value}:{c.Count}")).Append(';');
        }

        return text.ToString();
    }
}
