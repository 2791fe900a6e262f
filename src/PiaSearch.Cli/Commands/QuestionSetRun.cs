using PiaSearch.CrossReference.Evaluation;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// <c>pia evaluate --questions questions.tsv [logs…]</c>: builds the model of the change logs as the API does (each log
/// with the municipality of its <c>name.meta.json</c>), asks every question through the question answerer and counts
/// an answer correct when it holds every key fact and cites one of the expected rows.
/// </summary>
internal static class QuestionSetRun
{
    public static int Run(string questionsPath, IReadOnlyList<string> logs, bool verbose, TextWriter output, TextWriter error)
    {
        IReadOnlyList<QuestionCase> questions;
        IReadOnlyList<string> files;
        var organisations = new Dictionary<string, string?>(StringComparer.Ordinal);
        try
        {
            questions = QuestionSet.Load(questionsPath);
            files = ChangeLogIngestor.ExpandPaths(logs.Count > 0 ? logs : [Path.Combine("index-data", "corpus")]);
            foreach (var file in files)
            {
                organisations[ChangeLogReader.DocumentIdFor(file)] = SidecarMetadata.Read(file).Municipality;
            }
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return 2;
        }

        var readers = new DocumentReaders(new ChangeLogParser());
        var entries = files.SelectMany(f => readers.ReadFile(f).Result.Entries).ToList();
        string? OrganisationOf(string id) => organisations.GetValueOrDefault(id);
        var model = new CrossReferenceBuilder().Build(entries, OrganisationOf);

        // Content-change questions are answered from the rows' words, as the API does: the logs in an index in memory.
        using var store = RowIndex(files, entries, organisations, error);
        var answerer = new QuestionAnswerer(model, rows: store is null ? null : new IndexChangedRowFinder(store));

        // A question about a log that was not loaded cannot be answered: it is left out and said so, not counted wrong.
        var asked = questions.Where(q => organisations.ContainsKey(q.Log)).ToList();
        var report = QuestionEvaluator.Evaluate(asked, (q, municipality) =>
            answerer.Ask(q, municipality is null ? null : model.Lookups.FindOrganisation(municipality) ?? municipality));
        Print(report, questions.Count - asked.Count, files, organisations, entries.Count, output, verbose);
        return 0;
    }

    private static IndexStore? RowIndex(IReadOnlyList<string> files, List<ChangeEntry> entries, Dictionary<string, string?> organisations, TextWriter error)
    {
        if (PiaCommandLine.LoadMorphology(PiaCommandLine.DefaultUserDictionary, error) is not { } morphology)
        {
            return null;
        }

        var store = IndexStore.InMemory(morphology);
        using var batch = store.BeginBatch(CancellationToken.None);
        foreach (var log in entries.GroupBy(e => e.DocumentId, StringComparer.Ordinal))
        {
            var rows = log.ToList();
            batch.ReplaceDocument(new DocumentRecord(log.Key, organisations.GetValueOrDefault(log.Key), null, "evaluation", DateTimeOffset.UtcNow, rows.Count, 0), rows);
        }

        batch.Commit();
        return store;
    }

    private static void Print(
        QuestionEvaluationReport report, int skipped, IReadOnlyList<string> files, Dictionary<string, string?> organisations, int rows, TextWriter output, bool verbose)
    {
        output.WriteLine($"変更箇所一覧 / change logs: {string.Join(", ", files.Select(f => Describe(f, organisations)))} ({rows} rows)");
        output.WriteLine("変更箇所一覧ごとの正答 / correct per log:");
        foreach (var (log, correct, total) in report.ByLog)
        {
            output.WriteLine($"  {log,-32} {correct,3} / {total,3}");
        }

        output.WriteLine($"  {"計 / total",-32} {report.Correct,3} / {report.Total,3}");
        if (skipped > 0)
        {
            output.WriteLine($"読み込んでいない変更箇所一覧の質問 {skipped} 問は数えていません / {skipped} questions about logs not loaded were left out");
        }

        if (!verbose)
        {
            return;
        }

        foreach (var miss in report.Scores.Where(s => !s.Correct))
        {
            output.WriteLine($"誤答 / miss: {miss.Case.Id} (line {miss.Case.Line}, {miss.Case.Log}) {miss.Case.Question}");
            output.WriteLine($"    答え / answer: {miss.AnswerText}");
            if (miss.MissingFacts.Count > 0)
            {
                output.WriteLine($"    足りない事実 / missing facts: {string.Join(" ; ", miss.MissingFacts)}");
            }

            if (!miss.EvidenceFound)
            {
                output.WriteLine($"    根拠 / evidence: expected one of {string.Join(", ", miss.Case.Evidence)}; " +
                    $"cited {(miss.AnswerEvidence.Count == 0 ? "none" : string.Join(", ", miss.AnswerEvidence.Take(8)))}");
            }
        }
    }

    private static string Describe(string file, Dictionary<string, string?> organisations) =>
        organisations.GetValueOrDefault(ChangeLogReader.DocumentIdFor(file)) is { Length: > 0 } municipality
            ? $"{Path.GetFileName(file)} [{municipality}]"
            : Path.GetFileName(file);
}
