using System.CommandLine;
using PiaSearch.Search.Highlighting;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using PiaSearch.Contracts.Searching;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;
using PiaSearch.Search.Expansion;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.CrossReference.Model;

namespace PiaSearch.Cli.Commands;

/// <summary><c>pia search "query" [--json]</c>: search the index and print the hits.</summary>
internal static partial class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a terminal, not an HTML page
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("query") { Description = "検索語 / words to search for" };
        var json = new Option<bool>("--json") { Description = "JSON で出力する (API と同じ形) / print JSON, the same shape as the API" };
        var size = new Option<int?>("--size") { Description = "件数 1–100 / hits per page (default 20)" };
        var page = new Option<int?>("--page") { Description = "ページ / page (default 1)" };
        var from = new Option<DateOnly?>("--from") { Description = "この日以降 / from date, yyyy-mm-dd" };
        var to = new Option<DateOnly?>("--to") { Description = "この日以前 / to date, yyyy-mm-dd" };
        var file = new Option<string?>("--file") { Description = "ファイル / evaluated file" };
        var chapter = new Option<string?>("--chapter") { Description = "章 I–VI, 別添N / chapter" };
        var timing = new Option<string?>("--timing") { Description = "提出時期 事前|事後|なし / timing" };
        var kind = new Option<string?>("--kind") { Description = "change（変更箇所、既定）|section（評価書の各項目の記載） / change rows (default) or section text" };
        var sort = new Option<string?>("--sort") { Description = "relevance|newest|oldest" };
        var expand = new Option<bool>("--expand")
        {
            Description = "相互参照モデルを作り、名前の別表記・旧名・略称・改番と同義語も検索する（API の既定と同じ） / build the cross-reference model and " +
                "also search other spellings, former names, abbreviations, renumbered provisions and synonyms (as the API does by default)",
        };
        var synonyms = new Option<string?>("--synonyms")
        {
            Description = "同義語ファイル / synonyms file (default: index-data/synonyms.txt when present)",
            DefaultValueFactory = _ => File.Exists(DefaultSynonyms) ? DefaultSynonyms : null,
        };
        var analysis = new Option<string>("--analysis")
        {
            Description = "hybrid（語と2文字、既定） | bigrams（2文字のみ・展開なし、比較用） / hybrid (words and bigrams, the default) | bigrams (bigrams only, no expansion: a baseline)",
            DefaultValueFactory = _ => "hybrid",
        };
        analysis.AcceptOnlyFromAmong("hybrid", "bigrams");
        var exclude = new Option<string?>("--exclude") { Description = "検索しない展開語（カンマ区切り） / expansion terms not to search, comma-separated" };
        var index = PiaCommandLine.IndexOption();
        var userDictionary = PiaCommandLine.UserDictionaryOption();
        var command = new Command("search", "索引を検索する / search the index")
        {
            query, json, size, page, from, to, file, chapter, timing, kind, sort, expand, synonyms, exclude, analysis, index, userDictionary,
        };
        command.SetAction(parse =>
        {
            var input = new SearchInput
            {
                Q = parse.GetValue(query),
                Size = parse.GetValue(size),
                Page = parse.GetValue(page),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                File = parse.GetValue(file),
                Chapter = parse.GetValue(chapter),
                Timing = parse.GetValue(timing),
                Kind = parse.GetValue(kind),
                Sort = parse.GetValue(sort),
                Expand = parse.GetValue(expand),
                Exclude = parse.GetValue(exclude),
            };
            var synonymFile = parse.GetValue(expand) ? new SynonymFile(parse.GetValue(synonyms)) : null;
            var analyzed = parse.GetValue(analysis) == "bigrams" ? SearchAnalysis.Bigrams : SearchAnalysis.Hybrid;
            return Run(input, analyzed, synonymFile, parse.GetValue(json), parse.GetValue(index)!, parse.GetValue(userDictionary), output, error);
        });
        return command;
    }

    private static string DefaultSynonyms => Path.Combine("index-data", "synonyms.txt");

    /// <param name="synonyms">With --expand, the synonyms file (its path may be null); null without --expand.</param>
    private static int Run(SearchInput input, SearchAnalysis analysis, SynonymFile? synonyms, bool asJson, string indexPath, string? userDictionary, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(indexPath))
        {
            error.WriteLine($"エラー / error: no index at {Path.GetFullPath(indexPath)}; run 'pia index' first.");
            return 2;
        }

        if (PiaCommandLine.LoadMorphology(userDictionary, error) is not { } morphology)
        {
            return 2;
        }

        try
        {
            // Read-only: searching works while the API or another command writes the index.
            using var store = IndexStore.OpenReadOnly(indexPath, morphology);
            // --expand builds the model of every row now (the API builds it in the background instead).
            using var crossReference = synonyms is null ? null : new CrossReferenceIndex(store, new CrossReferenceBuilder()) { EagerRowLimit = int.MaxValue };
            var search = new ChangeLogSearchService(store)
            {
                Expander = crossReference is null ? null : new ModelQueryExpander(crossReference.UnderstandingNow, synonyms),
            };
            if (!new SearchInputValidator(search).TryValidate(input, out var request, out var errors))
            {
                foreach (var message in errors.Values.SelectMany(m => m))
                {
                    error.WriteLine($"エラー / error: {message}");
                }

                return 2;
            }

            var response = SearchResponseMapper.ToResponse(search.Search(request with { Analysis = analysis }), request.Query);
            if (asJson)
            {
                output.WriteLine(JsonSerializer.Serialize(response, Json));
            }
            else
            {
                PrintText(response, output);
            }

            return 0;
        }
        catch (DirectoryNotFoundException ex)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IndexLockedException or IndexDamagedException)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 3;
        }
    }

    private static void PrintText(SearchResponse response, TextWriter output)
    {
        var first = (response.Page - 1) * response.Size + 1;
        var last = first + response.Hits.Count - 1;
        output.WriteLine(response.Hits.Count == 0
            ? $"{response.Total:N0} 件 / hits"
            : $"{response.Total:N0} 件中 {first}–{last} 件目 / hits {first}–{last} of {response.Total:N0}");
        if (response.Partial)
        {
            output.WriteLine("時間内に調べきれなかったため、途中までの結果です。 / The search ran out of time: these are the results found until then.");
        }

        if (response.Expansions.Count > 0)
        {
            output.WriteLine($"字句どおり {response.LiteralTotal:N0} 件、次の語も検索 / {response.LiteralTotal:N0} as typed; also searched: "
                + string.Join("、", response.Expansions.Select(e => $"{e.Term}（{e.Kind}）")));
        }

        foreach (var hit in response.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{hit.Date?.Raw ?? "-"}  {hit.Id}  [{hit.ItemPath.File ?? "-"} / {hit.ItemPath.Chapter ?? "-"}]");
            output.WriteLine($"  項目: {OneLine(hit.Item)}");
            if (hit.MatchedBy.Count > 0 && hit.MatchedBy[0].Kind != CrossReference.Understanding.ExpansionKind.Literal)
            {
                output.WriteLine($"  一致 / matched by: {string.Join("、", hit.MatchedBy.Select(m => $"{m.Term}（{m.Kind}）"))}");
            }

            foreach (var (field, label) in new[] { ("before", "変更前"), ("after", "変更後") })
            {
                var text = hit.Highlights.TryGetValue(field, out var fragments)
                    ? string.Join(" … ", fragments.Select(Plain))
                    : Shorten(field == "before" ? hit.Before : hit.After);
                output.WriteLine($"  {label}: {OneLine(text)}");
            }
        }
    }

    /// <summary>On a terminal the match is bracketed 【…】.</summary>
    private static string Plain(IReadOnlyList<HighlightSegment> fragment) => HighlightSegment.Join(fragment, "【", "】");

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 120), "…");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
