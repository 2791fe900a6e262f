using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PiaSearch.CrossReference;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.CrossReference.Evaluation;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Ingest;
using PiaSearch.Synthetic;

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
        var mistakes = new Option<bool>("--mistakes") { Description = "委託先の改称の誤りを例示する / list contractor rename mistakes" };
        var command = new Command("bench-xref", "相互参照モデルの構築と問い合わせの時間を測る / time building the cross-reference model and answering from it")
        {
            logs, requests, seed, mistakes,
        };
        command.SetAction(parse => Run(parse.GetValue(logs)!, parse.GetValue(requests), parse.GetValue(seed), parse.GetValue(mistakes), output, error));
        return command;
    }

    private static int Run(string[] logs, int requests, int seed, bool mistakes, TextWriter output, TextWriter error)
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
        var builder = new CrossReferenceBuilder();
        string? OrganisationOf(string id) => organisations.GetValueOrDefault(id);
        var parts = builder.BuildParts(entries, OrganisationOf);
        var model = CrossReferenceModel.Combine(parts, OrganisationOf);
        var built = watch.Elapsed;
        var update = TimeOneLogUpdate(builder, parts, entries, OrganisationOf);
        watch.Restart();
        var answerer = new QuestionAnswerer(model);
        var answererBuilt = watch.Elapsed;
        GC.Collect();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count:N0} logs, {entries.Count:N0} rows: parsed in {parsed.TotalSeconds:N1} s; model built in {built.TotalSeconds:N1} s " +
            $"({model.Entities.Count:N0} entities, {model.Successions.Count:N0} successions, {model.Slots.Count:N0} slots); " +
            $"question answerer in {answererBuilt.TotalSeconds:N1} s"));
        output.WriteLine(update);
        if (ContractorTruth(logs) is { Count: > 0 } truth)
        {
            var join = ContractorJoinScore.Of(model, truth);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"contractors against the corpus's company list: {join.Found:N0} of {join.Names:N0} names found; pairs joined {join.JoinedPairs:N0}, " +
                $"of one company {join.CompanyPairs:N0}; precision {(join.JoinedPairs == 0 ? "n/a" : join.Precision.ToString("P1", CultureInfo.InvariantCulture))}, " +
                $"recall {(join.CompanyPairs == 0 ? "n/a" : join.Recall.ToString("P1", CultureInfo.InvariantCulture))}; " +
                $"largest contractor entity {join.LargestNames:N0} names in {join.LargestOrganisations:N0} organisations; " +
                $"renames {join.Renames:N0} ({join.RenamesOfOneCompany:N0} of one company), replacements {join.Replacements:N0} ({join.ReplacementsOfOneCompany:N0} of one company)"));
            if (mistakes)
            {
                output.WriteLine("renames of two companies / 別会社なのに改称:");
                join.WrongRenames.ToList().ForEach(m => output.WriteLine("  " + m));
                output.WriteLine("replacements of one company / 同じ会社なのに交代:");
                join.MissedRenames.ToList().ForEach(m => output.WriteLine("  " + m));
            }
        }

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

        // The kinds of question staff ask beyond the templates (issue 12), none naming a municipality: the costliest case.
        var natural = new (string Kind, Func<string> Question)[]
        {
            ("ask: how many", () => $"令和{random.Next(1, 6)}年4月1日時点で委託は何件ですか"),
            ("ask: added in a year", () => $"令和{random.Next(1, 6)}年度の変更で追加された委託事項は?"),
            ("ask: what day is", () => $"{random.Next(42000, 46000)}はいつのことですか"),
            ("ask: when added", () => $"委託事項{random.Next(1, 6)}が追加されたのはいつですか"),
            ("ask: the one before", () => $"{RealName()}の前は何という名前でしたか"),
            ("ask: is it a rename", () => $"{RealName()}から{RealName()}への変更は名称変更ですか"),
        };
        foreach (var (kind, question) in natural)
        {
            Time(kind, requests, output, () => CrossReferenceDtos.Answer(model, answerer.Ask(question())));
        }
        return 0;
    }

    /// <summary>The (company, name) list a generated corpus writes beside its logs, from the folders given; empty when there is none.</summary>
    private static List<(string Company, string Name)> ContractorTruth(IEnumerable<string> logs) =>
        logs.Where(Directory.Exists)
            .Select(folder => Path.Combine(folder, SyntheticChangeLogGenerator.ContractorTruthFile))
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length == 2)
            .Select(cells => (cells[0], cells[1]))
            .ToList();

    /// <summary>
    /// What a commit that adds (or replaces) one log costs the model: the part of its organisation rebuilt from its
    /// rows, then every part put side by side. Measured on the organisation of the last log, rebuilt whole.
    /// </summary>
    private static string TimeOneLogUpdate(CrossReferenceBuilder builder, IReadOnlyList<ModelPart> parts, List<ChangeEntry> entries, Func<string, string?> organisationOf)
    {
        if (parts.Count < 2)
        {
            return "one-log update: needs two organisations or more";
        }

        var key = parts[^1].Key;
        var rows = entries.Where(e => CrossReferenceBuilder.PartKey(e.DocumentId, organisationOf) == key).ToList();
        var times = new List<(double Part, double Combine)>();
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            var part = builder.BuildPart(key, rows, organisationOf);
            var partTime = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            _ = CrossReferenceModel.Combine([.. parts.Take(parts.Count - 1), part], organisationOf);
            times.Add((partTime, watch.Elapsed.TotalMilliseconds));
        }

        var best = times.MinBy(t => t.Part + t.Combine);
        return string.Create(CultureInfo.InvariantCulture,
            $"one-log update ({rows.Count:N0} rows of {key}; best of 3): part rebuilt in {best.Part:N0} ms, parts combined in {best.Combine:N0} ms, total {best.Part + best.Combine:N0} ms");
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
