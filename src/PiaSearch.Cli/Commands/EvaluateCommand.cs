using System.CommandLine;
using System.Globalization;
using PiaSearch.CrossReference.Evaluation;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// <c>pia evaluate labels.tsv [logs…] [--verbose]</c>: builds the cross-reference model of change logs (default:
/// index-data/corpus) and prints the precision and recall of the succession detector against labelled successions.
/// <c>pia evaluate --questions questions.tsv [logs…]</c> scores the question answerer instead (<see cref="QuestionSetRun"/>).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var labels = new Argument<string?>("labels") { Description = "正解の変遷一覧 (TSV) / labelled successions: line, type, kind, before, after (not with --questions)", Arity = ArgumentArity.ZeroOrOne };
        var logs = new Argument<string[]>("logs") { Description = "変更箇所一覧 / change logs or folders (default: index-data/corpus)", Arity = ArgumentArity.ZeroOrMore };
        var verbose = new Option<bool>("--verbose") { Description = "見逃し・誤検出・誤答を一覧する / list the misses and the false detections, or the wrong answers" };
        var questions = new Option<string?>("--questions") { Description = "質問集 (TSV) で質問応答の正答数を測る / score the question answerer on a question set (TSV)" };
        var command = new Command("evaluate", "変遷の検出精度 (適合率・再現率) か質問応答の正答数を測る / measure the succession detector or the question answerer") { labels, logs, verbose, questions };
        command.SetAction(parse => Dispatch(parse.GetValue(questions), parse.GetValue(labels), parse.GetValue(logs) ?? [], parse.GetValue(verbose), output, error));
        return command;
    }

    private static int Dispatch(string? questions, string? labels, string[] logs, bool verbose, TextWriter output, TextWriter error)
    {
        if (questions is not null)
        {
            // With --questions every argument is a log: the first one was only taken for the labels by its position.
            return QuestionSetRun.Run(questions, labels is null ? logs : [labels, .. logs], verbose, output, error);
        }

        if (labels is null)
        {
            error.WriteLine("エラー / error: 正解の変遷一覧か --questions を指定してください / give a labels file or --questions.");
            return 2;
        }

        return Run(labels, logs, verbose, output, error);
    }

    private static int Run(string labelsPath, string[] logs, bool verbose, TextWriter output, TextWriter error)
    {
        IReadOnlyList<LabelledSuccession> labels;
        IReadOnlyList<string> files;
        try
        {
            labels = SuccessionLabels.Load(labelsPath);
            files = ChangeLogIngestor.ExpandPaths(logs.Length > 0 ? logs : [Path.Combine("index-data", "corpus")]);
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 2;
        }

        var readers = new DocumentReaders(new ChangeLogParser());
        var entries = files.SelectMany(f => readers.ReadFile(f).Result.Entries).ToList();
        var model = new CrossReferenceBuilder().Build(entries);
        var report = SuccessionEvaluator.Evaluate(labels, model.RowChanges);
        Print(report, files, entries.Count, output, verbose);
        return 0;
    }

    private static void Print(EvaluationReport report, IReadOnlyList<string> files, int rows, TextWriter output, bool verbose)
    {
        output.WriteLine($"変更箇所一覧 / change logs: {string.Join(", ", files.Select(Path.GetFileName))} ({rows} rows)");
        output.WriteLine($"正解 / labelled: {report.Labelled}   検出 / detected: {report.Detected}   一致 / matched: {report.Matched}");
        output.WriteLine($"適合率 / precision: {P(report.Precision)}   再現率 / recall: {P(report.Recall)}   F1: {P(report.F1)}");
        output.WriteLine($"種類を問わない場合 / ignoring the kind: precision {P(report.PrecisionIgnoringKind)}, recall {P(report.RecallIgnoringKind)}");
        output.WriteLine("種類別 / by kind (labelled, detected, matched):");
        foreach (var (kind, (labelled, detected, matched)) in report.ByKind.Where(k => k.Value.Labelled + k.Value.Detected > 0))
        {
            output.WriteLine($"  {kind.ToString().ToLowerInvariant(),-9} {labelled,4} {detected,4} {matched,4}");
        }

        if (!verbose)
        {
            return;
        }

        foreach (var missed in report.Missed)
        {
            output.WriteLine($"見逃し / missed:   {missed.Line} {missed.Type.ToString().ToLowerInvariant()} {missed.Kind.ToString().ToLowerInvariant()} {missed.Before} → {missed.After}");
        }

        foreach (var spurious in report.Spurious)
        {
            output.WriteLine($"誤検出 / spurious: {spurious.Line} {spurious.Type.ToString().ToLowerInvariant()} " +
                $"{spurious.Kind.ToString().ToLowerInvariant()} {Side(spurious.Before)} → {Side(spurious.After)}");
        }
    }

    private static string Side(SuccessionSide? side) => side?.Citation ?? string.Empty;

    private static string P(double value) => value.ToString("P1", CultureInfo.InvariantCulture);
}
