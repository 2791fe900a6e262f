using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Contracts;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// <c>pia bench-xref logs… [--requests N] [--seed S]</c>: builds the cross-reference model of change logs and times
/// the requests the API answers from it (entities, successions, slots, entity pages, questions) for names that
/// exist and names that do not, one at a time and uncached; prints p50, p99 and max per request kind, the build
/// time and the process's memory.
/// </summary>
internal static class CrossReferenceBenchmarkCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var logs = new Argument<string[]>("logs") { Description = "変更箇所一覧またはフォルダ / change logs or folders", Arity = ArgumentArity.OneOrMore };
        var requests = new Option<int>("--requests") { Description = "種類ごとの要求数 / requests per kind", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "名前の選び方の種 / seed for choosing names", DefaultValueFactory = _ => 1 };
        var command = new Command("bench-xref", "相互参照モデルの構築と問い合わせの時間を測る / time building the cross-reference model and answering from it")
        {
            logs, requests, seed,
        };
        command.SetAction(parse => Run(parse.GetValue(logs)!, parse.GetValue(requests), parse.GetValue(seed), output, error));
        return command;
    }

    private static int Run(string[] logs, int requests, int seed, TextWriter output, TextWriter error)
    {
        IReadOnlyList<string> files;
        try
        {
            files = ChangeLogIngestor.ExpandPaths(logs);
        }
        catch (IOException ex)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var parser = new ChangeLogParser();
        var organisations = new Dictionary<string, string?>(StringComparer.Ordinal);
        var entries = new List<ChangeEntry>();
        foreach (var file in files)
        {
            var id = ChangeLogReader.DocumentIdFor(file);
            organisations[id] = SidecarMetadata.Read(file).Municipality;
            using var reader = ChangeLogReader.OpenFile(file);
            entries.AddRange(parser.Parse(reader, id).Entries);
        }

        var parsed = watch.Elapsed;
        watch.Restart();
        var model = new CrossReferenceBuilder().Build(entries, id => organisations.GetValueOrDefault(id));
        var built = watch.Elapsed;
        watch.Restart();
        var answerer = new QuestionAnswerer(model);
        var answererBuilt = watch.Elapsed;
        GC.Collect();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count:N0} logs, {entries.Count:N0} rows: parsed in {parsed.TotalSeconds:N1} s; model built in {built.TotalSeconds:N1} s ({model.Entities.Count:N0} entities, {model.Successions.Count:N0} successions, {model.Slots.Count:N0} slots); question answerer in {answererBuilt.TotalSeconds:N1} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: managed {GC.GetTotalMemory(false) / 1048576.0:N0} MiB, working set {Environment.WorkingSet / 1048576.0:N0} MiB"));

        var random = new Random(seed);
        var real = model.Entities.Where(e => !e.IsPlaceholder).ToList();
        string RealName() => real.Count == 0 ? "情報課" : real[random.Next(real.Count)].Name;
        string Missing() => "存在しない名称" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        string Name() => random.Next(2) == 0 ? RealName() : Missing();
        var renames = model.Successions.Where(s => s.Kind == CrossReference.Successions.SuccessionKind.Rename && s.Before is not null && s.After is not null).ToList();
        string Question() => random.Next(4) switch
        {
            0 when renames.Count > 0 => $"{renames[random.Next(renames.Count)].Before!.Name}はいつ{renames[random.Next(renames.Count)].After!.Name}になった?",
            1 => $"{RealName()}はいつから委託先?",
            2 => "所属長の変遷",
            _ => $"{Missing()}の旧名は?",
        };

        output.WriteLine($"{requests} requests per kind, one at a time (p50 / p99 / max, ms):");
        Time("entities?q=", requests, output, () => CrossReferenceQueries.Entities(model, null, Name(), 1, 50));
        Time("successions?name=", requests, output, () => CrossReferenceQueries.Successions(model, Name(), null, null, 1, 50));
        Time("slots?path=", requests, output, () => CrossReferenceQueries.Slots(model, null, random.Next(2) == 0 ? "所属長" : Missing(), null, 1, 50));
        Time("entities/{id}", requests, output, () => real.Count == 0 ? null : CrossReferenceDtos.Detail(model, real[random.Next(real.Count)]));
        Time("ask?q=", requests, output, () => CrossReferenceDtos.Answer(model, answerer.Ask(Question())));
        return 0;
    }

    private static void Time(string label, int requests, TextWriter output, Func<object?> request)
    {
        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            _ = request();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        double At(double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-20} {At(0.5),8:N2} {At(0.99),8:N2} {times[^1],8:N2}"));
    }
}
