using System.CommandLine;
using System.Text.Json;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.CrossReference.Questions;
using PiaSearch.Search.Querying;
using PiaSearch.Search.Validation;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// <c>pia ask "question" [--municipality 目黒区] [--json]</c>: answer a question in Japanese or plain English, with the rows
/// that prove it. Exit 0 answered, 1 no answer, 2 a usage error (no question, an unknown municipality).
/// </summary>
internal static class AskCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var question = new Argument<string>("question") { Description = "質問 / a question, e.g. 情報課はいつ情報政策課になった?" };
        var municipality = new Option<string?>("--municipality")
        {
            Description = "この自治体の変更箇所一覧だけに聞く (API の municipality= と同じ) / ask within this municipality's change logs, as the API's municipality=",
        };
        var json = new Option<bool>("--json") { Description = "JSON で出力する (API /api/ask と同じ形) / print JSON, as the API does" };
        var index = PiaCommandLine.IndexOption();
        var command = new Command("ask", "変更箇所一覧について質問する / ask a question about the change logs") { question, municipality, json, index };
        command.SetAction(parse => Run(
            parse.GetValue(question) ?? string.Empty, parse.GetValue(municipality), parse.GetValue(json), parse.GetValue(index)!, output, error));
        return command;
    }

    private static int Run(string question, string? municipality, bool asJson, string indexPath, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            error.WriteLine("エラー / error: 質問を入力してください / enter a question.");
            return PiaCommandLine.UsageError;
        }

        if (question.EnumerateRunes().Count() > QuestionAnswerer.MaxQuestionLength)
        {
            // As the API: a question longer than this is refused before anything reads it.
            error.WriteLine($"エラー / error: 質問は {QuestionAnswerer.MaxQuestionLength} 文字以内にしてください / a question is at most {QuestionAnswerer.MaxQuestionLength} characters.");
            return PiaCommandLine.UsageError;
        }

        var (model, exit) = IndexedModel.Load(indexPath, error);
        if (model is null)
        {
            return exit;
        }

        // As the API's municipality=: a municipality the model knows (without width or spaces), else a usage error listing them.
        string? organisation = null;
        if (!string.IsNullOrWhiteSpace(municipality))
        {
            organisation = model.Lookups.FindOrganisation(municipality);
            if (organisation is null)
            {
                error.WriteLine($"エラー / error: {InputMessages.UnknownMunicipality(municipality.Trim(), model.Lookups.Organisations)}");
                return PiaCommandLine.UsageError;
            }
        }

        using var store = IndexedModel.OpenStore(indexPath, error);
        var answer = new QuestionAnswerer(model, rows: store is null ? null : new IndexChangedRowFinder(store)).Ask(question, organisation);
        var answered = answer.Kind != QuestionIntent.Unknown;
        IReadOnlyList<SearchHit> rows = answered || store is null ? []
            : new ChangeLogSearchService(store, cacheCapacity: 0).RowsForQuestionWithin(question, organisation ?? answer.Understood.Organisation);
        if (asJson)
        {
            var dto = CrossReferenceDtos.Answer(model, answer, rows.Select(r => r.Entry).ToList());
            output.WriteLine(JsonSerializer.Serialize(dto, PiaCommandLine.Json));
            return answered ? 0 : 1;
        }

        output.WriteLine(answer.Text);
        if (answer.Evidence.Count > 0)
        {
            output.WriteLine($"根拠 / evidence: {string.Join(", ", answer.Evidence.Select(e => $"{e.DocumentId}:{e.Line}"))}");
        }

        if (rows.Count > 0)
        {
            output.WriteLine(CrossReferenceDtos.SearchNote(answer.Understood.English));
            foreach (var row in rows)
            {
                output.WriteLine($"  {row.Entry.DocumentId}:{row.Entry.Line} {row.Entry.Date?.Raw} {row.Entry.Item.Text}: {Short(row.Entry.Before.Text)} → {Short(row.Entry.After.Text)}");
            }
        }

        foreach (var suggestion in answer.Suggestions)
        {
            output.WriteLine($"  例 / try: pia ask \"{suggestion}\"");
        }

        // A question with no answer is a failure for a script, whatever rows were offered.
        return answered ? 0 : 1;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
